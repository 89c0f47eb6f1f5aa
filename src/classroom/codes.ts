/**
 * The secrets of a room: a join code for each seat, short enough to read off a
 * projector and type on a phone, and the teacher's own secret, long enough
 * that nobody guesses it. Both come from the operating system's random source
 * (never Math.random, never a counter): a student who knows one seat's code
 * learns nothing about another's.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read aloud or off a screen (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 31^8, about 8.5 × 10^11 codes: with the join attempts a connection is allowed, none is found by trying. */
export const CODE_LENGTH = 8;

/** A join code, as `ABCD-EFGH`. */
export function newJoinCode(): string {
  const letters = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]!).join('');
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}

/** Whether `code` has the form every join code has (`ABCD-EFGH`, from CODE_ALPHABET): what a record read back must give. */
export function isJoinCode(code: string): boolean {
  return JOIN_CODE.test(code);
}

const JOIN_CODE = new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);

/** Codes for `count` seats, no two the same. */
export function newJoinCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newJoinCode());
  return [...codes];
}

/** The teacher's secret: 128 random bits, as URL-safe text. */
export function newTeacherSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** A code as typed: upper case, the dash and spaces optional (`abcd efgh` is `ABCD-EFGH`). */
export function normaliseCode(typed: string): string {
  const letters = typed.toUpperCase().replace(/[\s-]/g, '');
  return letters.length === CODE_LENGTH ? `${letters.slice(0, 4)}-${letters.slice(4)}` : letters;
}

/** Whether two secrets are the same, in a time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
