/**
 * Checks a scenario for what a schema cannot see: references to parties,
 * sources and steps that exist, ids used once, dates that never go backwards,
 * a start the statechart can be in, and inferred steps explained. It works on
 * the well-formed parts of the file (see salvage.ts), so it can run even when
 * other parts have problems.
 */
import type { Finding, IssuePath } from '../files/index.js';
import { addDays, agreedDays, daysUntil, findParty, givesCeasefire, givesPause, idsOf, isPrincipal, phaseCount } from '../model/index.js';
import { didYouMean } from '../words/index.js';
import type { SalvagedSteps, ScenarioParts } from './salvage.js';
import type { ScenarioInitial } from './schema.js';

export function checkScenario(parts: ScenarioParts): Finding[] {
  return [
    ...checkUniqueIds(parts),
    ...checkParties(parts),
    ...(parts.initial ? checkInitial(parts.initial) : []),
    ...checkSteps(parts, parts.steps, ['steps'], parts.initial?.date),
    ...checkBranches(parts),
  ].map((finding) => ({ code: 'inconsistent', ...finding }));
}

type Indexed<T> = Array<T | undefined>;

function duplicates<T>(items: Indexed<T>, idOf: (item: T) => string, path: IssuePath, what: string): Finding[] {
  const firstIndex = new Map<string, number>();
  const findings: Finding[] = [];
  items.forEach((item, index) => {
    if (item === undefined) return;
    const id = idOf(item);
    const earlier = firstIndex.get(id);
    if (earlier === undefined) firstIndex.set(id, index);
    else findings.push({ path: [...path, index, 'id'], message: `${what} id "${id}" is used twice (first at ${String(path.at(-1))}[${earlier}]); ids must be unique` });
  });
  return findings;
}

function stepIdsOf(steps: SalvagedSteps): string[] {
  return steps.flatMap((step) => (step ? [step.id] : []));
}

function checkUniqueIds(parts: ScenarioParts): Finding[] {
  const findings = [
    ...duplicates(parts.sources ?? [], (source) => source.id, ['sources'], 'source'),
    ...duplicates(parts.parties ?? [], (party) => party.id, ['parties'], 'party'),
    ...duplicates(parts.steps, (step) => step.id, ['steps'], 'step'),
    ...duplicates(parts.branches, (branch) => branch.id, ['branches'], 'branch'),
  ];
  const trunkIds = new Set(stepIdsOf(parts.steps));
  parts.branches.forEach((branch, b) => {
    if (!branch) return;
    findings.push(...duplicates(branch.steps, (step) => step.id, ['branches', b, 'steps'], 'step'));
    branch.steps.forEach((step, s) => {
      if (step && trunkIds.has(step.id)) {
        findings.push({ path: ['branches', b, 'steps', s, 'id'], message: `step id "${step.id}" is already a step of the main line; a branch's steps need their own ids` });
      }
    });
  });
  return findings;
}

function checkParties({ parties }: ScenarioParts): Finding[] {
  if (!parties || parties.some(isPrincipal)) return [];
  return [{ path: ['parties'], message: 'no principal party: at least one party must have role principal (mediators and guarantors cannot make a deal in force)' }];
}

function checkInitial(initial: ScenarioInitial): Finding[] {
  const findings: Finding[] = [];
  const { state, hostages, crossings = {} } = initial;
  if (hostages.deceased > hostages.held) {
    findings.push({ path: ['initial', 'hostages', 'deceased'], message: `${hostages.deceased} dead cannot be more than the ${hostages.held} held (held counts the dead too)` });
  }
  if (state.talks !== 'idle' && state.talks !== 'stalled') {
    findings.push({ path: ['initial', 'state', 'talks'], message: `a scenario starts with no proposal on the table: talks idle or stalled, not ${state.talks}; table the proposal in a first step` });
  }
  findings.push(...checkInitialAgreement(initial));
  const closed = Object.keys(crossings).filter((name) => crossings[name] === 'closed');
  if (state.access === 'closed' && closed.length === 0) {
    findings.push({ path: ['initial', 'state', 'access'], message: 'access is closed, but no crossing is closed; name it under initial.crossings (e.g. Rafah: closed)' });
  }
  if (state.access === 'open' && closed.length > 0) {
    findings.push({ path: ['initial', 'state', 'access'], message: `access is open, but initial.crossings has ${closed.join(', ')} closed; access is closed while any crossing is` });
  }
  return findings;
}

