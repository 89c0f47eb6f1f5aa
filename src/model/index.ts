/** The truce statechart and everything needed to step it. Pure: no files, no console. */
export { truceMachine } from './machine.js';
export * from './context.js';
export * from './events.js';
export * from './parties.js';
export * from './terms.js';
export * from './refusal.js';
export * from './snapshot.js';
export * from './record.js';
export { step, sendEvent, timeBefore, type StepOutcome } from './step.js';
export { explainRefusal, guardNames } from './explain.js';
export { situationKey } from './situation.js';
export { machineGraph, activeStateIds, type ChartGraph, type ChartRegion, type ChartState, type ChartTransition } from './graph.js';
export { rules, conditions, TIMERS, principalsYetToAccept, dealIsAgreed, agreementInForce, firstDayLapsed, type RuleName } from './guards.js';
export * from './agreement.js';
export { ruleSets, type RuleSetName } from './rule-sets.js';
export { reducers, type ActionName } from './actions.js';
export { type StateMeta } from './state-refusals.js';
export { isRealDate, daysBetween, MAX_COUNT, strictObject, textSchema, lineSchema, wholeNumberSchema, positiveCountSchema, partyIdSchema, isoDateSchema } from './schema-kit.js';
