/** The rules about what is recorded: counts that are whole and possible, texts that are given, crossings that can close or open. */
import { type Rule, field, fieldsOf, isWhole, isText, releaseCount, releasedDeceased, DETAIL_FIELDS, crossingName, MAX_COUNT_IN_WORDS } from './rule-kit.js';

/** An optional detail: absent, or real text. */
const isDetail = (value: unknown) => value === undefined || isText(value);

export const recordRules = {
  trucksAreWhole: {
    holds: (_context, event) => isWhole(fieldsOf(event).trucks, 1),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `trucks must be a whole number from 1 to ${MAX_COUNT_IN_WORDS}, not ${String(fieldsOf(event).trucks)}`,
    }),
  },
  revisedCountsAreWhole: {
    holds: (_context, event) => {
      const held = fieldsOf(event).held;
      const deceased = fieldsOf(event).deceased;
      return isWhole(held, 0) && isWhole(deceased, 0) && deceased <= held;
    },
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `held and deceased are whole numbers, with deceased no more than held (those held include the dead), not held ${String(fieldsOf(event).held)} and deceased ${String(fieldsOf(event).deceased)}`,
    }),
  },
  countIsWhole: {
    holds: (_context, event) => isWhole(releaseCount(event), 1),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `count must be a whole number from 1 to ${MAX_COUNT_IN_WORDS}, not ${String(releaseCount(event))}`,
    }),
  },
  deceasedIsWhole: {
    holds: (_context, event) => {
      const deceased = fieldsOf(event).deceased;
      return deceased === undefined || (isWhole(deceased, 0) && deceased <= (releaseCount(event) as number));
    },
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `deceased must be a whole number from 0 to count (${String(releaseCount(event))}), not ${String(fieldsOf(event).deceased)}`,
    }),
  },
  enoughHostagesHeld: {
    holds: (context, event) => (releaseCount(event) as number) <= context.hostages.held,
    refusal: (context, event) => ({
      code: 'NOT_ENOUGH_HOSTAGES',
      message: `cannot release ${String(releaseCount(event))}: ${context.hostages.held} hostages are held`,
    }),
  },
  enoughDeceasedHeld: {
    holds: (context, event) => releasedDeceased(event) <= context.hostages.deceased,
    refusal: (context, event) => ({
      code: 'NOT_ENOUGH_DECEASED',
      message: `cannot hand back ${releasedDeceased(event)} bodies: ${context.hostages.deceased} of those held are reported dead`,
    }),
  },
  enoughLivingHostagesHeld: {
    holds: (context, event) =>
      (releaseCount(event) as number) - releasedDeceased(event) <= context.hostages.held - context.hostages.deceased,
    refusal: (context, event) => ({
      code: 'NOT_ENOUGH_LIVING_HOSTAGES',
      message: `cannot free ${(releaseCount(event) as number) - releasedDeceased(event)} alive: ${
        context.hostages.held - context.hostages.deceased
      } of those held are alive`,
    }),
  },
  deathsWithinLivingHeld: {
    holds: (context, event) => (releaseCount(event) as number) <= context.hostages.held - context.hostages.deceased,
    refusal: (context, event) => ({
      code: 'NOT_ENOUGH_LIVING_HOSTAGES',
      message: `cannot report ${String(releaseCount(event))} deaths: ${context.hostages.held - context.hostages.deceased} of those held are reported alive`,
    }),
  },
  tollIsWhole: {
    holds: (_context, event) => isWhole(fieldsOf(event).toll, 0),
    refusal: (_context, event) => ({
      code: 'INVALID_COUNT',
      message: `a death toll is a whole number from 0 to ${MAX_COUNT_IN_WORDS}, not ${String(fieldsOf(event).toll)}`,
    }),
  },
  textIsGiven: {
    holds: (_context, event) => isText(fieldsOf(event).text),
    refusal: () => ({ code: 'MISSING_TEXT', message: 'the event needs a text saying what was said or reported' }),
  },
  detailsAreText: {
    // Each of DETAIL_FIELDS read by name (faster than by a string: rule-kit.ts); a test holds the two lists together.
    holds: (_context, event) => {
      const { where, reason, area, source, note, crossing } = fieldsOf(event);
      return isDetail(where) && isDetail(reason) && isDetail(area) && isDetail(source) && isDetail(note) && isDetail(crossing);
    },
    refusal: (_context, event) => {
      const bad = DETAIL_FIELDS.find((key) => field(event, key) !== undefined && !isText(field(event, key)));
      return { code: 'MISSING_TEXT', message: `${String(bad)} must be some text when given, not ${JSON.stringify(field(event, String(bad)))}` };
    },
  },
  crossingIsNamed: {
    holds: (_context, event) => isText(fieldsOf(event).crossing),
    refusal: () => ({ code: 'MISSING_TEXT', message: 'the event needs the name of the crossing' }),
  },
  crossingIsOpen: {
    holds: (context, event) => context.crossings[crossingName(event)] !== 'closed',
    refusal: (_context, event) => ({
      code: 'CROSSING_ALREADY_CLOSED',
      message: `the ${crossingName(event)} crossing is already closed`,
    }),
  },
  crossingIsClosed: {
    holds: (context, event) => context.crossings[crossingName(event)] === 'closed',
    refusal: (context, event) => ({
      code: 'CROSSING_NOT_CLOSED',
      message: `the ${crossingName(event)} crossing is not closed (closed now: ${
        // Only asked while access is closed, so at least one crossing is.
        Object.keys(context.crossings).filter((name) => context.crossings[name] === 'closed').join(', ')
      })`,
    }),
  },
} satisfies Record<string, Rule>;
