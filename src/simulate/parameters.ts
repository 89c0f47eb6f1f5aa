/**
 * The parameters of a simulation: for each kind of move, the chance that a
 * party the rules allow to make it makes it on a given day. They are the
 * whole of the behaviour a simulation assumes, so each is named after what a
 * party does, not after a mechanism, and each lists the events it stands for.
 * The rules (the statechart) decide who may make a move and when; a parameter
 * only says how likely a party that may is to do so.
 */
import type { EventType } from '../model/index.js';

export interface ParameterSpec {
  /** The events a party makes when it takes this kind of move. */
  events: readonly EventType[];
  /** What the parameter is, in words, for the assumptions schema and the report. */
  description: string;
}

/** Every parameter, in the order files list them and outputs show them. */
export const PARAMETERS = {
  propose: { events: ['PROPOSAL_TABLED'], description: 'a party tables a proposal (mediators included)' },
  counter: { events: ['COUNTER_PROPOSAL'], description: 'a party answers the proposal on the table with a counter-proposal' },
  accept: { events: ['PROPOSAL_ACCEPTED'], description: 'a party accepts the proposal on the table' },
  reject: { events: ['PROPOSAL_REJECTED'], description: 'a party rejects the proposal on the table' },
  stall: { events: ['TALKS_STALLED'], description: 'talks stall' },
  reopen: { events: ['TALKS_OPENED'], description: 'talks reopen after they stalled' },
  implement: { events: ['OPERATION_PAUSED', 'CEASEFIRE_BEGAN'], description: 'a party carries out the agreed pause or ceasefire' },
  release: { events: ['HOSTAGES_RELEASED', 'PRISONERS_RELEASED'], description: 'a party carries out a release the deal in force provides for' },
  extend: { events: ['AGREEMENT_EXTENDED', 'PAUSE_EXTENDED'], description: 'the agreement in force is extended by a day' },
  nextPhase: { events: ['PHASE_BEGAN'], description: 'the next phase of the agreement begins' },
  resume: { events: ['OPERATION_RESUMED'], description: 'a party resumes military operations during a pause or ceasefire' },
  accuse: { events: ['VIOLATION_REPORTED'], description: 'a party claims the other side violated the agreement (a claim, not a finding)' },
  closeCrossing: { events: ['CROSSING_CLOSED'], description: 'a principal closes a crossing' },
  openCrossing: { events: ['CROSSING_OPENED'], description: 'a principal opens a closed crossing' },
} as const satisfies Record<string, ParameterSpec>;

export type ParameterName = keyof typeof PARAMETERS;

export const PARAMETER_NAMES = Object.keys(PARAMETERS) as ParameterName[];

export function isParameterName(name: string): name is ParameterName {
  return Object.hasOwn(PARAMETERS, name);
}

/** Each parameter's daily chance, for every party alike. */
export type ParameterValues = Record<ParameterName, number>;

/**
 * The values one run uses: the shared ones, and where the assumptions name a party, that party's
 * own (a difference between parties is an assumption the file states).
 */
export interface RunParameters {
  shared: ParameterValues;
  byParty: Record<string, Partial<ParameterValues>>;
}

/** The chance that `party` makes a move of kind `name` on a day it may. */
export function chanceOf(parameters: RunParameters, party: string, name: ParameterName): number {
  return parameters.byParty[party]?.[name] ?? parameters.shared[name];
}

/** A parameter as a column of the output: `accept`, or `accept.israel` for a party's own. */
export function parameterKey(name: ParameterName, party?: string): string {
  return party === undefined ? name : `${name}.${party}`;
}

/** Every value of `parameters` by its key, in a fixed order: the shared ones, then each party's. */
export function parameterColumns(parameters: RunParameters): Array<[string, number]> {
  const shared = PARAMETER_NAMES.map((name): [string, number] => [parameterKey(name), parameters.shared[name]]);
  const own = Object.keys(parameters.byParty)
    .sort()
    .flatMap((party) => PARAMETER_NAMES.filter((name) => parameters.byParty[party]![name] !== undefined).map((name): [string, number] => [parameterKey(name, party), parameters.byParty[party]![name]!]));
  return [...shared, ...own];
}
