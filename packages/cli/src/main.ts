import { parseArgs } from "node:util";
import { describeProblem, importDateList, resolveSchedule, writtenDateFormats, type ProgramProblem, type WrittenDateFormat } from "@lectern/core";
import { detectFormat, formatNames, readProgram, readableFormats, writableFormats, writeProgram, type FormatName } from "./formats.js";

/** What the CLI touches outside itself, so tests can run it without a shell. */
export interface CliIo {
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly nowMs: () => number;
}

/** The help a newcomer reads first. */
export const helpText = `lectern: check and convert academic event programs

Usage:
  lectern validate FILE              check a program (any readable format); exit 1 if invalid
  lectern convert IN --to FORMAT     convert between formats (to stdout, or -o OUT)
  lectern check FILE                 list scheduling conflicts; exit 1 if there are any
  lectern ics FILE [--item ID]       write an iCalendar file (all items, or one)
  lectern dates FILE --date-format F turn a list of dates (one per line) into the ISO dates
                                     of a series' "dates" (JSON)

Options:
  --from FORMAT       the input's format, when it cannot be told from the file
  --to FORMAT         the output format (convert)
  -o, --output FILE   write to FILE instead of standard output
  --time-zone ZONE    the event's IANA zone, for files that name none (old frab/c3voc)
  --date-format F     how a spreadsheet (csv) writes dates other than YYYY-MM-DD:
                      DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY or YYYY/MM/DD (never guessed);
                      for dates, also "D MMMM YYYY" or "MMMM D, YYYY" (required there)
  --start-date DATE   the event's first day, for files that have no dates (miniconf)
  --strict            reject c3voc files that break the format (wrong ids, guids, dates)
  --item ID           one item (ics)
  --json              machine-readable output (results and problems as JSON)
  -h, --help          this help

Formats: ${formatNames.join(", ")}
  readable now: ${readableFormats.join(", ")}; writable now: ${writableFormats.join(", ")}

Examples:
  lectern validate program.json
  lectern convert fosdem.xml --to program -o program.json
  lectern convert sheet.csv --time-zone Europe/Berlin --date-format DD/MM/YYYY --to program
  lectern convert program.json --to c3voc -o schedule.json
  lectern ics program.json --item talk-vidal -o talk.ics
  lectern dates meetings.txt --date-format "D MMMM YYYY"
`;

const isFormat = (value: string | undefined): value is FormatName => formatNames.includes(value as FormatName);

/**
 * Runs the CLI with its arguments (without "node" and the script) and returns the exit code:
 * 0 success, 1 invalid input or conflicts found, 2 wrong usage. Never throws.
 */
