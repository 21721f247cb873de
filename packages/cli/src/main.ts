import { importers, type Importer } from "@lectern/core";
import { parseArgs } from "node:util";
import { cliOptionsFor, type CliValues } from "./cli-options.js";
import { runChanges } from "./commands/changes.js";
import { runCheck } from "./commands/check.js";
import type { CommandContext, ReadProgram } from "./commands/command-context.js";
import { reportUnreadable } from "./commands/command-context.js";
import { runConvert } from "./commands/convert.js";
import { runDates } from "./commands/dates.js";
import { runRender } from "./commands/render.js";
import { runSchedule } from "./commands/schedule.js";
import { runValidate } from "./commands/validate.js";
import { isPaperDigestText, runValidateDigest } from "./commands/validate-digest.js";
import { foreignOptionsMessage } from "./foreign-options.js";
import { formatNamesOf } from "./formats.js";
import { helpText, helpTextFor } from "./help-text.js";
import { inputLabel, readInputs, readInputText, type InputOutcome } from "./read-input.js";

export { helpText };

/** What the CLI touches outside itself, so tests can run it without a shell. */
export interface CliIo {
  readonly readFile: (path: string) => string;
  /** A file's bytes, for formats stored as binary files (an .xlsx workbook); without it they are refused. */
  readonly readBytes?: (path: string) => Uint8Array;
  /** Standard input's whole text, for the input `-`; without it, `-` is refused. */
  readonly readStdin?: () => string;
  /** Writes a whole file; may throw the file system's error (with its `code`), which is reported. */
  readonly writeFile: (path: string, text: string) => void;
  /** Replaces a whole folder with these files (relative paths), or leaves it untouched; `render` needs it. */
  readonly writeFolder?: (path: string, files: ReadonlyMap<string, string>) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Rewrites one status line on a terminal (e.g. `\r` + text); given only when standard error
   * is a TTY, so piped output and `--json` never hold progress lines.
   */
  readonly progressLine?: (text: string) => void;
  readonly nowMs: () => number;
}

const commands = ["validate", "convert", "check", "ics", "dates", "changes", "schedule", "render"] as const;
const isCommand = (value: string): value is (typeof commands)[number] =>
  (commands as readonly string[]).includes(value);

/**
 * Runs the CLI with its arguments (without "node" and the script) and returns the exit code:
 * 0 success, 1 invalid input or conflicts found (or a file that cannot be read or written),
 * 2 wrong usage. Never throws. `schedule` (a solver) and `render` (Lit SSR) answer with a promise of the code;
 * every other command answers at once. Formats are read through `registry` (every importer Lectern
 * has, unless a test gives another).
 */
export function main(
  argv: readonly string[],
  io: CliIo,
  registry: readonly Importer[] = importers,
): number | Promise<number> {
  const help = registry === importers ? helpText : helpTextFor(registry);
  let values: CliValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: cliOptionsFor(registry),
    }) as { values: CliValues; positionals: string[] });
  } catch (error) {
    io.stderr(`lectern: ${error instanceof Error ? error.message : String(error)}\n\n${help}`);
    return 2;
  }
  const [command, ...inputs] = positionals;
  if (values.help || !command) {
    io.stdout(help);
    return values.help ? 0 : 2;
  }
  const usage = (message: string) => {
    io.stderr(`lectern ${command}: ${message}\nRun "lectern --help" for usage.\n`);
    return 2;
  };
  if (!isCommand(command)) return usage(`unknown command "${command}"`);
  if (inputs.length === 0) return usage("which file? Give the program file after the command");
  const formats = formatNamesOf(registry);
  if (values.from !== undefined && !formats.includes(values.from))
    return usage(`unknown format "${values.from}"; formats: ${formats.join(", ")}`);
  // `changes --to` names a report format (text, markdown, json), which runChanges checks.
  if (values.to !== undefined && command !== "changes" && !formats.includes(values.to))
    return usage(`unknown format "${values.to}"; formats: ${formats.join(", ")}`);
  const context: CommandContext = { io, values, label: inputs.map(inputLabel).join(", "), usage };

  if (command === "dates") {
    if (inputs.length > 1) return usage("a list of dates is read from one file; give one");
    const read = readInputText(inputs[0]!, io);
    if ("message" in read) {
      io.stderr(`${read.message}\n`);
      return 1;
    }
    return runDates(context, read.text);
  }

  // A paper digest is not a program, so no importer reads it: told apart here.
  if (command === "validate" && inputs.length === 1 && (values.from === undefined || values.from === "digest")) {
    const read = readInputText(inputs[0]!, io);
    if ("message" in read) {
      io.stderr(`${read.message}\n`);
      return 1;
    }
    if (values.from === "digest" || isPaperDigestText(read.text)) return runValidateDigest(context, read.text);
  }

  if (command === "changes") {
    if (inputs.length !== 2) return usage("give two versions of the program: the older, then the newer");
    const compare = (outcomes: readonly InputOutcome[]) => {
      const formats = outcomes.flatMap((outcome) => (outcome.kind === "read" ? [outcome.format] : []));
      const foreign = formats.length === outcomes.length && foreignOptionsMessage(values, formats, registry);
      if (foreign) return usage(foreign);
      const versions: ReadProgram[] = [];
      for (const [index, outcome] of outcomes.entries()) {
        if (outcome.kind === "usage") return usage(outcome.message);
        if (outcome.kind === "unreadable") return (io.stderr(`${outcome.message}\n`), 1);
        const { format, result } = outcome;
        const versionContext = { ...context, label: inputLabel(inputs[index]!) };
        if (!result.ok) return reportUnreadable(versionContext, format, result.errors, result.warnings);
        versions.push({ format, program: result.program, warnings: result.warnings });
      }
      return runChanges(context, versions[0]!, versions[1]!);
    };
    const outcomes = inputs.map((input) => readInputs([input], values, io, registry));
    // A workbook is read later (its reader is asynchronous); text formats at once.
    return outcomes.some((outcome) => outcome instanceof Promise)
      ? Promise.all(outcomes).then(compare)
      : compare(outcomes as InputOutcome[]);
  }

  const outcome = readInputs(inputs, values, io, registry);
  return outcome instanceof Promise
    ? outcome.then((read) => runCommand(command, read, context, registry))
    : runCommand(command, outcome, context, registry);
}

/**
 * Runs a command on the program its inputs came to, or reports why they came to none. A
 * format's option that the format read does not take is wrong usage, whatever the file held.
 */
function runCommand(
  command: Exclude<(typeof commands)[number], "dates" | "changes">,
  outcome: InputOutcome,
  context: CommandContext,
  registry: readonly Importer[],
): number | Promise<number> {
  const { io, usage } = context;
  if (outcome.kind === "usage") return usage(outcome.message);
  if (outcome.kind === "unreadable") {
    io.stderr(`${outcome.message}\n`);
    return 1;
  }
  const { format, result } = outcome;
  const foreign = foreignOptionsMessage(context.values, [format], registry);
  if (foreign) return usage(foreign);
  if (!result.ok) return reportUnreadable(context, format, result.errors, result.warnings);
  const read = { format, program: result.program, warnings: result.warnings };
  switch (command) {
    case "validate":
      return runValidate(context, read);
    case "check":
      return runCheck(context, read);
    case "ics":
      return runConvert(context, read, "ics");
    case "convert":
      return runConvert(context, read, context.values.to);
    case "schedule":
      return runSchedule(context, read);
    case "render":
      return runRender(context, read);
  }
}
