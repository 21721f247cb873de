import type { ProgramProblem } from "@lectern/core";
import { html, type TemplateResult } from "lit";

/**
 * The box an element shows instead of data it could not use: a heading and every problem with
 * its path and, for JSON text, its line and column. Never a blank element.
 */
export function renderProblems(heading: string, problems: readonly ProgramProblem[]): TemplateResult {
  return html`<div part="problems" class="problems" role="alert">
    <strong>${heading}</strong>
    <ul>
      ${problems.map(
        (problem) =>
          html`<li>
            <code>${problem.path || "(document)"}</code
            >${problem.line === undefined ? "" : ` (line ${problem.line}, column ${problem.column ?? 1})`}:
            ${problem.message}
          </li>`,
      )}
    </ul>
  </div>`;
}
