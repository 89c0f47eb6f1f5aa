/**
 * The parties of a scenario: ids as a file may write them, names in any
 * script, and roles with at least one principal (who accepts deals) and one
 * mediator or guarantor (who tables them). Principals are written `principal`
 * or, as older files do, `belligerent` and `armed-group`. Also ids that name
 * no party of a given list.
 */
import fc from 'fast-check';
import { isPrincipal, type Party, type RoleInFile } from '../../src/model/index.js';
import { anyText } from './texts.js';

/** An id as the scenario format allows: a letter or digit, then letters, digits, "-", "_" or ".". */
export const partyId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('israel', 'hamas', 'pij', 'egypt', 'qatar', 'usa', 'un'),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,15}$/),
);

function party(id: string, role: RoleInFile, name: string): Party {
  return { id, name, role };
}

const PRINCIPAL_ROLES: readonly RoleInFile[] = ['principal', 'belligerent', 'armed-group'];

/** One to three principals, then mediators and guarantors (at least one), ids all different, in any order. */
export const scenarioParties: fc.Arbitrary<Party[]> = fc
  .record({
    ids: fc.uniqueArray(partyId, { minLength: 2, maxLength: 6 }),
    principalCount: fc.integer({ min: 1, max: 3 }),
    principalRoles: fc.array(fc.constantFrom(...PRINCIPAL_ROLES), { minLength: 3, maxLength: 3 }),
    otherRoles: fc.array(fc.constantFrom<RoleInFile>('mediator', 'mediator', 'guarantor'), { minLength: 5, maxLength: 5 }),
    names: fc.array(anyText, { minLength: 6, maxLength: 6 }),
  })
  .chain(({ ids, principalCount, principalRoles, otherRoles, names }) => {
    const principals = Math.min(principalCount, ids.length - 1);
    const parties = ids.map((id, index) => party(id, index < principals ? principalRoles[index]! : otherRoles[index - principals]!, names[index]!));
    return fc.shuffledSubarray(parties, { minLength: parties.length, maxLength: parties.length });
  });

/** Ids of principals, of mediators and guarantors, and of guarantors alone, for picking who does what. */
export function castOf(parties: readonly Party[]): { principals: string[]; mediators: string[]; guarantors: string[]; all: string[] } {
  return {
    principals: parties.filter(isPrincipal).map((one) => one.id),
    mediators: parties.filter((one) => !isPrincipal(one)).map((one) => one.id),
    guarantors: parties.filter((one) => one.role === 'guarantor').map((one) => one.id),
    all: parties.map((one) => one.id),
  };
}

/** Party ids a careless file might write that name none of `parties`: case slips, spaces, markup, any script. */
export function unknownPartyId(parties: readonly Party[]): fc.Arbitrary<string> {
  const known = new Set(parties.map((one) => one.id));
  const slips = parties.flatMap((one) => [one.id.toUpperCase(), ` ${one.id}`, `${one.id}s`]);
  return fc
    .oneof(
      fc.constantFrom('west', 'hezbollah', 'Israel ', '<script>', 'حماس', 'צה"ל', '🇺🇳', '__proto__', 'constructor', ...slips),
      anyText,
    )
    .filter((id) => !known.has(id));
}
