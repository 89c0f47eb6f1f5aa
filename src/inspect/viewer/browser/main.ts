/**
 * The viewer page: loads the replayed scenario from the server and wires the
 * chart, the timeline, the panels, the player, the keys and (when asked) the
 * live connection together. Runs in the browser; no Node modules here.
 */
import { emptyRecord } from '../../../model/index.js';
import { chartVariant } from '../chart-variants.js';
import type { ViewerData, ViewerLine } from '../viewer-data.js';
import { highlightStates, showStateLine } from './chart.js';
import { showDrawing } from './chart-drawings.js';
import { renderContextPanel } from './context-panel.js';
import { byId, element, fill } from './dom.js';
import { framesOf, type Frame } from './frames.js';
import { attachKeyboard } from './keyboard.js';
import { followLive, type LiveSnapshot } from './live.js';
import { lineFollowed, liveFrames } from './live-frames.js';
import { Player } from './player.js';
import { bringIntoView } from './projector.js';
import { renderStepPanel } from './step-panel.js';
import { markTaken } from './taken.js';
import { markCurrent, renderTimeline } from './timeline.js';
import { longDate } from '../../../words/index.js';

const page = {
  title: byId('scenario-title'),
  summary: byId('line-summary'),
  lineSelect: byId<HTMLSelectElement>('line-select'),
  textSize: byId<HTMLButtonElement>('text-size'),
  projector: byId<HTMLButtonElement>('projector'),
  rules: byId<HTMLButtonElement>('rules'),
  controls: byId('controls'),
  now: byId('now'),
  liveStatus: byId('live-status'),
  first: byId<HTMLButtonElement>('first'),
  back: byId<HTMLButtonElement>('back'),
  play: byId<HTMLButtonElement>('play'),
  forward: byId<HTMLButtonElement>('forward'),
  last: byId<HTMLButtonElement>('last'),
  speed: byId<HTMLSelectElement>('speed'),
  scrubber: byId<HTMLInputElement>('scrubber'),
  position: byId<HTMLOutputElement>('position'),
  timeline: byId<HTMLOListElement>('timeline'),
  chart: byId('chart'),
  stateLine: byId('state-line'),
  step: byId('step'),
  context: byId('context'),
};

const query = new URLSearchParams(location.search);

function lineSummary(line: ViewerLine): string {
  if (line.branch === null) return line.summary ?? '';
  const fork = line.trace.steps.findIndex((step) => step.part === 'trunk' && step.id === line.from);
  const upTo = fork < 0 ? `step “${line.from}”` : `step ${fork + 1} (${longDate(line.trace.steps[fork]!.date)})`;
  return `What-if branch: what happened up to ${upTo}, then hypothetical steps. ${line.summary ?? ''}`.trim();
}

