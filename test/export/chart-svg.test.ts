import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawChartSvg } from '../../src/export/chart-draw.js';
import { layoutChart, type Box, type ChartLayout } from '../../src/export/chart-layout.js';
import { LINE_STYLES, linesWidth } from '../../src/export/chart-metrics.js';
import { renderChartSvg } from '../../src/export/chart-svg.js';
import { machineGraph, TIMERS } from '../../src/model/index.js';

const graph = machineGraph();
const allStateIds = graph.regions.flatMap((region) => region.states.map((state) => state.id));
let layout: ChartLayout;

beforeAll(async () => {
  layout = await layoutChart(graph);
});

function activeIds(svg: string): string[] {
  return [...svg.matchAll(/<g class="node state active" data-state-id="([^"]+)"/g)].map((match) => match[1]!).sort();
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('the chart SVG', () => {
  it('is the same, byte for byte, every time it is rendered', async () => {
    const options = { active: ['truce.talks.proposal'], title: 'Same' };
    expect(await renderChartSvg(graph, options)).toBe(await renderChartSvg(graph, options));
  });

  it('draws every state of the machine once, with its id and its name', () => {
    const svg = drawChartSvg(layout);
    for (const region of graph.regions) {
      for (const state of region.states) {
        const drawn = svg.match(new RegExp(`<g class="node state" data-state-id="${state.id.replace(/\./g, '\\.')}">.*?</g>`, 'g')) ?? [];
        expect(drawn, state.id).toHaveLength(1);
        expect(drawn[0]).toContain(`>${state.name}</text>`);
      }
    }
  });

  it('marks exactly the active states, whichever they are', () => {
    fc.assert(
      fc.property(fc.subarray(allStateIds), (active) => {
        expect(activeIds(drawChartSvg(layout, { active }))).toEqual([...active].sort());
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it('shows any title as text, escaped', () => {
    const textElements = drawChartSvg(layout, { title: 'x' }).match(/<text /g)!.length;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (title) => {
        const svg = drawChartSvg(layout, { title });
        const shown = /<title>([^<]*)<\/title>/.exec(svg)?.[1];
        expect(unescape(shown!)).toBe(title);
        expect(svg.match(/<text /g)).toHaveLength(textElements);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it('refers to nothing outside itself', () => {
    const svg = drawChartSvg(layout, { title: 'offline' });
    const urls = [...svg.matchAll(/https?:\/\/[^"'\s)]+/g)].map((match) => match[0]);
    expect(urls).toEqual(['http://www.w3.org/2000/svg']);
    expect(svg).not.toMatch(/href=|@import|<image|<script/);
    expect([...svg.matchAll(/url\(([^)]*)\)/g)].every((match) => match[1]!.startsWith('#'))).toBe(true);
  });

  it('draws every transition that changes state as an arrow with its event, and lists the others with their box', () => {
    for (const transition of graph.transitions) {
      const onRegion = graph.regions.some((region) => region.id === transition.declaredOn);
      const source = onRegion ? `${transition.declaredOn}#any` : transition.declaredOn;
      if (transition.target !== null) {
        const edge = layout.edges.find(
          (candidate) =>
            candidate.sourceKey === source &&
            candidate.targetKey === transition.target &&
            // Two eventless arrows may join the same states under different conditions (inForce → lapsed): the guards tell them apart.
            (transition.event === null ? candidate.kind === 'always' && candidate.guards.join() === transition.guards.join() : candidate.events.includes(transition.event)),
        );
        expect(edge, `${transition.event} ${source} → ${transition.target}`).toBeDefined();
        expect(edge!.guards).toEqual(transition.guards);
      } else {
        const box = layout.nodes.find((node) => node.key === source);
        const texts = (box ? box.internal : layout.anywhere!.items.flatMap((item) => item.lines)).map((line) => line.text);
        expect(texts, `${transition.event} in ${source}`).toContain(transition.event);
      }
    }
  });

  it('labels eventless transitions with the guard they wait for, and a timer with the time it waits', () => {
    const always = layout.edges.filter((edge) => edge.kind === 'always');
    expect(always.length).toBe(graph.transitions.filter((transition) => transition.event === null).length);
    for (const edge of always) {
      const timer = edge.guards.length === 1 ? TIMERS[edge.guards[0] as keyof typeof TIMERS] : undefined;
      expect(edge.label!.lines.map((line) => line.text).join(' ')).toBe(timer ?? `when ${edge.guards.join(' and ')}`);
    }
    const lapse = always.find((edge) => edge.sourceKey === 'truce.agreement.inForce' && edge.targetKey === 'truce.agreement.lapsed' && edge.guards.includes('agreedDaysRanOut'));
    expect(lapse!.label!.lines.map((line) => line.text).join(' ')).toBe('after the agreed days');
  });

  it('draws the agreement region with its four states and how it moves between them', () => {
    const agreement = graph.regions.find((region) => region.id === 'truce.agreement')!;
    expect(agreement.states.map((state) => state.name)).toEqual(['none', 'inForce', 'lapsed', 'broken']);
    expect(layout.regions.map((region) => region.id)).toContain('truce.agreement');
    const arrows = layout.edges.filter((edge) => edge.region === 'truce.agreement' && edge.kind !== 'initial').map((edge) => `${edge.sourceKey.split('.').pop()} → ${edge.targetKey.split('.').pop()}`);
    expect(new Set(arrows)).toEqual(new Set(['none → inForce', 'inForce → inForce', 'inForce → lapsed', 'inForce → broken', 'lapsed → inForce', 'broken → inForce']));
    const svg = drawChartSvg(layout);
    expect(svg).toContain('data-region-id="truce.agreement"');
    expect(svg).toContain('>after the agreed days</text>');
  });

  it('puts regions side by side where two fit in the chart\'s width, and no region on another', () => {
    const clashes = layout.regions.flatMap((a, index) => layout.regions.slice(index + 1).filter((b) => overlaps(a, b)).map((b) => `${a.id} × ${b.id}`));
    expect(clashes).toEqual([]);
    const access = layout.regions.find((region) => region.id === 'truce.access')!;
    const agreement = layout.regions.find((region) => region.id === 'truce.agreement')!;
    expect(agreement.y).toBe(access.y);
    expect(agreement.x).toBeGreaterThan(access.x + access.width);
    // Wider than tall, so a screen can show it whole.
    expect(layout.width).toBeGreaterThan(layout.height);
    for (const region of layout.regions) expect(region.x + region.width).toBeLessThanOrEqual(layout.width - 16);
    if (layout.anywhere) for (const region of layout.regions) expect(layout.anywhere.y).toBeGreaterThan(region.y + region.height);
  });

  it('places no box or label on top of another', () => {
    const boxes = [
      ...layout.nodes.map((node) => ({ name: node.key, box: node as Box })),
      ...layout.edges.flatMap((edge) => (edge.label ? [{ name: `label of ${edge.key}`, box: edge.label as Box }] : [])),
    ];
    const clashes = boxes.flatMap((a, index) => boxes.slice(index + 1).filter((b) => overlaps(a.box, b.box)).map((b) => `${a.name} × ${b.name}`));
    expect(clashes).toEqual([]);
  });

  it('keeps every region inside the chart and every box inside its region', () => {
    for (const region of layout.regions) {
      expect(region.x + region.width).toBeLessThanOrEqual(layout.width);
      for (const node of layout.nodes.filter((candidate) => candidate.region === region.id)) {
        expect(node.x).toBeGreaterThanOrEqual(region.x);
        expect(node.y).toBeGreaterThanOrEqual(region.y);
        expect(node.x + node.width).toBeLessThanOrEqual(region.x + region.width);
        expect(node.y + node.height).toBeLessThanOrEqual(region.y + region.height);
      }
    }
  });

  it('makes each box wide enough for its text', () => {
    for (const node of layout.nodes.filter((candidate) => candidate.kind !== 'initial')) {
      const title = { text: node.title, kind: node.kind === 'anyState' ? ('anyState' as const) : ('state' as const) };
      expect(linesWidth([title, ...node.internal]), node.key).toBeLessThan(node.width);
    }
    for (const edge of layout.edges) if (edge.label) expect(linesWidth(edge.label.lines), edge.key).toBeLessThan(edge.label.width);
    expect(LINE_STYLES.guard.fontSize).toBeLessThan(LINE_STYLES.event.fontSize);
  });
});
