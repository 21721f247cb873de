import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { asObject } from "./json-values.js";
import { describeNonText } from "./read-input.js";
import { withoutByteOrderMark } from "../text/byte-order-mark.js";
import { readWrittenDate, writtenDateFormats, type WrittenDateFormat } from "../time/read-written-date.js";

/** Options of {@link importDateList}. */
export interface DateListOptions {
  /** How the list writes its dates. Required: a list is never guessed from its values. */
  readonly format: WrittenDateFormat;
}

const isWrittenDateFormat = (value: unknown): value is WrittenDateFormat =>
  (writtenDateFormats as readonly unknown[]).includes(value);

/** The dates of a list as YYYY-MM-DD, in date order, or every line that could not be read. */
export type DateListResult =
  | { readonly ok: true; readonly dates: readonly string[]; readonly warnings: readonly ProgramProblem[] }
  | { readonly ok: false; readonly errors: readonly ProgramProblem[]; readonly warnings: readonly ProgramProblem[] };

/**
 * Reads a human list of meeting dates (one per line, as pasted from a web page or a
 * spreadsheet column; blank lines and lines starting with `#` are skipped) into the ISO dates
 * a series' `dates` holds. The format must be named: `04/03/2026` is April 3 in one country
 * and March 4 in another, so a missing format is an error even when every date would happen to
 * read one way. Every problem names its line; a repeated date is a warning. Never throws.
 */
export function importDateList(text: string | unknown, options: DateListOptions): DateListResult {
  const notText = describeNonText(text);
  if (notText !== undefined) return { ok: false, errors: [problemAt([], notText)], warnings: [] };
  const format: unknown = asObject(options)?.format;
  if (!isWrittenDateFormat(format)) {
    const problem = problemAt(
      [],
      `${format === undefined ? "needs its date format" : `has an unknown date format ${typeof format === "string" ? `"${format}"` : `(a ${typeof format})`}`}: say how the dates are written (${writtenDateFormats.join(", ")}); 04/03/2026 is April 3 in one country and March 4 in another`,
    );
    return { ok: false, errors: [problem], warnings: [] };
  }
  const errors: ProgramProblem[] = [];
  const warnings: ProgramProblem[] = [];
  const firstLineOf = new Map<string, number>();
  withoutByteOrderMark(text as string)
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const value = raw.trim();
      if (value === "" || value.startsWith("#")) return;
      const column = raw.indexOf(value) + 1;
      const read = readWrittenDate(value, format);
      if (!read.ok) return void errors.push({ ...problemAt([], read.problem), line, column });
      const seen = firstLineOf.get(read.date);
      if (seen !== undefined)
        return void warnings.push({
          ...problemAt([], `${read.date} is listed again (first on line ${seen})`),
          line,
          column,
        });
      firstLineOf.set(read.date, line);
    });
  if (errors.length > 0) return { ok: false, errors, warnings };
  if (firstLineOf.size === 0) return { ok: false, errors: [problemAt([], "has no dates (one per line)")], warnings };
  return { ok: true, dates: [...firstLineOf.keys()].sort(), warnings };
}