async function start(): Promise<void> {
  const response = await fetch('/api/viewer');
  const data = (await response.json()) as ViewerData;
  let line: ViewerLine = data.lines.find((candidate) => candidate.branch === (query.get('branch') ?? data.initialBranch)) ?? data.lines[0]!;
  const { parties } = data.scenario;
  let frames: Frame[] = framesOf(line.trace, parties);
  const live: LiveSnapshot[] = [];
  let liveStart: Frame | null = null;
  /** What the step shown took on the chart (`markTaken`). */
  let taken: Element[] = [];
  /** How the page looks: larger text (chosen), projector mode, the rules written on the chart. */
  const view = { largeText: false, projector: data.projector || query.get('projector') === '1', rules: query.get('rules') === '1' };

  page.title.textContent = data.scenario.title;
  document.title = `${data.scenario.title} — truce-sim viewer`;
  for (const candidate of data.lines) {
    const option = document.createElement('option');
    option.value = candidate.branch ?? '';
    option.textContent = candidate.branch === null ? `${candidate.title} (main line)` : candidate.title;
    page.lineSelect.append(option);
  }

  function show(position: number): void {
    const frame = frames[position]!;
    const total = frames.length - 1;
    highlightStates(page.chart, data.machineId, frame.state);
    const before = position > 0 ? frames[position - 1]!.state : null;
    taken = markTaken(page.chart, data.machineId, before, frame.state, frame.step?.accepted ? frame.step.event.type : null);
    if (view.projector) bringIntoView(taken, page.controls);
    showStateLine(page.stateLine, frame.state);
    page.now.textContent = frame.description ?? 'Where the scenario starts';
    renderStepPanel(page.step, frame, position, total, data, line);
    renderContextPanel(page.context, frame, parties);
    markCurrent(page.timeline, position);
    page.scrubber.value = String(position);
    page.scrubber.setAttribute('aria-valuetext', position === 0 ? 'Start' : `Step ${position} of ${total}`);
    page.position.textContent = frame.step ? `Step ${position} of ${total} · ${longDate(frame.step.date)}` : `Start · ${total} steps`;
    page.first.disabled = page.back.disabled = position === 0;
    page.forward.disabled = page.last.disabled = position === total;
    const url = new URL(location.href);
    if (line.branch === null) url.searchParams.delete('branch');
    else url.searchParams.set('branch', line.branch);
    url.searchParams.set('step', String(position));
    for (const [name, on] of [['projector', view.projector], ['rules', view.rules]] as const) {
      if (on) url.searchParams.set(name, '1');
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
  }

  /** Shows the page as `view` says: its classes and buttons at once, then the chart's drawing, once it is there. */
  function applyView(): void {
    const large = view.largeText || view.projector;
    document.documentElement.classList.toggle('large', large);
    document.documentElement.classList.toggle('projector', view.projector);
    page.textSize.setAttribute('aria-pressed', String(view.largeText));
    page.projector.setAttribute('aria-pressed', String(view.projector));
    page.rules.setAttribute('aria-pressed', String(view.rules));
    showDrawing(page.chart, chartVariant(large, view.rules)).then(
      (shown) => {
        if (!shown) return;
        // The new drawing has no marks yet; showing the step again marks it (and keeps the current step in the middle of the timeline).
        player.goTo(player.current);
        document.body.dataset.chart = page.chart.dataset.variant;
      },
      // The viewer stopped meanwhile: the drawing shown stays, and says which it is.
      () => (document.body.dataset.chart = page.chart.dataset.variant),
    );
  }

  const player = new Player(show, (playing) => {
    page.play.textContent = playing ? '❚❚ Pause' : '▶ Play';
    page.play.setAttribute('aria-pressed', String(playing));
  });

  function showLine(next: ViewerLine, position: number): void {
    line = next;
    page.lineSelect.value = line.branch ?? '';
    page.summary.textContent = lineSummary(line);
    frames = liveStart ? liveFrames(liveStart, live, lineFollowed(data.lines, line, live), parties) : framesOf(line.trace, parties);
    renderTimeline(page.timeline, frames, (chosen) => {
      player.pause();
      player.goTo(chosen);
    });
    page.scrubber.max = String(frames.length - 1);
    player.setLength(frames.length);
    player.goTo(position);
  }

  page.lineSelect.addEventListener('change', () => {
    player.pause();
    showLine(data.lines.find((candidate) => (candidate.branch ?? '') === page.lineSelect.value) ?? data.lines[0]!, player.current);
  });
  page.first.addEventListener('click', () => (player.pause(), player.goTo(0)));
  page.back.addEventListener('click', () => (player.pause(), player.step(-1)));
  page.forward.addEventListener('click', () => (player.pause(), player.step(1)));
  page.last.addEventListener('click', () => (player.pause(), player.goTo(frames.length - 1)));
  page.play.addEventListener('click', () => player.toggle());
  page.speed.addEventListener('change', () => player.setDelay(Number(page.speed.value)));
  page.scrubber.addEventListener('input', () => (player.pause(), player.goTo(Number(page.scrubber.value))));
  page.textSize.addEventListener('click', () => {
    view.largeText = !view.largeText;
    applyView();
  });
  page.projector.addEventListener('click', () => {
    view.projector = !view.projector;
    applyView();
  });
  page.rules.addEventListener('click', () => {
    view.rules = !view.rules;
    applyView();
  });
  // A projector's window is often resized (full screen, a new resolution): what just happened stays in view.
  window.addEventListener('resize', () => {
    if (view.projector) bringIntoView(taken, page.controls);
  });
  player.setDelay(Number(page.speed.value));
  attachKeyboard(player);

  showLine(line, Number(query.get('step') ?? 0) || 0);
  applyView();

  // Only the address the command line checked: a link to this page cannot point it at another socket.
  const liveUrl = data.live;
  if (liveUrl) {
    page.liveStatus.hidden = false;
    const lineOf = (branch: string | null) => data.lines.find((candidate) => candidate.branch === branch) ?? line;
    followLive(liveUrl, data.machineId, {
      replay(branch) {
        live.length = 0;
        liveStart = null;
        showLine(lineOf(branch), 0);
      },
      started(snapshot) {
        live.length = 0;
        liveStart = snapshot ? { step: null, description: null, ...snapshot, record: emptyRecord() } : framesOf(line.trace, parties)[0]!;
        showLine(line, 0);
      },
      stepped(snapshot) {
        live.push(snapshot);
        liveStart ??= framesOf(line.trace, parties)[0]!;
        player.pause();
        showLine(lineFollowed(data.lines, line, live) ?? line, live.length);
      },
      status(parts) {
        // The address in a span of its own: projector mode hides it (the style sheet), the sentence reads without it.
        fill(page.liveStatus, ...parts.map((part) => (typeof part === 'string' ? document.createTextNode(part) : element('span', { className: 'live-address', text: ` at ${part.address}` }))));
      },
    });
  }
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  page.title.textContent = `The viewer could not load the scenario: ${error instanceof Error ? error.message : String(error)}`;
});
