/**
 * Arrows that differ only by their guards: one arrow where the chart writes
 * no guards (the projector's drawing), with a tooltip that still gives each
 * event its own rules; two arrows where the guards are written on them.
 */
import { describe, expect, it } from 'vitest';
import { chartParts } from '../../src/export/chart-parts.js';
import { machineGraph } from '../../src/model/index.js';

const proposalArrows = (guards: boolean) =>
  chartParts(machineGraph(), { guards })
    .regions.find((region) => region.region.id === 'truce.talks')!
    .edges.filter((edge) => edge.events.includes('PROPOSAL_TABLED') || edge.events.includes('COUNTER_PROPOSAL'));

describe('arrows that differ only by their guards', () => {
  it('share one arrow when the guards are not written, its tooltip naming each event with its own rules', () => {
    const [arrow, ...others] = proposalArrows(false);

    expect(others).toEqual([]);
    // Accepting lands in `proposal` too, under rules of its own.
    expect(arrow!.events).toEqual(['PROPOSAL_TABLED', 'COUNTER_PROPOSAL', 'PROPOSAL_ACCEPTED']);
    expect(arrow!.tooltip).toMatch(/^PROPOSAL_TABLED if senderIsKnown and termsAreValid and amendsAnAgreementInForce, or COUNTER_PROPOSAL if senderIsKnown and proposalOnTable and .*, or PROPOSAL_ACCEPTED if .*: any talks state → proposal; /);
  });

  it('keep their own arrows when the guards are written on them', () => {
    expect(proposalArrows(true).map((edge) => edge.events)).toEqual([['PROPOSAL_TABLED'], ['COUNTER_PROPOSAL']]);
  });
});
