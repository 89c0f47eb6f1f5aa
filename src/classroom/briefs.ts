/**
 * Briefs: what each party's seat is told and the others are not — the
 * party's stated positions, its interests and red lines, and what it knows.
 * They live beside the scenario, in a folder `briefs/` (`scenarios/briefs/rafah-2024-05.yaml`
 * for `scenarios/rafah-2024-05.yaml`), are shown only to
 * that party's seat and to the teacher, and follow the scenario's rules for
 * sources: every point cites one of the scenario's sources, or says it is an
 * assumption of the exercise (`inferred: true` with a note). Positions are
 * each side's in its own words, attributed ("Hamas says", "Israel's war
 * cabinet says").
 */
import { basename, dirname, join } from 'node:path';
import * as z from 'zod';
import { locateFindings, parseText, zodFindings, type Finding, type LocatedProblem, type Result } from '../files/index.js';
import { isoDateSchema, lineSchema, textSchema } from '../model/index.js';
import type { Scenario } from '../scenario/index.js';

const pointSchema = z
  .strictObject({
    text: textSchema.describe('the point, in neutral words; a claim is attributed to whoever makes it'),
    source: lineSchema.optional().describe('the id of one of the scenario’s sources'),
    inferred: z.boolean().optional().describe('true when no source states it: an assumption of the exercise'),
    note: textSchema.optional().describe('why it is inferred, or anything a teacher should know'),
    date: isoDateSchema.optional().describe('the day the point became true or was said: a room that starts on or before that day does not show it'),
  })
  .refine((point) => point.source !== undefined || (point.inferred === true && point.note !== undefined), {
    message: 'a point cites a source (source: <id>), or is marked inferred: true with a note saying why',
  });

export type BriefPoint = z.infer<typeof pointSchema>;

const briefSchema = z.strictObject({
  summary: textSchema.describe('who the party is in these talks, in a few neutral sentences'),
  positions: z.array(pointSchema).max(50).optional().describe('what the party says it wants, in its own words, attributed'),
  interests: z.array(pointSchema).max(50).optional(),
  redLines: z.array(pointSchema).max(50).optional().describe('what the party says it will not accept'),
  knows: z.array(pointSchema).max(50).optional().describe('what the party knows that the others do not'),
});

export type Brief = z.infer<typeof briefSchema>;

export const briefsSchema = z.strictObject({
  scenario: lineSchema.describe('the id of the scenario these briefs are for'),
  note: textSchema.optional().describe('for the teacher: how the briefs were written, what they leave out'),
  briefs: z.record(z.string(), briefSchema).describe('a brief for each party, by party id'),
});

export type Briefs = z.infer<typeof briefsSchema>;

export const BRIEFS_EXPECTED = 'briefs: a mapping with scenario (its id) and briefs (a brief for each party, by id)';

/**
 * A brief as a room starting on `date` shows it: only the points dated before that day. A point of
 * the same day is left out too: the room may start before it, and a brief must not tell what the
 * session is about to play.
 */
export function briefOn(brief: Brief, date: string): Brief {
  const known = (points: BriefPoint[] | undefined) => points?.filter((point) => point.date === undefined || point.date < date);
  return {
    summary: brief.summary,
    ...(brief.positions ? { positions: known(brief.positions)! } : {}),
    ...(brief.interests ? { interests: known(brief.interests)! } : {}),
    ...(brief.redLines ? { redLines: known(brief.redLines)! } : {}),
    ...(brief.knows ? { knows: known(brief.knows)! } : {}),
  };
}

/**
 * The briefs file for a scenario file: `scenarios/rafah-2024-05.yaml` → `scenarios/briefs/rafah-2024-05.yaml`
 * (a folder of their own, so that a folder of scenarios holds scenarios only).
 */
export function briefsFileFor(scenarioFile: string): string {
  return join(dirname(scenarioFile), 'briefs', basename(scenarioFile).replace(/\.(ya?ml|json)$/i, '') + '.yaml');
}

/**
 * Briefs read from text and checked against their scenario: its id, its parties, its sources.
 * @example loadBriefsText(text, 'scenarios/briefs/rafah-2024-05.yaml', scenario)
 */
export function loadBriefsText(text: string, file: string, scenario: Scenario): Result<Briefs, LocatedProblem> {
  const parsed = parseText(text, file, { expected: BRIEFS_EXPECTED });
  if (!parsed.ok) return parsed;
  const { data } = parsed.value;
  const shape = briefsSchema.safeParse(data);
  if (!shape.success) return { ok: false, problems: locateFindings(zodFindings(shape.error.issues, data), parsed.value, file) };
  const briefs = shape.data;
  const findings: Finding[] = [];
  if (briefs.scenario !== scenario.id) findings.push({ path: ['scenario'], message: `these briefs are for "${briefs.scenario}", not for ${scenario.id}` });
  const parties = new Set(scenario.parties.map((party) => party.id));
  const sources = new Set(scenario.sources.map((source) => source.id));
  for (const [party, brief] of Object.entries(briefs.briefs)) {
    if (!parties.has(party)) findings.push({ path: ['briefs', party], at: 'key', message: `"${party}" is not a party of ${scenario.id}; its parties are ${[...parties].join(', ')}` });
    for (const list of ['positions', 'interests', 'redLines', 'knows'] as const) {
      brief[list]?.forEach((point, index) => {
        if (point.source !== undefined && !sources.has(point.source)) {
          findings.push({ path: ['briefs', party, list, index, 'source'], message: `no source "${point.source}" in ${scenario.id}; its sources are ${[...sources].join(', ')}` });
        }
      });
    }
  }
  if (findings.length > 0) return { ok: false, problems: locateFindings(findings, parsed.value, file) };
  return { ok: true, value: briefs };
}
