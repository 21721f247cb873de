import type { ProgramProblem } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import type { UnreadableVersion } from "./previous-version-controller.js";
import type { UiStrings } from "./ui-strings.js";

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

/**
 * The box above what an element shows (the program, the talks, a card's talk) when its previous
 * version could not be read: said, with its problems, rather than quietly marking no change.
 * Nothing when it was read, or there is none. `<schedule-grid>`, `<talk-list>` and
 * `<talk-card>` all draw it, so all three word it alike.
 */
export function renderUnreadableVersion(
  unreadable: UnreadableVersion | undefined,
  strings: Pick<UiStrings, "previousUnreadable">,
): TemplateResult | typeof nothing {
  return unreadable
    ? renderProblems(strings.previousUnreadable(unreadable.source, unreadable.problems.length), unreadable.problems)
    : nothing;
}
