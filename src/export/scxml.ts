/**
 * The statechart as W3C SCXML: the machine a `<parallel>`, each region a
 * `<state>` with its states inside, every transition where it is declared
 * (as in XState: on the machine, a region, or a state), its guards as `cond`
 * joined with `&&`. A transition that changes no state has no `target`; an
 * eventless one has no `event`.
 */
import { escapeXml } from './escape.js';
import type { ChartGraph, ChartTransition } from '../model/index.js';

function transitionElement(transition: ChartTransition, indent: string): string {
  const attributes = [
    ...(transition.event === null ? [] : [`event="${escapeXml(transition.event)}"`]),
    ...(transition.guards.length > 0 ? [`cond="${escapeXml(transition.guards.join(' && '))}"`] : []),
    ...(transition.target === null ? [] : [`target="${escapeXml(transition.target)}"`]),
  ];
  return `${indent}<transition ${attributes.join(' ')}/>`;
}

/**
 * Writes the chart graph as an SCXML document.
 * @example toScxml(machineGraph()).includes('<parallel id="truce">') // true
 */
export function toScxml(graph: ChartGraph): string {
  const declaredOn = (id: string, indent: string) =>
    graph.transitions.filter((transition) => transition.declaredOn === id).map((transition) => transitionElement(transition, indent));
  const regions = graph.regions.flatMap((region) => [
    `    <state id="${escapeXml(region.id)}" initial="${escapeXml(`${region.id}.${region.initial}`)}">`,
    ...declaredOn(region.id, '      '),
    ...region.states.flatMap((state) => {
      const transitions = declaredOn(state.id, '        ');
      return transitions.length === 0
        ? [`      <state id="${escapeXml(state.id)}"/>`]
        : [`      <state id="${escapeXml(state.id)}">`, ...transitions, '      </state>'];
    }),
    '    </state>',
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0" name="${escapeXml(graph.id)}" initial="${escapeXml(graph.id)}">`,
    `  <parallel id="${escapeXml(graph.id)}">`,
    ...declaredOn(graph.id, '    '),
    ...regions,
    '  </parallel>',
    '</scxml>',
    '',
  ].join('\n');
}
