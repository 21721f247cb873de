import { diffPrograms } from "@lectern/core";
import { changeReportFormats, renderChanges, type ChangeReportFormat } from "../changes/changes-report.js";
import { join } from "node:path";
import { changesAsAtom } from "../changes/atom-feed.js";
import { reportsPerPerson } from "../changes/per-person.js";
import { describeWriteError, emitOutput } from "../write-output.js";
import { reportProblems, type CommandContext, type ReadProgram } from "./command-context.js";

const isReportFormat = (value: string): value is ChangeReportFormat =>
  (changeReportFormats as readonly string[]).includes(value);

/**
 * `lectern changes OLD NEW [--to text|markdown|json]`: what changed from the older version to
 * the newer, matched by id. Exit 0 whether or not anything changed (the report says which;
 * `--to json` has an empty `changes`), 1 when a version cannot be read, 2 on wrong usage.
 * `--per-person DIR` writes one text file per person whose items changed instead.
 */
export function runChanges(context: CommandContext, before: ReadProgram, after: ReadProgram): number {
  const format = context.values.to ?? "text";
  if (!isReportFormat(format))
    return context.usage(`--to "${format}" is not a report format; give one of ${changeReportFormats.join(", ")}`);
  reportProblems(context, "warning", [...before.warnings, ...after.warnings]);
  const diff = diffPrograms(before.program, after.program);
  const folder = context.values["per-person"];
  if (typeof folder === "string") return writePersonReports(context, diff, folder);
  if (format === "atom") return writeAtomFeed(context, diff);
  return emitOutput(renderChanges(diff, format), context.values.output, context.io);
}

/** `--per-person DIR`: `DIR/<person id>.txt` for each affected person; stdout lists the files. */
function writePersonReports(context: CommandContext, diff: ReturnType<typeof diffPrograms>, folder: string): number {
  const reports = reportsPerPerson(diff);
  for (const report of reports) {
    const path = join(folder, report.fileName);
    try {
      context.io.writeFile(path, report.text);
    } catch (error) {
      context.io.stderr(`lectern: cannot write ${path}: ${describeWriteError(error)}\n`);
      return 1;
    }
  }
  context.io.stdout(`${reports.length} ${reports.length === 1 ? "report" : "reports"} in ${folder}\n`);
  for (const report of reports) context.io.stdout(`  ${report.fileName}  ${report.person.name ?? report.person.id}\n`);
  return 0;
}

/**
 * `--to atom [--feed FILE] [--note TEXT]`: the feed with this version's entry first and FILE's
 * entries after it. A FILE that does not exist yet starts a new feed; one that is not a feed
 * Lectern wrote is an error (exit 1), never overwritten.
 */
function writeAtomFeed(context: CommandContext, diff: ReturnType<typeof diffPrograms>): number {
  const feedFile = context.values.feed;
  let previousFeed: string | undefined;
  if (typeof feedFile === "string") {
    try {
      previousFeed = context.io.readFile(feedFile);
    } catch (error) {
      if ((error as { code?: unknown }).code !== "ENOENT") {
        context.io.stderr(`lectern: cannot read ${feedFile}: ${describeWriteError(error)}\n`);
        return 1;
      }
    }
  }
  const note = typeof context.values.note === "string" ? context.values.note : undefined;
  const feed = changesAsAtom(diff, { nowMs: context.io.nowMs(), note, previousFeed });
  if (feed === undefined) {
    context.io.stderr(`lectern: ${String(feedFile)} is not an Atom feed written by lectern changes; not changed\n`);
    return 1;
  }
  return emitOutput(feed, context.values.output, context.io);
}
