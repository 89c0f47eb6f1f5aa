/**
 * Setup for the mutation-testing run only (vitest.stryker.config.ts): every
 * property runs from the same seed, so a mutant's fate does not depend on luck.
 * Override with FC_SEED to try another.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_240_506) });
