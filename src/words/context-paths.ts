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
};

/** `hostages.released` → `hostages freed`. */
export function pathInWords(path: string): string {
  return PATH_WORDS[path] ?? path;
}
