/**
 * The conversation of `truce play`, through a scripted player: which menus
 * and questions a move asks, with which options, and what stopping at any
 * of them does. The player's answers are given in advance; a question asked
 * after the last of them fails the test, so each test also says that nothing
 * more is asked once the player stops.
 */
import { describe, expect, it } from 'vitest';
import { END_CHOICE, HISTORY_CHOICE, REFUSED_CHOICE, runPlay, type Prompter } from '../../src/play/index.js';
import { playSetup } from '../../src/play/setup.js';
import { readScenarioFile } from '../../src/scenario/index.js';

const NOVEMBER = 'scenarios/pause-2023-11.yaml';
const JANUARY = 'scenarios/ceasefire-2025-01.yaml';
const EVERY_PARTY = ['Israel', 'Hamas', 'Qatar', 'Egypt', 'United States'];

/** A menu answer is the beginning of the option chosen, a question's the text typed; null: the player stops there (Esc, or the end of the input). */
type Answer = string | null;

interface Asked {
  question: string;
  /** A menu's options; none for a question. */
  options?: string[];
  /** A question's default, when it has one. */
  fallback?: string;
}

function scriptedPlayer(answers: Answer[]) {
  const asked: Asked[] = [];
  let said = '';
  const next = (question: string): Answer => {
    if (answers.length === 0) throw new Error(`"${question}" was asked after the player's last answer; asked before it:\n${asked.map((one) => one.question).join('\n')}`);
    return answers.shift()!;
  };
  const prompter: Prompter = {
    async choose(question, options) {
      asked.push({ question, options: [...options] });
      const answer = next(question);
      if (answer === null) return null;
      const index = options.findIndex((option) => option.startsWith(answer));
      if (index < 0) throw new Error(`no option "${answer}" for "${question}": ${options.join(' | ')}`);
      return index;
    },
    async ask(question, fallback) {
      asked.push({ question, ...(fallback === undefined ? {} : { fallback }) });
      return next(question);
    },
    say(text) {
      said += text;
    },
    close() {},
  };
  return { prompter, asked, said: () => said };
}

const plainMarks = { accepted: (text: string) => text, refused: (text: string) => text };

async function play(file: string, answers: Answer[], as?: string) {
  const read = await readScenarioFile(file);
  if (!read.ok) throw new Error(`${file} does not load`);
  const setup = playSetup(read.value, as);
  if (!setup.ok) throw new Error(setup.problems[0]!.message);
  const player = scriptedPlayer(answers);
  const session = await runPlay(setup.value, player.prompter, plainMarks);
  return { session, asked: player.asked, said: player.said() };
}

describe('reporting a violation', () => {
  it('asks which party is accused, among every party, with no joint act and a way back; stopping there ends the session', async () => {
    const { session, asked, said } = await play(NOVEMBER, ['Report a violation', null]);

    expect(asked.at(-1)).toEqual({ question: 'Which party is accused?', options: [...EVERY_PARTY, 'Back'] });
    expect(session.moves).toEqual([]);
    expect(said).toContain('Final states:');
  });

  it('asks which party is accused also of a player who plays one party, and names that party as the claimant without asking', async () => {
    const { session, asked, said } = await play(NOVEMBER, ['Report a violation', 'Hamas', 'shots fired', END_CHOICE], 'qatar');

    expect(asked.map((one) => one.question)).toEqual(['What happens next?', 'Which party is accused?', 'what is alleged', 'What happens next?']);
    expect(said).toContain('✓ Qatar accuses Hamas of a violation: shots fired');
    expect(session.moves[0]!.event).toEqual({ type: 'VIOLATION_REPORTED', by: 'hamas', claimant: 'qatar', text: 'shots fired' });
  });

  it('lets a player who moves for every party name no claimant', async () => {
    const { session, asked, said } = await play(NOVEMBER, ['Report a violation', 'Hamas', 'No party named', 'shots fired', END_CHOICE]);

    expect(asked[2]).toEqual({ question: 'Who makes the claim?', options: ['No party named', ...EVERY_PARTY, 'Back'] });
    expect(said).toContain('✓ A violation by Hamas is alleged: shots fired');
    expect(session.moves[0]!.event).toEqual({ type: 'VIOLATION_REPORTED', by: 'hamas', text: 'shots fired' });
  });

  it('ends the session when the player stops at who makes the claim', async () => {
    const { session, asked } = await play(NOVEMBER, ['Report a violation', 'Hamas', null]);

    expect(asked.at(-1)!.question).toBe('Who makes the claim?');
    expect(session.moves).toEqual([]);
  });

  it('ends the session when the player stops at what is alleged', async () => {
    const { session, asked } = await play(NOVEMBER, ['Report a violation', 'Hamas', 'Israel', null]);

    expect(asked.at(-1)!.question).toBe('what is alleged');
    expect(session.moves).toEqual([]);
  });
});

describe('a joint act', () => {
  it('asks for the parties acting together by their ids, and stopping there ends the session', async () => {
    const { session, asked } = await play(NOVEMBER, ['Put a proposal on the table', 'Several of them, together', null]);

    expect(asked[1]).toEqual({ question: 'Which party?', options: [...EVERY_PARTY, 'Several of them, together', 'Back'] });
    expect(asked.at(-1)).toEqual({ question: 'Which parties, together? (separated by commas: israel, hamas, qatar, egypt, usa)' });
    expect(session.moves).toEqual([]);
  });
});

describe('a move the rules refuse', () => {
  it('can be left with Back, for the same turn\'s menu again', async () => {
    const { session, asked } = await play(NOVEMBER, [REFUSED_CHOICE, 'Back', END_CHOICE]);

    expect(asked.map((one) => one.question)).toEqual(['What happens next?', 'Which move?', 'What happens next?']);
    expect(asked[1]!.options!.at(-1)).toBe('Back');
    expect(session.turn).toBe(0);
    expect(session.moves).toEqual([]);
  });
});

describe('a proposal while an agreement is in force', () => {
  // In January 2025 the agreement is in force from the fifth turn, with a proposal on the table to answer.
  const toTheFifthTurn = [HISTORY_CHOICE, HISTORY_CHOICE, HISTORY_CHOICE, HISTORY_CHOICE];

  it('asks whether a counter-proposal is a new deal or an amendment, and a new deal asks for the terms of a whole deal', async () => {
    const { asked } = await play(JANUARY, [...toTheFifthTurn, 'Answer with a counter-proposal', 'Hamas', 'A new deal', null]);

    expect(asked.at(-2)).toEqual({
      question: 'What kind of proposal?',
      options: [
        'A new deal (it replaces the agreement in force once every principal accepts it)',
        'An amendment (its terms merge into the agreement in force once every principal accepts it)',
        'Back',
      ],
    });
    expect(asked.at(-1)!.question).toBe('days of pause in military operations (pauseDays) (- for none)');
  });

  it('asks for an amendment what to add to the agreement', async () => {
    const { asked } = await play(JANUARY, [...toTheFifthTurn, 'Answer with a counter-proposal', 'Hamas', 'An amendment', null]);

    expect(asked.at(-1)!.question).toBe('days of pause to add to the current phase (pauseDays) (- for none)');
  });

  it('ends the session when the player stops at the kind of proposal', async () => {
    const { session, asked } = await play(JANUARY, [...toTheFifthTurn, 'Answer with a counter-proposal', 'Hamas', null]);

    expect(asked.at(-1)!.question).toBe('What kind of proposal?');
    expect(session.turn).toBe(4);
  });
});
