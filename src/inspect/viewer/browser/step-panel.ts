/** The panel for the step shown: when, what, whether the statechart took it (and why not), an agreement that lapsed before it, sources, note. */
import type { ExpectationResult, TraceStep } from '../../../scenario/index.js';
import { expectationInWords, lapseInWords, longDate } from '../../../words/index.js';
import type { ViewerData, ViewerLine, ViewerSource } from '../viewer-data.js';
import { element, fill } from './dom.js';
import type { Frame } from './frames.js';

function sourceItem(source: ViewerSource | undefined, id: string): HTMLLIElement {
  if (!source) return element('li', { text: id });
  const item = element('li', { text: source.title });
  if (source.date) item.append(element('span', { className: 'muted', text: ` (${longDate(source.date)})` }));
  // Only web addresses become links: a `javascript:` URL in a file must stay inert text.
  if (source.url && /^https?:\/\//i.test(source.url)) {
    item.append(' ', element('a', { text: source.url, attributes: { href: source.url, rel: 'noreferrer noopener', target: '_blank' } }));
  } else if (source.url) {
    item.append(' ', element('span', { className: 'muted', text: source.url }));
  }
  return item;
}

function sourcesOf(step: TraceStep, sources: readonly ViewerSource[]): HTMLElement | null {
  if (step.source === undefined) return null;
  const ids = [step.source].flat();
  const list = element('ul', { className: 'sources' });
  for (const id of ids) list.append(sourceItem(sources.find((source) => source.id === id), id));
  return element('div', { className: 'step-sources' }, element('h3', { text: ids.length === 1 ? 'Source' : 'Sources' }), list);
}

function checkLine(result: ExpectationResult): string {
  return `${result.met ? '✓' : '✗'} ${expectationInWords(result)}`;
}

function outcomeOf(step: TraceStep): HTMLElement {
  if (step.accepted) return element('p', { className: 'outcome accepted', text: '✓ The statechart takes this event.' });
  return element(
    'div',
    { className: 'outcome refusal', attributes: { role: 'note' } },
    element('p', { className: 'refusal-title', text: `⊘ Refused${step.refusalCode ? ` [${step.refusalCode}]` : ''}` }),
    element('p', { className: 'refusal-reason', text: step.reason ?? '' }),
  );
}

/** When the agreement's days ran out before this step (the step is dated after its end day), in the shared words. */
function lapseOf(step: TraceStep): HTMLElement | null {
  return step.lapsedBefore === undefined ? null : element('p', { className: 'lapse', attributes: { role: 'note' }, text: lapseInWords(step.lapsedBefore) });
}

function tagsOf(step: TraceStep): HTMLElement | null {
  const tags: HTMLElement[] = [];
  if (step.part === 'branch') tags.push(element('span', { className: 'tag what-if', text: 'what-if (hypothetical)' }));
  if (step.inferred) tags.push(element('span', { className: 'tag inferred', text: 'inferred: not stated by the sources' }));
  return tags.length ? element('p', { className: 'tags' }, ...tags) : null;
}

function startPanel(data: ViewerData, line: ViewerLine): HTMLElement {
  const date = line.trace.start.context.date;
  return element(
    'div',
    {},
    element('p', { className: 'step-date', text: date ? `Start · ${longDate(date)}` : 'Start' }),
    element('p', { className: 'step-description', text: 'Where the scenario starts, before its first step.' }),
    line.summary ? element('p', { text: line.summary }) : null,
    data.scenario.initialNote ? element('p', { className: 'note', text: data.scenario.initialNote }) : null,
  );
}

export function renderStepPanel(container: HTMLElement, frame: Frame, position: number, total: number, data: ViewerData, line: ViewerLine): void {
  const { step } = frame;
  if (!step) {
    fill(container, startPanel(data, line));
    return;
  }
  const checks = step.expectations.map(checkLine);
  fill(
    container,
    element('p', { className: 'step-date', text: `${longDate(step.date)} · step ${position} of ${total}` }),
    element('p', { className: 'step-description', text: frame.description ?? '' }),
    tagsOf(step),
    lapseOf(step),
    outcomeOf(step),
    sourcesOf(step, data.scenario.sources),
    step.note !== undefined ? element('div', { className: 'step-note' }, element('h3', { text: 'Note' }), element('p', { className: 'note', text: step.note })) : null,
    checks.length ? element('div', { className: 'checks' }, element('h3', { text: 'Checks from the file' }), element('ul', {}, ...checks.map((text) => element('li', { text })))) : null,
  );
}
