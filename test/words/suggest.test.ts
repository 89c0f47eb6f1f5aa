/** "Did you mean ...?": which misspellings get a suggestion, and which name is suggested. */
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/model/index.js';
import { didYouMean, nearestName } from '../../src/words/index.js';

describe('nearestName', () => {
  it('finds the event type a letter or two away', () => {
    expect(nearestName('PROPOSAL_ACCEPT', EVENT_TYPES)).toBe('PROPOSAL_ACCEPTED');
    expect(nearestName('TALKS_OPEN', EVENT_TYPES)).toBe('TALKS_OPENED');
  });

  it('ignores case, hyphens, underscores and spaces', () => {
    expect(nearestName('proposal-accepted', EVENT_TYPES)).toBe('PROPOSAL_ACCEPTED');
    expect(nearestName('Talks Stalled', EVENT_TYPES)).toBe('TALKS_STALLED');
    expect(nearestName('proposalaccepted', EVENT_TYPES)).toBe('PROPOSAL_ACCEPTED');
  });

  it('counts a letter added, dropped or changed as one slip each', () => {
    expect(nearestName('hamass', ['hamas', 'israel'])).toBe('hamas');
    expect(nearestName('hams', ['hamas', 'israel'])).toBe('hamas');
    expect(nearestName('hamaz', ['hamas', 'israel'])).toBe('hamas');
    expect(nearestName('ahmas', ['hamas', 'israel'])).toBe('hamas');
  });

  it('allows two slips in a short word, and no more', () => {
    expect(nearestName('qtr', ['qatar'])).toBe('qatar');
    expect(nearestName('qt', ['qatar'])).toBeUndefined();
  });

  it('allows a slip for every three letters of a long word, and no more', () => {
    // 12 letters: up to 4 slips.
    expect(nearestName('negotiations', ['negotiaxxxxs'])).toBe('negotiaxxxxs');
    expect(nearestName('negotiations', ['negotxxxxxns'])).toBeUndefined();
  });

  it('prefers the nearest name, and the first of equally near ones', () => {
    expect(nearestName('egypr', ['israel', 'egypt', 'egyptian'])).toBe('egypt');
    expect(nearestName('cat', ['bat', 'cab'])).toBe('bat');
  });

  it('finds nothing among no names', () => {
    expect(nearestName('hamas', [])).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('is a phrase naming the nearest name', () => {
    expect(didYouMean('hamass', ['hamas', 'israel'])).toBe(' (did you mean "hamas"?)');
  });

  it('is empty when no name is near', () => {
    expect(didYouMean('hezbollah', ['hamas', 'israel'])).toBe('');
  });
});
