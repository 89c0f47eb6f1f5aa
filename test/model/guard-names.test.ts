/** guardNames: the names of the rules a transition's guard checks, in the order it checks them. */
import { and } from 'xstate';
import { describe, expect, it } from 'vitest';
import { guardNames } from '../../src/model/index.js';

describe('guardNames', () => {
  it('is empty for a transition without a guard', () => {
    expect(guardNames(undefined)).toEqual([]);
  });

  it('is the name itself for a guard given by name', () => {
    expect(guardNames('proposalOnTable')).toEqual(['proposalOnTable']);
  });

  it('opens a rule set into its rules, in the order they are asked', () => {
    expect(guardNames('mayPauseForRelease')).toEqual(['senderIsKnown', 'senderIsPrincipal', 'pauseNotYetUsedForDeal', 'agreementInForce', 'dealGivesPause']);
  });

  it('flattens and([...]) guards, nested ones included, keeping their order', () => {
    expect(guardNames(and(['senderIsKnown', and(['senderIsPrincipal', 'agreementInForce']), 'dealGivesPause']))).toEqual([
      'senderIsKnown',
      'senderIsPrincipal',
      'agreementInForce',
      'dealGivesPause',
    ]);
  });

  it('reads the type of a guard written as an object', () => {
    expect(guardNames({ type: 'crossingIsOpen', params: { crossing: 'Rafah' } })).toEqual(['crossingIsOpen']);
  });

  it('is empty for anything else', () => {
    expect(guardNames(null)).toEqual([]);
    expect(guardNames(42)).toEqual([]);
    expect(guardNames({ name: 'not a guard' })).toEqual([]);
  });
});
