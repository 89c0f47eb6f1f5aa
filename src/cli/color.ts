/** Colour for terminals only; `NO_COLOR` (https://no-color.org) turns it off. */
import type { Io } from './io.js';

export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const codes = { bold: [1, 22], dim: [2, 22], green: [32, 39], red: [31, 39], yellow: [33, 39], cyan: [36, 39] } as const;

export function paletteFor(io: Io): Palette {
  const enabled = io.isTTY && !io.env.NO_COLOR;
  const paint = ([open, close]: readonly [number, number]) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return {
    bold: paint(codes.bold),
    dim: paint(codes.dim),
    green: paint(codes.green),
    red: paint(codes.red),
    yellow: paint(codes.yellow),
    cyan: paint(codes.cyan),
  };
}
