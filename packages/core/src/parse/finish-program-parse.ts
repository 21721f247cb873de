import type { Program } from "../model/program.js";
import { timingsOf } from "../schedule/compute-timings.js";
import { checkItemFields } from "./check-item-fields.js";
import { checkReferences } from "./check-references.js";
import { checkTimeOrder } from "./check-time-order.js";
import type { ParseResult } from "./parse-result.js";
import { problemAt } from "./problem.js";

/**
 * The checks after a program's shape is known to be right: references between ids, times in
 * the event's zone (DST gaps and overlaps), and a warning for each item of a final schedule
 * that has no time (unless it has a `date` or its time is to be announced). Shared by zod's path and the quick path; no zod in its imports.
 */
export function finishProgramParse(program: Program): ParseResult {
  const references = checkReferences(program);
  const fields = checkItemFields(program);
  const earlyErrors = [...references.errors, ...fields.errors];
  if (earlyErrors.length > 0) {
    return { ok: false, errors: earlyErrors, warnings: [...references.warnings, ...fields.warnings] };
  }
  const timings = timingsOf(program);
  const warnings = [...references.warnings, ...fields.warnings, ...timings.warnings];
  const timeErrors = [...timings.errors, ...checkTimeOrder(program, timings)];
  if (timeErrors.length > 0) return { ok: false, errors: timeErrors, warnings };
  if ((program.event.schedule?.status ?? "final") === "final") {
    program.items.forEach((item, index) => {
      // A dated item and a time to be announced are untimed on purpose, not by oversight.
      const untimedOnPurpose = item.date !== undefined || item.tba?.includes("time") === true;
      if (!timings.items.has(item.id) && !untimedOnPurpose) {
        warnings.push(
          problemAt(
            ["items", index],
            'has no time in a final schedule; it is listed apart as unscheduled (set event.schedule.status to "tentative" if that is intended)',
          ),
        );
      }
    });
  }
  return { ok: true, program, warnings };
}
