/**
 * The parties to the talks and what their role lets them do.
 *
 * - A **principal** is a party to the conflict: principals accept or reject a
 *   deal, and carry it out (pause operations, free hostages and prisoners).
 * - A **mediator** carries proposals between them (tables them, never accepts).
 * - A **guarantor** may table proposals too, and may accept a deal as its
 *   guarantor: that is recorded on the agreement, and never needed for it to
 *   take force.
 *
 * The model gives both sides of a war the same role: `principal`. Files
 * written before it did say `belligerent` and `armed-group`; those still
 * load, and read as `principal`.
 */

export const PARTY_ROLES = ['principal', 'mediator', 'guarantor'] as const;
/** Roles of files written before the roles were made the same for both sides: each reads as `principal`. */
export const FORMER_PRINCIPAL_ROLES = ['belligerent', 'armed-group'] as const;
/** Every role a file may give, the former ones included. */
export const ROLES_IN_FILES = [...PARTY_ROLES, ...FORMER_PRINCIPAL_ROLES] as const;

export type PartyRole = (typeof PARTY_ROLES)[number];
export type RoleInFile = (typeof ROLES_IN_FILES)[number];

export interface Party {
  /** Short id used in events, e.g. `israel`. */
  id: string;
  /** Name shown to people, e.g. `Israel`. */
  name: string;
  role: RoleInFile;
}

/** Who acts: one party by id, or several acting together (a joint proposal by two mediators). */
export type PartyRef = string | string[];

/** The role a file's role reads as. */
export function roleOf(party: Pick<Party, 'role'>): PartyRole {
  return (FORMER_PRINCIPAL_ROLES as readonly string[]).includes(party.role) ? 'principal' : (party.role as PartyRole);
}

/** Principals are the parties to the conflict: only they accept, reject and carry out a deal. */
export function isPrincipal(party: Pick<Party, 'role'>): boolean {
  // Asked for every party after every event: a context's roles are already read (`principal`), so that is tried first.
  return party.role === 'principal' || roleOf(party) === 'principal';
}

export function isGuarantor(party: Pick<Party, 'role'>): boolean {
  return roleOf(party) === 'guarantor';
}

export function findParty(parties: readonly Party[], id: unknown): Party | undefined {
  if (typeof id !== 'string') return undefined;
  // A loop, not `find` with a callback: the rules ask this for every sender of every event.
  for (const party of parties) if (party.id === id) return party;
  return undefined;
}

export function principalsOf(parties: readonly Party[]): Party[] {
  return parties.filter(isPrincipal);
}

/** The party's display name, or the id itself when the party is unknown. */
export function partyName(parties: readonly Party[], id: string): string {
  return findParty(parties, id)?.name ?? id;
}

/**
 * The ids in `by`, one or a list, as a list; [] when `by` is neither (an event
 * sent by hand may carry anything).
 * @example idsOf(['qatar', 'egypt']) // ['qatar', 'egypt']
 */
export function idsOf(by: unknown): string[] {
  if (typeof by === 'string') return [by];
  if (Array.isArray(by) && by.every((id) => typeof id === 'string')) return by as string[];
  return [];
}