export function main(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        from: { type: "string" },
        to: { type: "string" },
        output: { type: "string", short: "o" },
        "time-zone": { type: "string" },
        "date-format": { type: "string" },
        "start-date": { type: "string" },
        strict: { type: "boolean", default: false },
        item: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    io.stderr(`lectern: ${error instanceof Error ? error.message : String(error)}\n\n${helpText}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, input] = positionals;
  if (values.help || !command) {
    io.stdout(helpText);
    return values.help ? 0 : 2;
  }
  const usage = (message: string) => {
    io.stderr(`lectern ${command}: ${message}\nRun "lectern --help" for usage.\n`);
    return 2;
  };
  if (!["validate", "convert", "check", "ics", "dates"].includes(command)) return usage(`unknown command "${command}"`);
  if (!input) return usage("which file? Give the program file after the command");
  if (values.from !== undefined && !isFormat(values.from)) return usage(`unknown format "${values.from}"; formats: ${formatNames.join(", ")}`);
  if (values.to !== undefined && !isFormat(values.to)) return usage(`unknown format "${values.to}"; formats: ${formatNames.join(", ")}`);

  let text: string;
  try {
    text = io.readFile(input);
  } catch (error) {
    io.stderr(`lectern: cannot read ${input}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if (command === "dates") return writeDates(text, input, values["date-format"], values.output, io, usage);
  const format = (values.from as FormatName | undefined) ?? detectFormat(input, text);
  if (!format) return usage(`cannot tell the format of ${input}; name it with --from (${readableFormats.join(", ")})`);
  const result = readProgram(text, format, values["time-zone"], values["date-format"], values["start-date"], values.strict);
  const report = (label: string, problems: readonly ProgramProblem[]) => {
    for (const problem of problems) io.stderr(`${label} ${input}: ${describeProblem(problem)}\n`);
  };

  if (!result.ok) {
    if (values.json) io.stdout(`${JSON.stringify({ ok: false, format, errors: result.errors, warnings: result.warnings }, null, 2)}\n`);
    else {
      report("error", result.errors);
      report("warning", result.warnings);
      io.stderr(`${input}: ${result.errors.length} ${result.errors.length === 1 ? "problem" : "problems"} (read as ${format})\n`);
    }
    return 1;
  }
  const { program, warnings } = result;

  if (command === "validate") {
    const schedule = resolveSchedule(program);
    if (values.json) io.stdout(`${JSON.stringify({ ok: true, format, items: program.items.length, days: schedule.days.length, warnings }, null, 2)}\n`);
    else {
      report("warning", warnings);
      io.stdout(`${input}: valid ${format}, ${program.items.length} items over ${schedule.days.length} day(s)${schedule.untimed.length ? `, ${schedule.untimed.length} without a time` : ""}${warnings.length ? `, ${warnings.length} warning(s)` : ""}\n`);
    }
    return 0;
  }

  if (command === "check") {
    const { conflicts } = resolveSchedule(program);
    if (values.json) io.stdout(`${JSON.stringify({ ok: conflicts.length === 0, conflicts }, null, 2)}\n`);
    else {
      for (const conflict of conflicts) {
        // An overlap group can hold thousands of items: the line names the first ten (--json has all).
        const paths = conflict.paths.length > 10 ? [...conflict.paths.slice(0, 10), `${conflict.paths.length - 10} more`] : conflict.paths;
        io.stdout(`${conflict.kind}: ${conflict.message} (${paths.join(", ")})\n`);
      }
      io.stdout(`${input}: ${conflicts.length === 0 ? "no conflicts" : `${conflicts.length} conflict(s)`}\n`);
    }
    return conflicts.length === 0 ? 0 : 1;
  }

  const to: FormatName | undefined = command === "ics" ? "ics" : (values.to as FormatName | undefined);
  if (!to) return usage("which format? Give --to FORMAT");
  const written = writeProgram(program, to, { itemId: values.item, nowMs: io.nowMs() });
  report("warning", [...warnings, ...(written.text === undefined ? [] : written.problems)]);
  if (written.text === undefined) {
    report("error", written.problems);
    return 1;
  }
  if (values.output) io.writeFile(values.output, written.text);
  else io.stdout(written.text);
  return 0;
}

/** `lectern dates`: a human list of dates, in the format the user names, as a JSON array. */
function writeDates(text: string, input: string, dateFormat: string | undefined, output: string | undefined, io: CliIo, usage: (message: string) => number): number {
  if (dateFormat === undefined) return usage(`how are the dates written? Give --date-format (${writtenDateFormats.join(", ")}); 04/03/2026 is never guessed`);
  if (!(writtenDateFormats as readonly string[]).includes(dateFormat)) return usage(`--date-format "${dateFormat}" is not one of ${writtenDateFormats.join(", ")}`);
  const result = importDateList(text, { format: dateFormat as WrittenDateFormat });
  for (const warning of result.warnings) io.stderr(`warning ${input}: ${describeProblem(warning)}\n`);
  if (!result.ok) {
    for (const error of result.errors) io.stderr(`error ${input}: ${describeProblem(error)}\n`);
    return 1;
  }
  const json = `${JSON.stringify(result.dates, null, 2)}\n`;
  if (output) io.writeFile(output, json);
  else io.stdout(json);
  return 0;
}
