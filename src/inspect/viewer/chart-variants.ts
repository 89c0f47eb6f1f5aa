/**
 * The drawings of the statechart the viewer page can show. The usual one fits the whole chart on a
 * laptop's screen; the large one (Larger text, the projector) has words 1.4 times the size, each
 * region as wide as the page and laid out top to bottom where left to right would be too wide, so
 * that its smallest label is at least 16 pixels on a 1280×720 projector. Each comes without the
 * rules (guards), which stay in the arrows' tooltips, and with them, for when a class asks.
 * The server draws them all once; the page asks for one when it needs it, at `/chart/<id>.svg`.
 */
export const CHART_VARIANTS = {
  usual: { guards: false },
  'usual-rules': { guards: true },
  large: { guards: false, textScale: 1.4, fitWidth: 1150 },
  'large-rules': { guards: true, textScale: 1.4, fitWidth: 1150 },
} as const satisfies Record<string, { guards: boolean; textScale?: number; fitWidth?: number }>;

export type ChartVariant = keyof typeof CHART_VARIANTS;

/** The drawing for the words' size and whether the rules are written on the arrows. */
export function chartVariant(large: boolean, rules: boolean): ChartVariant {
  return `${large ? 'large' : 'usual'}${rules ? '-rules' : ''}`;
}
