/**
 * The terms of a proposal: what a deal would give. All optional.
 *
 * A deal may come in phases. `phases: 3` says only how many (each phase then
 * runs `ceasefireDays`); a list gives each phase its own terms, and marks a
 * phase whose terms are still to be agreed with `toBeNegotiated: true`.
 * A proposal with `amends: true` amends the agreement in force instead of
 * replacing it (agreement.ts says how the terms merge).
 */
import * as z from 'zod';
import { lineSchema, strictObject, textSchema, wholeNumberSchema } from './schema-kit.js';

const withdrawalSchema = z.union([z.boolean(), lineSchema]).describe('troop withdrawal: yes/no, or what it is');

export const phaseSchema = strictObject({
  days: wholeNumberSchema.optional().describe('how many days the phase runs'),
  hostages: wholeNumberSchema.optional().describe('hostages to be released in the phase (living or dead)'),
  prisoners: wholeNumberSchema.optional().describe('prisoners to be released in the phase'),
  aidTrucksPerDay: wholeNumberSchema.optional().describe('aid trucks a day during the phase'),
  withdrawal: withdrawalSchema.optional(),
  toBeNegotiated: z.boolean().optional().describe('the phase’s terms are still to be agreed: it cannot begin until they are'),
  note: textSchema.optional().describe('anything else, in words'),
});

export type Phase = z.infer<typeof phaseSchema>;

export const termsSchema = strictObject({
  pauseDays: wholeNumberSchema.optional().describe('days of pause in military operations'),
  ceasefireDays: wholeNumberSchema.optional().describe('days of ceasefire (per phase, when phases is a number)'),
  phases: z
    .union([wholeNumberSchema, z.array(phaseSchema).min(1)])
    .optional()
    .describe('how many phases the deal has, or a list of them with the terms of each'),
  hostages: wholeNumberSchema.optional().describe('hostages to be released (living or dead)'),
  prisoners: wholeNumberSchema.optional().describe('prisoners to be released'),
  aidTrucksPerDay: wholeNumberSchema.optional().describe('aid trucks a day'),
  lastingCeasefire: z.boolean().optional().describe('whether the deal ends the war'),
  withdrawal: withdrawalSchema.optional(),
  amends: z.boolean().optional().describe('the proposal amends the agreement in force (its terms merge into it) instead of replacing it'),
  note: textSchema.optional().describe('anything else, in words'),
});

export type Terms = z.infer<typeof termsSchema>;

/**
 * A copy of valid terms that cannot change: what a proposal and an agreement keep, so that a later
 * change to an event's terms cannot reach them, and so that their validity can be remembered
 * (`termsAreValid`). Valid terms hold only words, numbers, yes/no and a list of phases of those,
 * so a copy of the object and of its phases is a whole copy.
 */
export function frozenTerms(terms: Terms): Terms {
  if (isFrozenTerms(terms)) return terms;
  const copy: Terms = { ...terms };
  if (Array.isArray(terms.phases)) copy.phases = Object.freeze(terms.phases.map((phase) => Object.freeze({ ...phase }))) as Phase[];
  return Object.freeze(copy);
}

/** Whether terms (valid ones) can no longer change: frozen, and so is their list of phases and each phase. */
export function isFrozenTerms(terms: Terms): boolean {
  if (!Object.isFrozen(terms)) return false;
  const { phases } = terms;
  return !Array.isArray(phases) || (Object.isFrozen(phases) && phases.every((phase) => Object.isFrozen(phase)));
}
