/**
 * The viewer page's HTML shell. It holds no scenario text at all: the page's
 * script fills every name, date and note in with `textContent`, so nothing
 * from a scenario file is ever read as HTML. The chart is the machine's own
 * drawing (state and event names from the definition), placed here once.
 */
export function pageHtml(chartSvg: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>truce-sim viewer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/viewer.css">
<script type="module" src="/viewer.js"></script>
</head>
<body>
<a class="skip" href="#controls">Skip to the step controls</a>
<header class="top">
  <div class="titles">
    <h1 id="scenario-title">Loading the scenario…</h1>
    <p id="line-summary" class="summary"></p>
  </div>
  <div class="top-controls">
    <label for="line-select">Show</label>
    <select id="line-select"></select>
    <button type="button" id="text-size" aria-pressed="false">Larger text</button>
    <button type="button" id="projector" aria-pressed="false" title="Large words, the chart first, the arrow just taken kept in view">Projector</button>
    <button type="button" id="rules" aria-pressed="false" title="Write each arrow's rules (guards) on the chart; without this, they are in each arrow's tooltip">Show rules</button>
  </div>
</header>
<p id="live-status" class="live-status" role="status" hidden></p>
<section id="controls" class="controls" aria-label="Step controls">
  <button type="button" id="first" title="Home">◀◀ Start</button>
  <button type="button" id="back" title="Left arrow">◀ Back</button>
  <button type="button" id="play" aria-pressed="false" title="Space">▶ Play</button>
  <button type="button" id="forward" title="Right arrow">Forward ▶</button>
  <button type="button" id="last" title="End">End ▶▶</button>
  <label for="speed">Speed</label>
  <select id="speed" title="How long each step is shown while playing">
    <option value="3000">slow: 3 s</option>
    <option value="1500" selected>normal: 1.5 s</option>
    <option value="500">fast: 0.5 s</option>
  </select>
  <input type="range" id="scrubber" min="0" max="0" value="0" aria-label="Step">
  <output id="position" for="scrubber" aria-live="polite"></output>
  <p id="now" class="now" aria-hidden="true"></p>
</section>
<main class="layout">
  <div class="main-column">
    <section class="chart" aria-label="The statechart; the states the talks are in are outlined and bold">
      <h2>The statechart <span class="hint">(the current states are filled, outlined and bold; the arrow just taken is thick, its event underlined)</span></h2>
      <p id="state-line" class="state-line"></p>
      <div id="chart" class="chart-drawing" data-variant="usual">${chartSvg}</div>
    </section>
    <nav class="timeline" aria-label="Timeline">
      <h2>Timeline</h2>
      <ol id="timeline"></ol>
    </nav>
  </div>
  <div class="side-column">
    <section class="step" aria-labelledby="step-heading">
      <h2 id="step-heading">This step</h2>
      <div id="step"></div>
    </section>
    <section class="context" aria-labelledby="context-heading">
      <h2 id="context-heading">The situation after this step</h2>
      <div id="context"></div>
    </section>
  </div>
</main>
<footer class="keys">Keys: <kbd>←</kbd> back · <kbd>→</kbd> forward · <kbd>Space</kbd> play or pause · <kbd>Home</kbd> start · <kbd>End</kbd> end</footer>
</body>
</html>
`;
}
