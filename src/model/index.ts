/** The truce statechart and everything needed to drive it. Pure: no files, no console. */
export { truceMachine, type TruceMachine } from './machine.js';
export * from './context.js';
export * from './events.js';
export * from './parties.js';
export * from './terms.js';
export * from './refusal.js';
export * from './snapshot.js';
export { explainRefusal, guardNames } from './explain.js';
export { rules, conditions, type RuleName } from './guards.js';
export { ruleSets, type RuleSetName } from './rule-sets.js';
export { reducers, type ActionName } from './actions.js';
export { describeEvent, describeTerms } from './describe.js';
export { isRealDate, daysBetween } from './schema-kit.js';
export { sendEvent, type StepOutcome } from './send.js';
