import type { SolveProgress } from "@lectern/core";

/**
 * The terminal's progress line for a running solve, e.g.
 * `scheduling… best 250, bound 242, gap 3.2%, 1.4 s`; before the first schedule, `best -`.
 */
export function formatSolveProgress(progress: SolveProgress): string {
  const figure = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : "-");
  const gap = Number.isFinite(progress.gap) ? `${(progress.gap * 100).toFixed(1)}%` : "-";
  return `scheduling… best ${figure(progress.incumbent)}, bound ${figure(progress.bound)}, gap ${gap}, ${progress.elapsed.toFixed(1)} s`;
}
