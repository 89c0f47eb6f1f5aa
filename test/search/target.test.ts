import { describe, expect, it } from 'vitest';
import { REGION_STATES, REGIONS } from '../../src/model/index.js';
import { describeTarget, parseTarget, reachesTarget } from '../../src/search/index.js';

describe('parseTarget', () => {
  it('reads region=state', () => {
    expect(parseTarget(['operations=resumed'])).toEqual({ ok: true, value: { operations: 'resumed' } });
  });

  it('reads a bare state name as the one region that has it', () => {
    expect(parseTarget(['pausedForRelease', 'talks=accepted'])).toEqual({ ok: true, value: { operations: 'pausedForRelease', talks: 'accepted' } });
  });

  it('reads every state of every region', () => {
    for (const region of REGIONS) {
      for (const state of REGION_STATES[region]) expect(parseTarget([`${region}=${state}`])).toEqual({ ok: true, value: { [region]: state } });
    }
  });

  it('suggests the region meant for a misspelt one', () => {
    expect(parseTarget(['operation=resumed'])).toEqual({ ok: false, problems: [{ code: 'invalid', message: 'unknown region "operation"; did you mean "operations"? (regions: talks, operations, access, agreement)' }] });
  });

  it('reads the agreement region\'s states, alone too', () => {
    expect(parseTarget(['agreement=lapsed'])).toEqual({ ok: true, value: { agreement: 'lapsed' } });
    expect(parseTarget(['broken', 'operations=resumed'])).toEqual({ ok: true, value: { agreement: 'broken', operations: 'resumed' } });
    expect(parseTarget(['agreement=lapse'])).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('unknown state "lapse" for agreement; did you mean "lapsed"?') }] });
    expect(parseTarget(['agreement=infrce'])).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('did you mean "inForce"?') }] });
  });

  it('suggests the state meant, by spelling or by its beginning', () => {
    expect(parseTarget(['operations=resumd'])).toMatchObject({ ok: false, problems: [{ code: 'invalid', message: expect.stringContaining('unknown state "resumd" for operations; did you mean "resumed"?') }] });
    expect(parseTarget(['operations=paused'])).toMatchObject({ ok: false, problems: [{ code: 'invalid', message: expect.stringContaining('did you mean "pausedForRelease"?') }] });
  });

  it('refuses a state of another region', () => {
    expect(parseTarget(['talks=resumed'])).toMatchObject({ ok: false, problems: [{ code: 'invalid', message: expect.stringContaining('states of talks: idle, proposal, accepted, rejected, stalled') }] });
  });

  it('refuses two states for one region', () => {
    expect(parseTarget(['talks=accepted', 'talks=stalled'])).toEqual({ ok: false, problems: [{ code: 'invalid', message: 'talks cannot be both accepted and stalled; give one state per region' }] });
  });

  it('asks for a target when none is given', () => {
    expect(parseTarget([])).toMatchObject({ ok: false, problems: [{ code: 'invalid', message: expect.stringContaining('--to region=state') }] });
  });

  it('shows the = for a region and state joined by a colon, a dot or a slash', () => {
    for (const spec of ['agreement:lapsed', 'agreement.lapsed', 'agreement / lapsed']) {
      expect(parseTarget([spec])).toEqual({ ok: false, problems: [{ code: 'invalid', message: `"${spec}" is not a target; write it with =: agreement=lapsed` }] });
    }
  });

  it('refuses text that is no target at all', () => {
    expect(parseTarget(['a=b=c'])).toMatchObject({ ok: false, problems: [{ code: 'invalid', message: expect.stringContaining('is not a target') }] });
  });
});

describe('reachesTarget', () => {
  it('holds when every region named is in its state, whatever the others', () => {
    const value = { talks: 'accepted', operations: 'pausedForRelease', access: 'closed', agreement: 'inForce' } as const;
    expect(reachesTarget(value, { operations: 'pausedForRelease' })).toBe(true);
    expect(reachesTarget(value, { operations: 'pausedForRelease', talks: 'proposal' })).toBe(false);
  });

  it('is described in region order', () => {
    expect(describeTarget({ operations: 'resumed', talks: 'accepted' })).toBe('talks=accepted, operations=resumed');
  });
});
