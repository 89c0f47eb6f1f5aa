/**
 * What the room's pages may send, as strict schemas: anything else is refused
 * before it reaches the room. An event is checked as a scenario file's event
 * is (its type's own schema: known fields only, text without control
 * characters, whole numbers in range), then by the model's rules.
 */
import * as z from 'zod';
import { EVENT_TYPES, eventSchemas, isoDateSchema, type ScenarioEvent } from '../model/index.js';

/** The longest words a move may carry (a statement, a claim, a note). */
export const MAX_TEXT_LENGTH = 1000;

/** The largest message a page may send: a proposal with its terms and a note fits many times over. */
export const MAX_MESSAGE_BYTES = 16 * 1024;

/**
 * An event as a page sends it: a known type, and fields the room fills or checks. The sender
 * is the seat's own (seat-authority.ts); then the whole event is checked (`wellFormed`).
 */
const sentEventSchema = z.looseObject({ type: z.enum(EVENT_TYPES) }).transform((value) => value as unknown as ScenarioEvent);

/** Why an event is not one a scenario file could hold (unknown fields, text with control characters, counts out of range), or null. */
export function wellFormed(event: ScenarioEvent): string | null {
  // Words a page sends are kept in the session: a paragraph at most, so one page cannot fill the room.
  for (const [key, value] of Object.entries(event)) {
    if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) return `the move is not well formed: ${key}: at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters, not ${value.length.toLocaleString('en-US')}`;
  }
  const parsed = eventSchemas[event.type]?.safeParse(event);
  if (!parsed) return 'the move is not one the model knows';
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `the move is not well formed: ${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}`;
}

/** An event as a scenario file holds it: its type's own schema. */
export const eventSchema = z
  .looseObject({ type: z.enum(EVENT_TYPES) })
  .transform((value, context) => {
    const parsed = eventSchemas[value.type].safeParse(value);
    if (parsed.success) return parsed.data as ScenarioEvent;
    context.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'not a valid event' });
    return z.NEVER;
  });

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('join'), code: z.string().max(32) }),
  z.strictObject({ type: z.literal('teacher'), secret: z.string().max(64) }),
  z.strictObject({ type: z.literal('move'), event: sentEventSchema }),
  z.strictObject({ type: z.literal('inject'), as: z.string().max(64).nullable(), event: sentEventSchema }),
  z.strictObject({ type: z.literal('control'), command: z.enum(['start', 'pause', 'resume', 'end']) }),
  z.strictObject({ type: z.literal('advance'), days: z.number().int().min(1).max(3660).optional(), to: isoDateSchema.optional() }),
  z.strictObject({ type: z.literal('undo') }),
  z.strictObject({ type: z.literal('record'), step: z.string().max(200) }),
  z.strictObject({ type: z.literal('hold'), party: z.string().max(64), held: z.boolean() }),
  z.strictObject({ type: z.literal('newCode'), party: z.string().max(64) }),
]);

export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** A message as text, checked; the reason in a line when it is not one the room takes. */
export function readClientMessage(text: string): { ok: true; message: ClientMessage } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the message is not JSON' };
  }
  const parsed = clientMessageSchema.safeParse(data);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `the message is not one the room takes: ${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}` };
}
