/**
 * What people read about the talks, written once: states, events, facts,
 * checks, dates and names. Used by the command line, the handout, the viewer
 * page (bundled for the browser) and play alike. It imports from the model
 * only what runs in a browser without it (party names and roles) and types.
 */
export { plural, partyNames, actorNames, proposalOf, listInWords, capitalised, withoutFinalStop } from './names.js';
export { longDate, count } from './dates.js';
export { REGION_LABELS, words, stateLine, stateSentence, configurationInWords, are, reach } from './states.js';
export { describeEvent, describeTerms } from './events.js';
export { hostagesInWords, proposalInWords, agreementInWords, agreementParts, lapseInWords, crossingsInWords, deathTollInWords, factsInWords } from './facts.js';
export { expectationInWords } from './expectations.js';
export { MOVE_LABELS } from './moves.js';
export { pathInWords } from './context-paths.js';
export { nearestName, didYouMean } from './suggest.js';
export { printable, printableLines } from './printable.js';
