// No zod here: the generated quick check (parse/program-as-is.generated.ts) imports this, and
// a page that loads a valid program never needs more.
import { readDateText, readDateTimeText } from "../time/date-time-text.js";
import { describeYearProblem } from "../time/program-years.js";
import { isValidTimeZone } from "../time/zoned-time.js";
import { describeValue } from "./describe-value.js";
import { findNonJson } from "./json-value.js";
import { isSafeUrl } from "./safe-url.js";

/**
 * The model's field checks that are not a pattern or a bound: each says what is wrong with a
 * value, or `undefined` when nothing is. The zod schemas run them through `fieldCheck` (so a
 * problem's message comes from here), and the generated quick check calls the very same
 * functions, so the two cannot disagree about a date, a zone or an address.
 */
export const fieldProblems = {
  /** A local date-time or an instant with an offset (`2026-04-27T09:10`, `…T12:10Z`), in `programYears`. */
  dateTimeText(value: string): string | undefined {
    const read = readDateTimeText(value);
    return read.form === "invalid" ? read.problem : describeYearProblem(value);
  },

  /** A calendar date, `YYYY-MM-DD`, in `programYears`. */
  dateText(value: string): string | undefined {
    const read = readDateText(value);
    return read.ok ? describeYearProblem(value) : read.problem;
  },

  /** A whole day or a moment (an important date: a deadline at 23:59 AoE). */
  dateOrDateTimeText(value: string): string | undefined {
    return value.includes("T") ? fieldProblems.dateTimeText(value) : fieldProblems.dateText(value);
  },

  /** An IANA time zone name. */
  timeZone(value: string): string | undefined {
    return isValidTimeZone(value)
      ? undefined
      : `${JSON.stringify(value)} is not an IANA time zone; expected a name such as "Europe/Berlin" or "America/Sao_Paulo"`;
  },

  /** An absolute `http:`, `https:` or `mailto:` address. */
  webAddress(value: string): string | undefined {
    return isSafeUrl(value)
      ? undefined
      : `${JSON.stringify(value)} is not a web address; expected an absolute http://, https:// or mailto: URL`;
  },

  /** A plain JSON object (free-form `extra` data). */
  jsonObject(value: unknown): string | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return `expected an object, found ${describeValue(value)}`;
    return findNonJson(value);
  },
} as const;

/** The name of one of the model's field checks. */
export type FieldProblemName = keyof typeof fieldProblems;
