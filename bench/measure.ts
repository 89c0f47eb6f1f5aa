/**
 * Measuring work for the benchmarks: CPU time (which does not count the time
 * other processes held the CPU), the fastest of a few runs (the least
 * disturbed), and the heap the work left in use.
 */

/** Milliseconds of CPU this process spent (all its threads, the garbage collector's included). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const collectGarbage: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {});

export interface Measured<T> {
  result: T;
  ms: number;
  retainedBytes: number;
}

function measureOnce<T>(work: () => T): Measured<T> {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = cpuMs();
  const result = work();
  const ms = cpuMs() - started;
  collectGarbage();
  return { result, ms, retainedBytes: process.memoryUsage().heapUsed - heapBefore };
}

/** The fastest of `repeats` runs of `work`, with the heap the last run kept. */
export function measure<T>(work: () => T, repeats: number): Measured<T> {
  let best: Measured<T> | undefined;
  for (let repeat = 0; repeat < repeats; repeat++) {
    const run = measureOnce(work);
    if (!best || run.ms < best.ms) best = run;
    else best.retainedBytes = run.retainedBytes;
  }
  return best!;
}

/**
 * The CPU time of one call of `work` once it runs at the speed it settles to: called for
 * `warmMs` of CPU first (V8 compiles hot code with its optimising compiler only after a while,
 * and sooner for work that takes longer), then in `rounds` rounds of at least `roundMs` each, of
 * which the fastest counts. Work of 20 ms and work of 200 ms are so measured alike: a count of
 * calls would warm the short one up for a tenth of the time.
 */
export function measureSettled<T>(work: () => T, { warmMs = 1_000, roundMs = 400, rounds = 5 } = {}): { ms: number; result: T } {
  let result = work();
  const warmUntil = cpuMs() + warmMs;
  while (cpuMs() < warmUntil) result = work();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    collectGarbage();
    const started = cpuMs();
    let calls = 0;
    do {
      result = work();
      calls++;
    } while (cpuMs() - started < roundMs);
    best = Math.min(best, (cpuMs() - started) / calls);
  }
  return { ms: best, result };
}

export const format = {
  ms: (ms: number) => `${ms.toFixed(0).padStart(7)} ms`,
  perStep: (ms: number, steps: number) => `${((ms * 1000) / steps).toFixed(1).padStart(6)} µs`,
  ratio: (ratio: number) => ratio.toFixed(2).padStart(6),
  mb: (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).padStart(7)} MB`,
  steps: (steps: number) => steps.toLocaleString('en-US').padStart(7),
};

/** A goal checked: the figure, the bound, and whether it holds, on one line. */
export function goal(name: string, figure: number, atMost: number): boolean {
  const holds = figure <= atMost;
  console.log(`  ${holds ? 'meets' : 'MISSES'} the goal: ${name} ${figure.toFixed(2)} (at most ${atMost})`);
  return holds;
}
