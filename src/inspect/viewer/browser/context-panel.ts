/** The panel with the situation after the step shown: people held and freed, the agreement, crossings, the proposal, positions, claims. */
import { partyName, recordAt, type DatedText, type Party, type Terms, type TruceContext, type TruceRecord } from '../../../model/index.js';
import { actorNames, agreementParts, count, describeEvent, describeTerms, longDate, partyNames, REGION_LABELS } from '../../../words/index.js';
import { definitionList, element, fill } from './dom.js';
import type { Frame } from './frames.js';

function hostageRows(context: TruceContext): Array<[string, string]> {
  const { held, deceased, released, remainsReturned } = context.hostages;
  return [
    ['Hostages held', `${count(held)} held (${count(deceased)} of them reported dead)`],
    ['Hostages freed alive', count(released)],
    ['Bodies returned', count(remainsReturned)],
    ['Prisoners freed', count(context.prisonersReleased)],
  ];
}

/**
 * The agreement in the shared words (`agreementParts`), one part a line: its status and
 * terms, where its days stand, its phase, what the phase provides against what has been done,
 * its guarantors. Before any deal, none.
 */
function agreementBlock(context: TruceContext): HTMLElement | string {
  const parts = agreementParts(context);
  if (parts === undefined) return 'none yet';
  const prefix = `${REGION_LABELS.agreement}: `;
  const [status = '', ...details] = parts;
  return element(
    'div',
    { className: 'agreement' },
    element('p', { className: 'agreement-status', text: status.startsWith(prefix) ? status.slice(prefix.length) : status }),
    ...details.map((detail) => element('p', { text: detail })),
  );
}

function crossingsText(context: TruceContext): string {
  const entries = Object.entries(context.crossings);
  return entries.length === 0 ? 'none named in the scenario' : entries.map(([name, state]) => `${name}: ${state}`).join(', ');
}

/** The terms in the words the timeline uses, then the file's note on them: `pause 6 days, 10 hostages — a note`. */
function termsText(terms: Terms): string {
  return [describeTerms(terms), terms.note].filter(Boolean).join(' — ');
}

function proposalBlock(context: TruceContext, parties: readonly Party[]): HTMLElement | string {
  const proposal = context.proposal;
  if (!proposal) return 'none on the table';
  const what = `${proposal.counter ? 'Counter-proposal' : 'Proposal'} ${proposal.number}, by ${actorNames(parties, proposal.by)}${proposal.tabledOn ? ` (${longDate(proposal.tabledOn)})` : ''}`;
  return element(
    'div',
    {},
    element('p', { text: what }),
    element('p', { className: 'muted', text: termsText(proposal.terms) || 'no terms given' }),
    element('p', { text: `Accepted by: ${partyNames(parties, proposal.acceptedBy, 'nobody yet')}` }),
    proposal.rejectedBy.length ? element('p', { text: `Rejected by: ${partyNames(parties, proposal.rejectedBy)}` }) : null,
    proposal.guaranteedBy.length ? element('p', { text: `Guaranteed by: ${partyNames(parties, proposal.guaranteedBy)}` }) : null,
  );
}

function deathTollText(context: TruceContext): string {
  const toll = context.deathToll;
  if (!toll) return 'not reported in the scenario';
  const where = [toll.source ? `according to ${toll.source}` : '', toll.date ? longDate(toll.date) : ''].filter(Boolean).join(', ');
  return `${count(toll.count)}${where ? ` (${where})` : ''}`;
}

function pauseText(context: TruceContext): string | null {
  const { daysAgreed, daysUsed, since } = context.pause;
  if (daysAgreed === 0 && since === null) return context.ceasefireSince ? `ceasefire since ${longDate(context.ceasefireSince)}` : null;
  return `${count(daysAgreed)} days agreed, ${count(daysUsed)} used${since ? `; paused since ${longDate(since)}` : ''}`;
}

function saidBy(records: Record<string, DatedText>, parties: readonly Party[], heading: string): HTMLElement | null {
  const entries = Object.entries(records);
  if (entries.length === 0) return null;
  const list = element('ul', { className: 'said' });
  for (const [id, said] of entries) {
    list.append(element('li', {}, element('strong', { text: `${partyName(parties, id)}: ` }), element('span', { text: said.text }), said.date ? element('span', { className: 'muted', text: ` (${longDate(said.date)})` }) : null));
  }
  return element('div', {}, element('h3', { text: heading }), list);
}

function recordRows(context: TruceContext, record: TruceRecord): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const pause = pauseText(context);
  if (pause) rows.push(['Pause', pause]);
  const lastRound = record.rounds.at(-1);
  if (lastRound) rows.push(['Rounds of talks', `${record.rounds.length}; the last${lastRound.where ? ` in ${lastRound.where}` : ''}${lastRound.date ? ` on ${longDate(lastRound.date)}` : ''}`]);
  const lastOperation = record.operations.at(-1);
  if (lastOperation) rows.push(['Operations launched', `${record.operations.length}; the last${lastOperation.area ? ` in ${lastOperation.area}` : ''}${lastOperation.date ? ` on ${longDate(lastOperation.date)}` : ''}`]);
  const lastRevision = record.revisions.at(-1);
  if (lastRevision) {
    const revised = describeEvent({ type: 'HOSTAGE_COUNT_REVISED', held: lastRevision.held, deceased: lastRevision.deceased, ...(lastRevision.source ? { source: lastRevision.source } : {}) }, []);
    rows.push(['Hostage figures', `${revised}${lastRevision.date ? ` (${longDate(lastRevision.date)})` : ''}`]);
  }
  if (record.deliveries.length > 0) rows.push(['Aid trucks reported', count(context.aidTrucksDelivered)]);
  if (context.stallReason) rows.push(['Why talks stalled', context.stallReason]);
  return rows;
}

/** Each violation reported, as the claim it is: who accuses whom, or "alleged" when the source names no claimant (the words of the event itself). */
function violationsOf(record: TruceRecord, parties: readonly Party[]): HTMLElement | null {
  if (record.violations.length === 0) return null;
  const list = element('ul', { className: 'said' });
  for (const violation of record.violations) {
    const claim = describeEvent({ type: 'VIOLATION_REPORTED', by: violation.by, ...(violation.claimant !== null ? { claimant: violation.claimant } : {}), text: violation.text }, parties);
    list.append(element('li', {}, element('span', { text: claim }), violation.date ? element('span', { className: 'muted', text: ` (${longDate(violation.date)})` }) : null));
  }
  return element('div', {}, element('h3', { text: 'Violations claimed' }), list);
}

export function renderContextPanel(container: HTMLElement, frame: Frame, parties: readonly Party[]): void {
  const { context } = frame;
  // The record as it stood at this frame, cut only for the frame shown.
  const record = recordAt(frame.record, context);
  fill(
    container,
    definitionList([
      ...hostageRows(context),
      [REGION_LABELS.agreement, agreementBlock(context)],
      ['Proposal', proposalBlock(context, parties)],
      ['Crossings', crossingsText(context)],
      ['Death toll', deathTollText(context)],
      ...recordRows(context, record),
    ]),
    saidBy(context.positions, parties, 'Positions'),
    saidBy(context.statements, parties, 'Statements'),
    violationsOf(record, parties),
  );
}
