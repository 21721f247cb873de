// What the core benchmarks share: how many runs (BENCH_RUNS, 9 by default) and the median
// wall time of a step after two warm-up runs.

/** Timed runs per figure: `BENCH_RUNS`, else 9. */
export const runs = Number(process.env.BENCH_RUNS ?? 9);

/** The median of `values`. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median milliseconds of `run` over `runs` runs after two warm-ups; `run` returns truthy, or the bench fails. */
export function time(run) {
  const times = [];
  for (let index = 0; index < runs + 2; index += 1) {
    const start = performance.now();
    if (!run()) throw new Error("benchmark step failed");
    if (index >= 2) times.push(performance.now() - start);
  }
  return median(times);
}
