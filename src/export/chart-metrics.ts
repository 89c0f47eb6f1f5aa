/**
 * The chart's measures: the kinds of text line and how big each is, and the
 * spacing. The layout sizes boxes from these and the SVG draws with the same
 * numbers, so text fits its box.
 */
import { TIMERS } from '../model/index.js';
import { textWidth } from './text-width.js';

export type LineKind = 'state' | 'anyState' | 'region' | 'title' | 'heading' | 'event' | 'guard' | 'when';

export interface TextLine {
  text: string;
  kind: LineKind;
  /** The event a line inside a box names, so a page can mark it when that event is taken. */
  event?: string;
}

export interface LineStyle {
  fontSize: number;
  lineHeight: number;
  bold: boolean;
  italic: boolean;
}

/** Space around and between the drawn parts, in pixels. */
export const SPACING = { padding: 16, gap: 14, regionTitle: 34, boxPadding: 12, initialDot: 14, minStateWidth: 96 } as const;

export const LINE_STYLES: Record<LineKind, LineStyle> = {
  title: { fontSize: 18, lineHeight: 26, bold: true, italic: false },
  region: { fontSize: 15, lineHeight: 20, bold: true, italic: false },
  state: { fontSize: 14, lineHeight: 20, bold: true, italic: false },
  anyState: { fontSize: 13, lineHeight: 19, bold: false, italic: true },
  heading: { fontSize: 12, lineHeight: 17, bold: true, italic: false },
  event: { fontSize: 11.5, lineHeight: 15, bold: false, italic: false },
  when: { fontSize: 11.5, lineHeight: 15, bold: false, italic: true },
  guard: { fontSize: 10, lineHeight: 13, bold: false, italic: false },
};

export type LineStyles = Record<LineKind, LineStyle>;
export type Spacing = { [name in keyof typeof SPACING]: number };

/** The measures of one chart: its text `scale` times the usual, with the spaces that hold text grown alike. */
export interface ChartMetrics {
  scale: number;
  styles: LineStyles;
  spacing: Spacing;
}

/**
 * The measures of a chart whose text is `scale` times the usual size (a projector's chart is 1.4).
 * The gaps between boxes do not grow with it: the chart gets larger words, not more air.
 * @example chartMetrics(1.4).styles.event.fontSize // 16.1
 */
export function chartMetrics(scale = 1): ChartMetrics {
  const size = (value: number) => Math.round(value * scale * 10) / 10;
  const styles = Object.fromEntries(
    Object.entries(LINE_STYLES).map(([kind, style]) => [kind, { ...style, fontSize: size(style.fontSize), lineHeight: size(style.lineHeight) }]),
  ) as LineStyles;
  const { padding, gap, regionTitle, boxPadding, initialDot, minStateWidth } = SPACING;
  return { scale, styles, spacing: { padding, gap, regionTitle: size(regionTitle), boxPadding: size(boxPadding), initialDot: size(initialDot), minStateWidth: size(minStateWidth) } };
}

/** The width of the widest line. */
export function linesWidth(lines: readonly TextLine[], styles: LineStyles = LINE_STYLES): number {
  return Math.max(0, ...lines.map((line) => textWidth(line.text, styles[line.kind].fontSize, styles[line.kind].bold)));
}

/** The height of the lines stacked. */
export function linesHeight(lines: readonly TextLine[], styles: LineStyles = LINE_STYLES): number {
  return lines.reduce((total, line) => total + styles[line.kind].lineHeight, 0);
}

/** The widest a line of guard names may grow before it wraps. */
const WRAP_WIDTH = 175;

/** Words joined by spaces into lines no wider than `WRAP_WIDTH`; a word never splits. */
function wrap(words: readonly string[], kind: LineKind): TextLine[] {
  const { fontSize, bold } = LINE_STYLES[kind];
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize, bold) <= WRAP_WIDTH) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.map((text) => ({ text, kind }));
}

/**
 * Guard names in brackets, wrapped.
 * @example guardLines(['dealAccepted', 'dealGivesPause']) // [{ text: '[dealAccepted, dealGivesPause]', kind: 'guard' }]
 */
export function guardLines(guards: readonly string[]): TextLine[] {
  const last = guards.length - 1;
  return wrap(guards.map((guard, index) => `${index === 0 ? '[' : ''}${guard}${index === last ? ']' : ','}`), 'guard');
}

/**
 * The label of an eventless transition: taken as soon as its guards hold.
 * @example whenLines(['everyPrincipalAccepted']) // [{ text: 'when everyPrincipalAccepted', kind: 'when' }]
 */
export function whenLines(guards: readonly string[]): TextLine[] {
  if (guards.length === 0) return [{ text: 'at once', kind: 'when' }];
  const timer = guards.length === 1 ? TIMERS[guards[0] as keyof typeof TIMERS] : undefined;
  if (timer !== undefined) return wrap(timer.split(' '), 'when');
  return wrap(['when', ...guards.flatMap((guard, index) => (index === 0 ? [guard] : ['and', guard]))], 'when');
}
