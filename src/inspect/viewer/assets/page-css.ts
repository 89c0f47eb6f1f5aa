/**
 * The viewer's style sheet. Sized for a classroom projector: large type, strong
 * contrast, and the current states marked by a thick outline and bold names,
 * not by colour alone. "Larger text" scales everything up once more.
 */
export const PAGE_CSS = `
:root {
  --ink: #111;
  --muted: #4a4a4a;
  --paper: #fff;
  --panel: #f4f4f1;
  --line: #8a8a8a;
  --accent: #0b4f9c;
  --active-fill: #ffe9a8;
  --refused: #9b1c1c;
  --what-if: #5b2a86;
  font-size: 112.5%;
  color-scheme: light;
}
html.large { font-size: 140%; }
* { box-sizing: border-box; }
body {
  margin: 0;
  font-family: system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif;
  line-height: 1.45;
  color: var(--ink);
  background: var(--paper);
  /* A long name or address breaks rather than pushing a panel off the screen. */
  overflow-wrap: anywhere;
}
h1 { font-size: 1.35rem; margin: 0; line-height: 1.2; }
h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
h3 { font-size: 1rem; margin: 0.9rem 0 0.3rem; }
p { margin: 0.3rem 0; }
.muted, .hint { color: var(--muted); font-weight: normal; }
.hint { font-size: 0.85rem; }

.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: 0.5rem; z-index: 10; }

:focus-visible { outline: 4px solid var(--accent); outline-offset: 2px; }

button, select, input { font: inherit; }
button, select {
  min-height: 2.5rem;
  padding: 0.3rem 0.55rem;
  border: 2px solid var(--ink);
  border-radius: 6px;
  background: var(--paper);
  color: var(--ink);
  cursor: pointer;
}
button:hover:not(:disabled) { background: var(--panel); }
button:disabled { opacity: 0.45; cursor: default; }
button[aria-pressed="true"], button[aria-pressed="true"]:hover:not(:disabled) { background: var(--ink); color: var(--paper); }

.top {
  display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; justify-content: space-between;
  padding: 0.7rem 1.2rem 0.5rem;
  border-bottom: 2px solid var(--line);
}
.titles { flex: 1 1 24rem; min-width: 0; }
.summary {
  color: var(--muted); max-width: 80rem;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden;
}
.top-controls { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
.top-controls { min-width: 0; }
/* As wide as the option chosen (where the browser can), so a long branch title shows whole and the scenario's title keeps its room otherwise. */
.top-controls select { field-sizing: content; max-width: min(32rem, 60vw); }
/* On a short screen (a projector at 1280×720) the summary takes one line: the start of the timeline shows it whole. */
@media (max-height: 820px) { .summary { -webkit-line-clamp: 1; } }

.live-status { margin: 0; padding: 0.5rem 1.2rem; background: #e7f0fb; border-bottom: 2px solid var(--accent); font-weight: 600; }

.controls {
  display: flex; flex-wrap: wrap; gap: 0.45rem; align-items: center;
  padding: 0.5rem 1.2rem;
  background: var(--panel);
  border-bottom: 2px solid var(--line);
  position: sticky; top: 0; z-index: 5;
}
.controls input[type="range"] { flex: 1 1 6rem; min-width: 6rem; height: 2rem; accent-color: var(--accent); }
#position { font-weight: 700; min-width: 11.5rem; font-size: 0.95rem; }

.layout {
  display: grid;
  grid-template-columns: minmax(0, 2fr) minmax(20rem, 1fr);
  gap: 1rem;
  padding: 1rem 1.2rem;
  align-items: start;
}
@media (max-width: 1100px) {
  .layout { grid-template-columns: minmax(0, 1fr); }
}
/* Larger text is for the back of the room: the chart gets the whole width, the step and situation go under it. */
html.large .layout { grid-template-columns: minmax(0, 1fr); }
.main-column, .side-column { display: grid; gap: 1rem; min-width: 0; }
.chart, .timeline { min-width: 0; }

.timeline ol { list-style: none; margin: 0; padding: 0; max-height: 40vh; overflow-y: auto; position: relative; border: 2px solid var(--line); border-radius: 6px; }
.timeline li + li { border-top: 1px solid #ccc; }
.timeline-step {
  display: grid; grid-template-columns: 11rem 1fr; gap: 0.1rem 0.8rem; width: 100%; text-align: left;
  border: 0; border-radius: 0; min-height: 0; padding: 0.4rem 0.7rem;
  border-left: 6px solid transparent;
}
.timeline-step .when { color: var(--muted); white-space: nowrap; }
.timeline-step .marks { grid-column: 2; font-size: 0.85rem; font-weight: 600; }
.timeline-step.refused .marks { color: var(--refused); }
.timeline-step.branch { border-left-color: #d9c6ea; }
.timeline-step[aria-current="step"] { background: var(--active-fill); border-left-color: var(--ink); font-weight: 700; }
.timeline-step[aria-current="step"] .when { color: var(--ink); }

.chart-drawing { overflow-x: auto; border: 2px solid var(--line); border-radius: 6px; padding: 0.4rem; background: #fff; }
/*
 * The whole chart fits the screen under the step controls, the state line above it, once the
 * page is scrolled to the chart. With larger text the chart is as wide as the page, and as tall as
 * that makes it: its words are then large enough for the back of the room, at the cost of scrolling.
 */
.chart-drawing svg { display: block; width: 100%; height: auto; max-height: calc(100vh - 11rem); }
html.large .chart-drawing svg { max-height: none; }
.chart h2 { margin-bottom: 0.2rem; }
.state-line { font-weight: 700; font-size: 1.15rem; margin: 0 0 0.4rem; }
/* Each region's state stays on one line: the line wraps between regions, never inside one. */
.state-line .region-state { white-space: nowrap; }

/* The current states: the chart's own highlight (fill, outline, a dot), made thicker and bold here, so it does not rest on colour alone. */
.truce-chart .state.active > .box { stroke: var(--ink); stroke-width: 5; }
.truce-chart .state.active text { font-weight: 800; }
/* The arrow just taken: thick and black, its event bold and underlined (not colour alone either). */
.truce-chart .edge.taken > path { stroke: var(--ink); stroke-width: 4.5; }
.truce-chart .edge-label.taken > .label-back { fill: var(--paper); stroke: var(--ink); stroke-width: 2; opacity: 1; }
.truce-chart text.taken { font-weight: 800; text-decoration: underline; }

/*
 * Projector mode: large text, the chart's large drawing first and as wide as the screen, what just
 * happened in the sticky controls, and nothing but the scenario on the screen (no summary, no keys).
 */
.now { display: none; }
html.projector .now { display: block; flex: 1 1 20rem; margin: 0; font-size: 1.15rem; font-weight: 700; }
html.projector .summary, html.projector .keys, html.projector .chart h2, html.projector .live-address { display: none; }
html.projector .top { padding: 0.3rem 0.8rem; align-items: center; }
html.projector .titles { flex: 1 1 8rem; }
/* Projector mode has large text already; the choice of line needs no label to be understood. */
html.projector #text-size, html.projector label[for="line-select"] { display: none; }
html.projector h1 { font-size: 1.05rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
html.projector .controls { padding: 0.35rem 0.8rem; gap: 0.35rem; }
html.projector .layout { padding: 0.5rem 0.4rem; }
html.projector .chart-drawing { padding: 0; border-width: 1px; }

.step, .context { border: 2px solid var(--line); border-radius: 6px; padding: 0.8rem 1rem; }
.step-date { font-weight: 700; color: var(--muted); }
.step-description { font-size: 1.25rem; font-weight: 600; }
.tags { display: flex; gap: 0.5rem; flex-wrap: wrap; }
.tag { border: 2px solid currentColor; border-radius: 999px; padding: 0 0.6rem; font-size: 0.85rem; font-weight: 700; }
.tag.what-if { color: var(--what-if); }
.tag.inferred { color: #6b4a00; border-style: dashed; }
.outcome.accepted { color: #1d5e20; font-weight: 600; }
.outcome.refusal { border: 3px solid var(--refused); border-radius: 6px; padding: 0.4rem 0.8rem; margin: 0.5rem 0; }
.refusal-title { color: var(--refused); font-weight: 800; }
.note { white-space: pre-wrap; }
.sources, .checks ul, .said { margin: 0; padding-left: 1.2rem; }
.sources a { color: var(--accent); word-break: break-all; }

.context { container-type: inline-size; }
.context dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 0.8rem; margin: 0; }
.context dt { font-weight: 700; }
.context dd { margin: 0; }
/* A narrow panel puts each value under its label, so long values (terms, the agreement) keep a readable width. */
@container (max-width: 30rem) {
  .context dl { grid-template-columns: minmax(0, 1fr); gap: 0 0; }
  .context dd { margin: 0 0 0.45rem 0.8rem; }
}
.agreement p { margin: 0 0 0.15rem; }
.agreement-status { font-weight: 700; }
.lapse { border: 2px dashed var(--refused); border-radius: 6px; padding: 0.3rem 0.7rem; margin: 0.4rem 0; font-weight: 600; }
.said li { margin: 0.25rem 0; }

.keys { padding: 0.4rem 1.2rem 1rem; color: var(--muted); }
kbd { border: 1px solid var(--line); border-bottom-width: 3px; border-radius: 4px; padding: 0 0.35rem; font: inherit; font-weight: 700; }

@media print {
  .controls, .top-controls, .keys, .skip { display: none; }
}
`;