/** A run may start inside a deal: `initial.agreement`, with operations paused or in a ceasefire under it. */
function checkInitialAgreement(initial: ScenarioInitial): Finding[] {
  const { state, agreement } = initial;
  const findings: Finding[] = [];
  const quiet = state.operations === 'pausedForRelease' || state.operations === 'ceasefire';
  if (quiet && !agreement) {
    findings.push({
      path: ['initial', 'state', 'operations'],
      message: `operations start ${state.operations} only under an agreement in force: give it under initial.agreement (terms, since), or replay the deal that made it in the steps`,
    });
  }
  if (state.agreement !== undefined && state.agreement !== (agreement ? 'inForce' : 'none')) {
    findings.push({
      path: ['initial', 'state', 'agreement'],
      message: agreement ? `with initial.agreement, the agreement starts inForce, not ${state.agreement}` : `the agreement starts inForce only with initial.agreement (terms, since); without it, none`,
    });
  }
  if (!agreement) return findings;
  const phases = phaseCount(agreement.terms);
  if (agreement.phase !== undefined && agreement.phase > phases) {
    findings.push({ path: ['initial', 'agreement', 'phase'], message: `the agreement has ${phases} phase${phases === 1 ? '' : 's'}: it cannot start in phase ${agreement.phase}` });
  }
  if (state.operations === 'pausedForRelease' && !givesPause(agreement.terms)) {
    findings.push({ path: ['initial', 'state', 'operations'], message: 'operations start paused for release, but the agreement gives no pause: its terms need pauseDays' });
  }
  if (state.operations === 'ceasefire' && !givesCeasefire(agreement.terms, agreement.phase ?? 1)) {
    findings.push({ path: ['initial', 'state', 'operations'], message: 'operations start in a ceasefire, but the agreement gives none: its terms need ceasefireDays, days for its phase, or lastingCeasefire: true' });
  }
  if (agreement.since !== undefined && initial.date !== undefined) {
    if (agreement.since > initial.date) {
      findings.push({ path: ['initial', 'agreement', 'since'], message: `the agreement's days cannot begin (${agreement.since}) after the run starts (initial.date ${initial.date})` });
    } else if (quiet) {
      const days = agreedDays(agreement.terms, agreement.phase ?? 1, state.operations === 'ceasefire' ? 'ceasefire' : 'pause');
      const endDay = days === null ? null : addDays(agreement.since, days);
      if (endDay !== null && daysUntil(endDay, initial.date) > 0) {
        findings.push({ path: ['initial', 'agreement', 'since'], message: `the agreement's days ran out on ${endDay}, before the run starts (initial.date ${initial.date}): it is not in force then` });
      }
    }
  }
  return findings;
}

function checkSteps(parts: ScenarioParts, steps: SalvagedSteps, path: IssuePath, notBefore: string | undefined): Finding[] {
  const findings: Finding[] = [];
  let previous = notBefore;
  steps.forEach((step, index) => {
    if (!step) return;
    const at = [...path, index];
    if (previous !== undefined && step.date < previous) {
      findings.push({ path: [...at, 'date'], message: `date ${step.date} goes backwards (the step before is dated ${previous}); steps must be in date order` });
    }
    if (previous === undefined || step.date > previous) previous = step.date;

    // Who acts, and who makes a claim: one party, or several together; each must be a party of the scenario.
    for (const field of ['by', 'claimant'] as const) {
      const named = (step.event as Partial<Record<typeof field, unknown>>)[field];
      if (!parts.parties || named === undefined) continue;
      const partyIds = parts.parties.map((party) => party.id);
      idsOf(named).forEach((id, position) => {
        if (findParty(parts.parties!, id)) return;
        const where = Array.isArray(named) ? [...at, 'event', field, position] : [...at, 'event', field];
        findings.push({ path: where, message: `unknown party "${id}"${didYouMean(id, partyIds)}; known parties: ${partyIds.join(', ')}` });
      });
    }
    if (parts.sources) {
      const sourceIds = parts.sources.map((source) => source.id);
      const cited = step.source === undefined ? [] : [step.source].flat();
      cited.forEach((source, s) => {
        if (!sourceIds.includes(source)) {
          const where = Array.isArray(step.source) ? [...at, 'source', s] : [...at, 'source'];
          findings.push({ path: where, message: `unknown source "${source}"${didYouMean(source, sourceIds)}; known sources: ${sourceIds.join(', ')}` });
        }
      });
    }
    if (step.inferred === true && step.note === undefined) {
      findings.push({ path: [...at, 'inferred'], message: 'an inferred step needs a note saying what it rests on (add note: ...)', at: 'key' });
    }
    if (step.expect?.refused === false && step.expect.refusal !== undefined) {
      findings.push({ path: [...at, 'expect', 'refusal'], message: 'expect.refusal names a reason for refusing, but expect.refused is false' });
    }
  });
  return findings;
}

function checkBranches(parts: ScenarioParts): Finding[] {
  const stepIds = parts.steps.map((step) => step?.id);
  const known = stepIdsOf(parts.steps);
  return parts.branches.flatMap((branch, b) => {
    if (!branch) return [];
    const forkIndex = stepIds.indexOf(branch.from);
    if (forkIndex === -1) {
      // A step that is malformed may still be the one meant: only complain when no step could be.
      if (parts.steps.some((step) => step === undefined)) return [];
      return [{ path: ['branches', b, 'from'], message: `unknown step "${branch.from}"${didYouMean(branch.from, known)}; a branch starts after a step of the main line (steps: ${known.join(', ')})` }];
    }
    return checkSteps(parts, branch.steps, ['branches', b, 'steps'], parts.steps[forkIndex]!.date);
  });
}
