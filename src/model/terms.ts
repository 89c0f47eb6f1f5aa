/** The terms of a proposal: what a deal would give. All optional. */
import { lineSchema, strictObject, textSchema, wholeNumberSchema } from './schema-kit.js';
import * as z from 'zod';

export const termsSchema = strictObject({
  pauseDays: wholeNumberSchema.optional().describe('days of pause in military operations'),
  ceasefireDays: wholeNumberSchema.optional().describe('days of ceasefire (per phase, when phased)'),
  phases: wholeNumberSchema.optional().describe('how many phases the deal has'),
  hostages: wholeNumberSchema.optional().describe('hostages to be released'),
  prisoners: wholeNumberSchema.optional().describe('prisoners to be released'),
  aidTrucksPerDay: wholeNumberSchema.optional().describe('aid trucks a day'),
  lastingCeasefire: z.boolean().optional().describe('whether the deal ends the war'),
  withdrawal: z.union([z.boolean(), lineSchema]).optional().describe('troop withdrawal: yes/no, or what it is'),
  note: textSchema.optional().describe('anything else, in words'),
});

export type Terms = z.infer<typeof termsSchema>;
