import { remembered } from './remember.js';

/**
 * Days as numbers (days since 1970-01-01), for any year: extensions may carry an end day far
 * past the year 9999, where JavaScript's Date gives up (at 275,760) and text compares wrongly.
 * Such a day is written as ISO 8601 extends years, and as JavaScript's Date writes them: `+010237-08-01`
 * (and `-000001-12-31` for the day before 0000-01-01). The arithmetic is Howard
 * Hinnant's days_from_civil and civil_from_days, exact in safe integers.
 */
export const dayNumber: (date: string) => number = remembered(computeDayNumber);

function computeDayNumber(date: string): number {
  const match = /^([+-]?\d{4,})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return Number.NaN;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const year = Number(match[1]) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number: `YYYY-MM-DD`, or `+YYYYYY-MM-DD` past the year 9999 and `-YYYYYY-MM-DD` before the year 0, as JavaScript's Date writes them. */
export const dateOfDay: (number: number) => string = remembered(computeDateOfDay);

function computeDateOfDay(number: number): string {
  const shifted = number + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const two = (value: number) => String(value).padStart(2, '0');
  const yearText = year > 9999 ? `+${String(year).padStart(6, '0')}` : year < 0 ? `-${String(-year).padStart(6, '0')}` : String(year).padStart(4, '0');
  return `${yearText}-${two(month)}-${two(day)}`;
}

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Days from one date to another (negative when `to` is earlier), for any years. */
export function daysUntil(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Which of two real dates comes first: negative when `a` is before `b`, 0 on the same day, positive
 * after (the sign of `daysUntil(b, a)`). Dates of years 0000 to 9999, written `YYYY-MM-DD`, compare
 * as text, which the rules and conditions ask after every event; other years go by day numbers.
 */
export function compareDays(a: string, b: string): number {
  if (a.length === 10 && b.length === 10) return a < b ? -1 : a > b ? 1 : 0;
  return Math.sign(daysUntil(b, a));
}
