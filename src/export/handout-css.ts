/**
 * The handout's style sheet: readable on screen, and on paper without
 * colour — changes, refusals and highlights are also marked in words or by
 * weight and borders. Each section starts a new printed page; the chart's
 * heading, drawing and caption share one landscape page (A4 or Letter), its
 * words and lines printed black on white.
 */
export const HANDOUT_CSS = `
:root { color-scheme: light; }
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; color: #1d2433; background: #ffffff; margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin: 0 0 0.4rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid #1d2433; padding-bottom: 0.2rem; }
.branch-title { font-size: 1.1rem; margin: 0 0 0.6rem; }
.summary { font-size: 1.05rem; }
.meta { color: #4a5570; font-size: 0.9rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 0.2rem 0.8rem 0.2rem 0; vertical-align: top; }
/* The chart is wider than the text column: on screen it takes the window's width, centred. */
figure.chart { width: min(96vw, 1800px); margin: 0.5rem 0 0 50%; transform: translateX(-50%); }
figure.chart svg { width: 100%; height: auto; display: block; }
figcaption { max-width: 62rem; margin-left: auto; margin-right: auto; }
figcaption { font-size: 0.9rem; color: #4a5570; margin-top: 0.4rem; padding: 0 1.25rem; }
ol.timeline { list-style: none; padding: 0; margin: 0; }
li.step { border-left: 4px solid #9aa3b5; padding: 0.5rem 0 0.6rem 0.9rem; margin: 0 0 0.9rem; }
li.step.refused { border-left-color: #a35f00; border-left-style: double; border-left-width: 6px; }
li.branch-start { font-weight: bold; padding: 0.3rem 0 0.6rem; }
.step-head { display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; align-items: baseline; }
.step-date { font-weight: bold; }
.step-id { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.9rem; }
li.step .tag { font-size: 0.8rem; border: 1px solid #4a5570; border-radius: 0.6rem; padding: 0 0.45rem; }
li.step .event { margin: 0.2rem 0; font-size: 1.02rem; }
li.step .refusal { margin: 0.2rem 0; font-weight: bold; }
li.step .lapse { margin: 0.2rem 0; font-weight: bold; border-left: 3px dashed #a35f00; padding-left: 0.5rem; }
.state-after .changed { font-weight: bold; text-decoration: underline; }
li.step .checks { list-style: none; padding: 0; margin: 0.2rem 0; }
li.step .check.failed { font-weight: bold; }
.handout .note { margin: 0.2rem 0; font-style: italic; white-space: pre-wrap; }
.handout .small { font-size: 0.9rem; color: #4a5570; }
@page { margin: 10mm; }
@page chart { size: landscape; }
@media print {
  /*
   * One page for the chart: A4 landscape leaves 190 mm within the margins (Letter 196), of which the
   * heading takes about 11 and a five-line caption about 22; the drawing keeps its proportions within the rest.
   */
  section.chart-section h2 { margin-top: 0; }
  figure.chart svg { max-height: 155mm; }
  figure.chart figcaption { font-size: 8.5pt; line-height: 1.35; margin-top: 1.5mm; }
  /*
   * Grey on grey fades on a black-and-white printer: every word and line of the chart prints black on
   * white (the current states keep their fill, and their thick outline and dot say it without colour).
   * "figure.chart" outweighs the chart's own style sheet, which comes later in the page.
   */
  figure.chart .truce-chart text { fill: #000; }
  figure.chart .truce-chart .region-frame, figure.chart .truce-chart .label-back { fill: #fff; opacity: 1; }
  figure.chart .truce-chart .region-frame, figure.chart .truce-chart .node > .box, figure.chart .truce-chart .edge > path { stroke: #000; }
  figure.chart .truce-chart .arrowhead, figure.chart .truce-chart .initial-dot { fill: #000; }
  section.chart-section { page: chart; }
  figure.chart { width: 100%; margin: 0.5rem 0 0; transform: none; }
  figcaption { padding: 0; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  h2 { break-after: avoid; }
  li.step { break-inside: avoid; }
  figure.chart { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
}
`;
