/** The parties to the talks and what their role lets them do. */

export const PARTY_ROLES = ['belligerent', 'armed-group', 'mediator'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface Party {
  /** Short id used in events, e.g. `israel`. */
  id: string;
  /** Name shown to people, e.g. `Israel`. */
  name: string;
  role: PartyRole;
}

/** Belligerents and armed groups are the principals: only they accept, reject and carry out a deal. */
export function isPrincipal(party: Party): boolean {
  return party.role !== 'mediator';
}

export function findParty(parties: readonly Party[], id: unknown): Party | undefined {
  return typeof id === 'string' ? parties.find((party) => party.id === id) : undefined;
}

export function principalsOf(parties: readonly Party[]): Party[] {
  return parties.filter(isPrincipal);
}

/** The party's display name, or the id itself when the party is unknown. */
export function partyName(parties: readonly Party[], id: string): string {
  return findParty(parties, id)?.name ?? id;
}
