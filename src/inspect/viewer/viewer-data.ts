/**
 * What the viewer page is given: the scenario's words, and the replay of the
 * main line and of every what-if branch. Replayed here, on the server, by the
 * same `replayScenario` as `truce run`, so the page shows exactly its traces.
 * The page imports these types only (`import type`), never this code.
 */
import type { Party } from '../../model/index.js';
import { replayScenario, type Scenario, type Trace } from '../../scenario/index.js';

export interface ViewerSource {
  id: string;
  title: string;
  url?: string;
  date?: string;
}

/** One line of events to watch: the main line (`branch: null`) or a what-if branch. */
export interface ViewerLine {
  branch: string | null;
  title: string;
  summary: string | null;
  /** For a branch: the main-line step it starts after. */
  from: string | null;
  trace: Trace;
}

export interface ViewerData {
  /** The statechart's id: state elements in the chart are `data-state-id="<machineId>.<region>.<state>"`. */
  machineId: string;
  scenario: {
    id: string;
    title: string;
    summary: string;
    sources: ViewerSource[];
    parties: Party[];
    initialNote: string | null;
  };
  /** The main line first, then each branch in the file's order. */
  lines: ViewerLine[];
  /** The line shown first: null for the main line, else a branch id. */
  initialBranch: string | null;
  /** A `truce run --inspect` WebSocket to follow, or null. */
  live: string | null;
  /** Open in projector mode (`truce view --projector`). */
  projector: boolean;
}

export interface ViewerDataOptions {
  machineId: string;
  branch?: string;
  live?: string;
  projector?: boolean;
}

/**
 * Replays the main line and every branch of `scenario` for the viewer;
 * `options.branch`, when given, is a branch of the scenario (see `findBranch`).
 * @example buildViewerData(scenario, { machineId: 'truce', branch: 'pause-for-release' })
 */
export function buildViewerData(scenario: Scenario, options: ViewerDataOptions): ViewerData {
  const branches = scenario.branches ?? [];
  const mainLine: ViewerLine = { branch: null, title: 'What happened', summary: scenario.summary, from: null, trace: replayScenario(scenario) };
  const branchLines = branches.map(
    (branch): ViewerLine => ({
      branch: branch.id,
      title: branch.title,
      summary: branch.summary ?? null,
      from: branch.from,
      trace: replayScenario(scenario, { branch: branch.id }),
    }),
  );
  return {
    machineId: options.machineId,
    scenario: {
      id: scenario.id,
      title: scenario.title,
      summary: scenario.summary,
      sources: scenario.sources.map((source) => ({ ...source })),
      parties: scenario.parties.map((party) => ({ ...party })),
      initialNote: scenario.initial.note ?? null,
    },
    lines: [mainLine, ...branchLines],
    initialBranch: options.branch ?? null,
    live: options.live ?? null,
    projector: options.projector ?? false,
  };
}
