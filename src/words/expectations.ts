/** A step's checks in words: what the file expects, and what was found when it is not met. */
import type { ExpectationResult } from '../scenario/index.js';
import { pathInWords } from './context-paths.js';


function expectedInWords(result: Exclude<ExpectationResult, { check: 'refused' }>): { what: string; found: string } {
  switch (result.check) {
    case 'refusal':
      return { what: `refusal ${result.expected}`, found: result.actual ?? 'no refusal' };
    case 'state':
      return { what: `${result.region} ${result.expected}`, found: `${result.region} ${result.actual}` };
    case 'hostages':
      return { what: `${pathInWords(`hostages.${result.field}`)}: ${result.expected}`, found: String(result.actual) };
    case 'prisonersReleased':
      return { what: `${pathInWords('prisonersReleased')}: ${result.expected}`, found: String(result.actual) };
  }
}

/**
 * One check in words, without a mark (renderers add ✓ or ✗ and colour).
 * @example expectationInWords({ check: 'state', region: 'talks', expected: 'accepted', actual: 'proposal', met: false })
 * // 'expected talks accepted, found talks proposal'
 */
export function expectationInWords(result: ExpectationResult): string {
  if (result.check === 'refused') {
    if (result.expected) return result.met ? 'refused, as the file expects' : 'the file expects this event to be refused, but it was accepted';
    return result.met ? 'accepted, as the file expects' : 'refused, though the file expects it to be accepted';
  }
  const { what, found } = expectedInWords(result);
  return result.met ? what : `expected ${what}, found ${found}`;
}
