/**
 * Where a path should end: one or more regions in a given state, written as a
 * student would type them (`operations=resumed`, or just `resumed` when the
 * state name says which region it belongs to).
 */
import { REGION_STATES, REGIONS, type Region, type TruceStateValue } from '../model/index.js';
import type { Result } from '../files/index.js';
import { nearestName } from '../words/index.js';

export type Target = Partial<TruceStateValue>;


function regionOf(state: string): Region | undefined {
  return REGIONS.find((region) => REGION_STATES[region].includes(state));
}

/** The nearest known name, or one that starts with what was typed (`paused` → `pausedForRelease`). */
function suggestion(word: string, known: readonly string[]): string {
  const nearest = nearestName(word, known) ?? known.find((name) => word.length >= 3 && name.toLowerCase().startsWith(word.toLowerCase()));
  return nearest ? `; did you mean "${nearest}"?` : '';
}

function parseOne(spec: string): { region: Region; state: string } | string {
  const [left, right, ...rest] = spec.split('=').map((part) => part.trim());
  if (rest.length > 0 || left === '' || right === '') return `"${spec}" is not a target; write region=state, e.g. operations=resumed`;
  if (right === undefined) {
    // `agreement:lapsed`, `talks.accepted`: a region and a state joined by another sign.
    const joined = /^(\w+)\s*[:.\/]\s*(\w+)$/.exec(left!);
    if (joined && REGIONS.includes(joined[1] as Region)) return `"${spec}" is not a target; write it with =: ${joined[1]}=${joined[2]}`;
    const region = regionOf(left!);
    if (region) return { region, state: left! };
    const allStates = REGIONS.flatMap((name) => REGION_STATES[name]);
    return `unknown state "${left}"${suggestion(left!, allStates)} (write region=state, e.g. operations=resumed; states: ${allStates.join(', ')})`;
  }
  const region = REGIONS.find((name) => name === left);
  if (!region) return `unknown region "${left}"${suggestion(left!, REGIONS)} (regions: ${REGIONS.join(', ')})`;
  if (!REGION_STATES[region].includes(right)) {
    return `unknown state "${right}" for ${region}${suggestion(right, REGION_STATES[region])} (states of ${region}: ${REGION_STATES[region].join(', ')})`;
  }
  return { region, state: right };
}

/**
 * Reads `--to` values into one target; every value must hold at once.
 * @example parseTarget(['talks=accepted', 'pausedForRelease']) // { talks: 'accepted', operations: 'pausedForRelease' }
 */
export function parseTarget(specs: readonly string[]): Result<Target> {
  const fail = (message: string): Result<Target> => ({ ok: false, problems: [{ code: 'invalid', message }] });
  if (specs.length === 0) return fail('say where to go with --to region=state, e.g. --to operations=resumed');
  const target: Record<string, string> = {};
  for (const spec of specs) {
    const parsed = parseOne(spec);
    if (typeof parsed === 'string') return fail(parsed);
    const earlier = target[parsed.region];
    if (earlier !== undefined && earlier !== parsed.state) return fail(`${parsed.region} cannot be both ${earlier} and ${parsed.state}; give one state per region`);
    target[parsed.region] = parsed.state;
  }
  return { ok: true, value: target as Target };
}

/** True when `value` is in every state the target names. */
export function reachesTarget(value: TruceStateValue, target: Target): boolean {
  return REGIONS.every((region) => target[region] === undefined || target[region] === value[region]);
}

/** `operations=resumed, talks=accepted`, in region order. */
export function describeTarget(target: Target): string {
  return REGIONS.filter((region) => target[region] !== undefined)
    .map((region) => `${region}=${target[region]}`)
    .join(', ');
}
