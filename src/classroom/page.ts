/**
 * The room's one page and its style. The page is the same for a seat, the
 * teacher and the projector: the script reads which from the address's
 * fragment (`#join=<code>`, `#teacher=<secret>`, `#projector=<secret>`), which
 * browsers never send to a server, and forgets it from the address bar at once.
 * Everything the room sends is put on the page as text, never as HTML.
 */

/** The page, with the statechart drawn once when the room starts (`renderChartSvg`: markup made by truce-sim from the machine, never from a file or a student). */
export function classPageHtml(chartSvg = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>truce class</title>
<link rel="stylesheet" href="/class.css">
<script type="module" src="/class.js"></script>
</head>
<body>
<header><h1 id="title">truce class</h1><p id="where" aria-live="polite"></p></header>
<main>
<section id="join" hidden>
  <h2>Join the room</h2>
  <form id="join-form"><label for="code">Your seat’s code</label> <input id="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="24" placeholder="ABCD-EFGH"> <button type="submit">Join</button></form>
</section>
<p id="answer" role="status" aria-live="polite"></p>
<section id="debrief-panel" hidden><h2>Debrief: the session beside the record</h2><p id="debrief-left"></p>
  <table><thead><tr><th>Region</th><th>In the record</th><th>In this room</th></tr></thead><tbody id="debrief-final"></tbody></table>
  <p id="debrief-agreement"></p>
  <table><thead><tr><th>#</th><th>The record</th><th>This room</th></tr></thead><tbody id="debrief-rows"></tbody></table></section>
<section id="teacher-panel" hidden>
  <h2>Run the room</h2>
  <p class="controls"><button data-control="start">Start</button> <button data-control="pause">Pause</button> <button data-control="resume">Resume</button> <button data-control="end">End</button></p>
  <p class="controls"><button data-advance="1">A day passes</button> <button data-advance="7">A week passes</button> <label>To <input id="advance-to" type="date"></label> <button id="advance-to-button">Go</button> <button id="undo">Undo the last move</button></p>
  <p class="controls"><label>Record a move <select id="inject-move"></select></label> <label>as <select id="inject-as"></select></label> <button id="inject">Record</button></p>
  <div id="inject-details"></div>
  <p class="controls"><label>Bring in a step of the record <select id="record-step"></select></label> <button id="record">Bring in</button></p>
  <table><thead><tr><th>Seat</th><th>Role</th><th>Join code</th><th>Connected</th><th>Hold its moves, or give it a new code</th></tr></thead><tbody id="seats"></tbody></table>
  <details><summary>Each seat’s QR code (show a team its own, not the room)</summary><div id="seat-qrs" class="seat-qrs"></div></details>
</section>
<section id="situation-panel" hidden><h2>The situation</h2><ul id="situation"></ul></section>
<section id="moves-panel" hidden><h2 id="moves-heading">Your moves now</h2><ul id="moves" class="moves"></ul>
  <details><summary>Moves the rules refuse now, and why</summary><ul id="refused"></ul></details></section>
<section id="brief-panel" hidden><h2 id="brief-heading">Your brief (for your seat only)</h2><div id="brief"></div></section>
${chartSvg === '' ? '' : `<section id="chart-panel" hidden><h2>The statechart: where the talks are</h2><div class="chart-drawing">${chartSvg}</div></section>`}
<section id="join-panel" hidden><h2>Join this room</h2><p>Open <strong id="join-url"></strong> (or scan the code) and type your seat’s code.</p><div id="join-qr" class="qr"></div></section>
<section id="timeline-panel" hidden><h2>The session so far</h2><p id="timeline-note"></p><ol id="timeline"></ol></section>
</main>
</body>
</html>
`;
}

export function classPageCss(): string {
  return `[hidden] { display: none !important; }
:root { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.4; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; }
h1 { font-size: 1.5rem; margin: 0; } h2 { font-size: 1.2rem; margin: 1.2rem 0 0.4rem; }
#where { color: #333; margin: 0.2rem 0 0; }
#answer { min-height: 1.4em; font-weight: 600; position: sticky; top: 0; background: #fff; padding: 0.3rem 0; margin: 0; z-index: 1; }
select { max-width: 100%; font-size: 1rem; } label { max-width: 100%; }
#answer.refused { color: #8a1c1c; } #answer.accepted { color: #14532d; }
ul.moves { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
ul.moves li { border: 1px solid #888; border-radius: 0.4rem; padding: 0.5rem; max-width: 100%; }
.details { display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; margin-top: 0.3rem; } .detail input[type=number] { width: 5rem; font-size: 1rem; } .detail input[type=text] { font-size: 1rem; }
.details .phases { flex-basis: 100%; } .details .phase-controls { margin: 0.2rem 0; }
.details fieldset.phase { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; margin: 0.2rem 0; padding: 0.3rem 0.6rem; border: 1px solid #999; } .details fieldset.phase legend { font-weight: bold; }
button { font-size: 1rem; padding: 0.4rem 0.8rem; cursor: pointer; }
textarea { display: block; width: 100%; min-width: 16rem; font-size: 1rem; margin: 0.3rem 0; }
table { border-collapse: collapse; } td, th { border: 1px solid #aaa; padding: 0.3rem 0.6rem; text-align: left; }
td.code { font-family: ui-monospace, monospace; font-size: 1.1rem; letter-spacing: 0.1em; }
#brief h3 { font-size: 1rem; margin: 0.6rem 0 0.2rem; } #brief .source { color: #555; font-size: 0.85em; }
.chart-drawing { overflow-x: auto; border: 1px solid #aaa; border-radius: 6px; background: #fff; }
.chart-drawing svg { display: block; width: 100%; height: auto; }
/* The current states: the chart's own highlight, made thicker and bold, so it does not rest on colour alone. */
.truce-chart .state.active > .box { stroke: #111; stroke-width: 5; }
.truce-chart .state.active text { font-weight: 800; }
tr.differs td { background: #fff4d6; } tr.left td { border-top: 3px solid #8a1c1c; }
ol#timeline li.refused { color: #555; } ol#timeline li.undone { text-decoration: line-through; }
.controls { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
body.projector { max-width: none; font-size: 28px; }
/* On the projector: the debrief (once the session ends), the situation and the chart first; the join address last; no answers. */
body.projector main { display: flex; flex-direction: column; }
body.projector #join-panel { order: 0; } body.projector #debrief-panel { order: 1; } body.projector #situation-panel { order: 2; }
body.projector #timeline-panel { order: 3; } body.projector #chart-panel { order: 4; } body.projector #answer { display: none; }
/* Once the session runs, the join address goes to the end: the room sees the talks. */
body.projector.running #join-panel, body.projector.paused #join-panel, body.projector.ended #join-panel { order: 5; }
body.projector h1 { font-size: 1.6em; } body.projector h2 { font-size: 1.25em; } body.projector button { font-size: 1em; }
.qr svg { width: 12rem; height: 12rem; } .seat-qrs { display: flex; flex-wrap: wrap; gap: 1rem; } .seat-qrs figure { margin: 0; text-align: center; } .seat-qrs svg { width: 10rem; height: 10rem; }
#join-panel { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: center; } #join-panel h2 { width: 100%; }
body.projector #timeline li:nth-last-child(n+6) { display: none; }
`;
}
