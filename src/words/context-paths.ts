/** Words for the places in the statechart's context that exercises most often check; other paths are shown as written. */

const PATH_WORDS: Record<string, string> = {
  'hostages.held': 'hostages still held',
  'hostages.deceased': 'dead among the hostages held',
  'hostages.released': 'hostages freed',
  'hostages.remainsReturned': 'bodies returned',
  prisonersReleased: 'prisoners freed',
  'pause.daysAgreed': 'days of pause agreed',
  'pause.daysUsed': 'days of pause that ran',
  'proposal.by': 'the party that tabled the proposal on the table',
  roundsOpened: 'rounds of talks opened',
  operationsLaunched: 'operations launched',
  violationsReported: 'violations reported',
  hostageCountRevisions: 'revisions of the hostage figures',
  aidDeliveriesReported: 'aid deliveries reported',
  aidTrucksDelivered: 'aid trucks delivered',
  'agreement.status': 'the agreement (in force, lapsed or broken)',
  'agreement.phase': 'the phase of the agreement',
  'agreement.endDay': 'the end day of the agreement',
  'agreement.days': 'days of the agreement',
  'agreement.guarantors': 'guarantors of the agreement',
  'agreement.done.hostages': 'hostages freed or returned under the agreement',
  'agreement.done.prisoners': 'prisoners freed under the agreement',
  'agreement.done.aidTrucks': 'aid trucks under the agreement',
  'agreement.terms.lastingCeasefire': 'whether the agreement is a lasting ceasefire',
};

/** `hostages.released` → `hostages freed`. */
export function pathInWords(path: string): string {
  return PATH_WORDS[path] ?? path;
}
