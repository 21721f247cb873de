import { toC3voc } from "../../src/export/to-c3voc.js";
import { toFrabXml } from "../../src/export/to-frab-xml.js";
import { toICalendar } from "../../src/export/to-icalendar.js";
import { jsonLdScriptText, toJsonLd } from "../../src/export/to-json-ld.js";
import { findImporter, importers } from "../../src/import/importers.js";
import type { Importer, ImportOptionValues } from "../../src/import/importer.js";
import { serializeProgram } from "../../src/parse/serialize-program.js";
import type { ProgramProblem } from "../../src/parse/problem.js";
import { formatPath } from "../../src/parse/problem.js";
import { resolveSchedule } from "../../src/schedule/resolve-schedule.js";
import { c3vocErrors, frabXmlErrors, iCalendarErrors, jsonLdErrors, programJsonErrors } from "./oracles.js";
import { mutateText, seededRandom } from "./mutate-text.js";
import type { RealFile } from "./real-files.js";

// Test helper: one case of the import/export property test, from a seed: a real file,
// mutated, read by its importer (and now and then by another one), and every export of what
// it read checked by its oracle. Pure of the test runner, so the fuzz script runs it too.

/** What one case found wrong; empty when every property held. */
export interface CaseReport {
  readonly seed: number;
  readonly file: string;
  readonly importer: string;
  readonly mutation: string;
  /** Whether the mutated file was still read, so that every export was checked too. */
  readonly exported: boolean;
  readonly failures: readonly string[];
}

/** Options every importer is given: the required ones, so that a case reaches the reading. */
const options: ImportOptionValues = { timeZone: "Pacific/Chatham", startDate: "2026-06-01", title: "Fuzz" };
/** A case slower than this counts as a hang: real imports of these files take milliseconds. */
const hangMs = 5_000;
const nowMs = Date.UTC(2026, 5, 1, 12);

/** What is wrong with a problem: every problem names a path, and a line and column in a text. */
function problemFaults(problem: ProgramProblem): string[] {
  const faults: string[] = [];
  const where = `problem "${problem.path}: ${problem.message?.slice(0, 120)}"`;
  if (typeof problem.path !== "string" || !Array.isArray(problem.segments)) faults.push(`${where} has no path`);
  else if (formatPath(problem.segments) !== problem.path) faults.push(`${where}: path and segments disagree`);
  if (typeof problem.message !== "string" || problem.message.trim() === "") faults.push(`${where} has no message`);
  if (!(
    Number.isInteger(problem.line) &&
    problem.line! >= 1 &&
    Number.isInteger(problem.column) &&
    problem.column! >= 1
  ))
    faults.push(`${where} has no line and column`);
  return faults;
}

/** Runs `check`, turning a throw into a failure named by `what`. */
function attempt(failures: string[], what: string, check: () => string[]): void {
  try {
    failures.push(...check().map((failure) => `${what}: ${failure}`));
  } catch (error) {
    failures.push(
      `${what} threw: ${error instanceof Error ? (error.stack ?? error.message).slice(0, 600) : String(error)}`,
    );
  }
}

/**
 * Reads a text with an importer and checks every property: no throw, no hang, every problem
 * placed, and each export of what was read valid by its oracle.
 */
export function checkImportExport(text: string, importer: Importer): { exported: boolean; failures: string[] } {
  const failures: string[] = [];
  const started = performance.now();
  let result: ReturnType<Importer["read"]> | undefined;
  attempt(failures, `${importer.format} import`, () => {
    result = importer.read(text, options);
    const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    return problems.flatMap(problemFaults).slice(0, 5);
  });
  if (result?.ok) {
    const program = result.program;
    attempt(failures, "program JSON", () => programJsonErrors(serializeProgram(program)));
    attempt(failures, "c3voc export", () => c3vocErrors(toC3voc(program).document));
    attempt(failures, "frab XML export", () => frabXmlErrors(toFrabXml(program).xml));
    attempt(failures, "iCalendar export", () =>
      iCalendarErrors(toICalendar(program, { items: resolveSchedule(program).items, nowMs })),
    );
    attempt(failures, "JSON-LD export", () => jsonLdErrors(jsonLdScriptText(toJsonLd(program))));
  }
  const elapsed = performance.now() - started;
  if (elapsed > hangMs) failures.push(`took ${elapsed.toFixed(0)} ms (a hang, over ${hangMs} ms)`);
  return { exported: result?.ok === true, failures };
}

/** Runs the case of `seed` over `files` and reports every property that failed. */
export function runImportExportCase(seed: number, files: readonly RealFile[]): CaseReport {
  const random = seededRandom(seed);
  const file = files[Math.floor(random() * files.length)]!;
  const mutated = mutateText(file.text, random);
  const importer = random() < 0.15 ? importers[Math.floor(random() * importers.length)]! : findImporter(file.format)!;
  const { exported, failures } = checkImportExport(mutated.text, importer);
  return { seed, file: file.name, importer: importer.format, mutation: mutated.detail, exported, failures };
}

/** A failed case in one paragraph: the seed first, so it can be replayed. */
export function describeCase(report: CaseReport): string {
  return [
    `seed ${report.seed}: ${report.file} read as ${report.importer} after ${report.mutation.slice(0, 300)}`,
    ...report.failures.map((failure) => `  - ${failure}`),
  ].join("\n");
}
