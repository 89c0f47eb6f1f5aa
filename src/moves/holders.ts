/**
 * Who holds whom: who releases the hostages and who the prisoners. The
 * model's rules let any principal release either (they check counts, not
 * captors); a simulation's policy and a classroom's seats need to know, and
 * it is a fact of the talks, read from the record: the first party a
 * scenario's steps (its what-if branches too) show releasing them. Pure.
 */
import type { Scenario } from '../scenario/index.js';

export interface Holders {
  hostages: string | null;
  prisoners: string | null;
}

export function holdersInRecord(scenario: Scenario | null): Holders {
  const events = [...(scenario?.steps ?? []), ...(scenario?.branches ?? []).flatMap((branch) => branch.steps)].map((step) => step.event);
  const releasedBy = (type: 'HOSTAGES_RELEASED' | 'PRISONERS_RELEASED') => {
    const found = events.find((event) => event.type === type && typeof (event as { by?: unknown }).by === 'string') as { by?: string } | undefined;
    return found?.by ?? null;
  };
  return { hostages: releasedBy('HOSTAGES_RELEASED'), prisoners: releasedBy('PRISONERS_RELEASED') };
}
