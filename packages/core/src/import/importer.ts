import type { ParseResult } from "../parse/parse-program.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";

/**
 * The contract every format Lectern reads fulfils, so that a tool (the `lectern` command, a
 * build script) can list, detect and read formats without knowing any of them: adding a
 * format is adding one {@link Importer} to the `importers` registry.
 */

/** One option an importer takes, described for a person (`--help`) and a tool. */
export interface ImporterOption {
  /**
   * The key in the options object, camelCase (`timeZone`). A command line spells it in
   * kebab case (`--time-zone`); {@link optionFlag} does that.
   */
  readonly name: string;
  /** `"string"` takes a value; `"boolean"` is a switch, off unless given. */
  readonly type: "string" | "boolean";
  /** What it means, in a few words, for `--help`: "the event's IANA zone". */
  readonly description: string;
  /** The file cannot be read without it; `read` stops with an error naming it. */
  readonly required: boolean;
  /** The only values it takes, when it is a choice (a spreadsheet's date formats). */
  readonly values?: readonly string[];
  /**
   * The value names a file that goes with the input (MiniConf's sessions file): a tool reads
   * it and passes the file's text as the value, since core reads no files itself, and its
   * path as `<name>FileName` (`sessionsFileName`), so that problems can name the file.
   */
  readonly file?: boolean;
  /** How a command line shows its value in help: `ZONE`, `DATE`. */
  readonly placeholder?: string;
}

/**
 * What an importer's `read` returns: the same result as `parseProgram` (the program and its
 * warnings, or the errors, each naming its place in the file), since every importer ends at
 * that parse boundary.
 */
export type ImportResult = ParseResult;

/** The options given to an importer's `read`, by {@link ImporterOption.name}; absent ones are `undefined`. */
export type ImportOptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** One input file for a format spread over several files (MiniConf's papers and speakers). */
export interface ImportFile {
  /** The file's name as the user gave it: problems and detection use it. */
  readonly name: string;
  /** The file's text; a leading byte-order mark is ignored. */
  readonly text: string;
}

/** A cell of a spreadsheet as an xlsx reader hands it over (dates and times as `Date` in UTC). */
export type WorkbookCell = string | number | boolean | Date | null | undefined;

/** One sheet of a workbook: its name and its rows of cells, row 1 first. */
export interface WorkbookSheet {
  readonly sheet: string;
  readonly data: readonly (readonly WorkbookCell[])[];
}

/** A spreadsheet workbook (an .xlsx file) as its sheets, for formats stored as workbooks. */
export interface ImportWorkbook {
  /** The file's name as the user gave it: a format without a title names the event after it. */
  readonly name: string;
  /** Every sheet, in the workbook's order. */
  readonly sheets: readonly WorkbookSheet[];
}

/**
 * How sure {@link Importer.detect} is that a file is in its format: `0` not at all, `1`
 * certain. What the content shows outweighs the file's name, which people get wrong.
 */
export type DetectionConfidence = number;

/** A format Lectern reads, as one value: its name, its help, how to recognise it and how to read it. */
export interface Importer {
  /** The format's name, as `--from` takes it: `frab-xml`. Unique in the registry. */
  readonly format: string;
  /** A short human name: "frab schedule.xml". */
  readonly label: string;
  /** One line on what produces the format and what is read from it, for `--help`. */
  readonly description: string;
  /** The options it takes, required ones included; empty when it takes none. */
  readonly options: readonly ImporterOption[];
  /**
   * How sure it is that a file is in its format, from its name and text (a leading
   * byte-order mark already removed). Cheap and never throws.
   */
  readonly detect: (fileName: string, text: string) => DetectionConfidence;
  /** Reads one file as a program. Never throws; problems name their place in the file. */
  readonly read: (text: string, options: ImportOptionValues) => ImportResult;
  /**
   * Reads several files of the format together as one program; present only for formats
   * spread over several files. Each file's problems name the file.
   */
  readonly readFiles?: (files: readonly ImportFile[], options: ImportOptionValues) => ImportResult;
  /**
   * Reads a spreadsheet workbook (.xlsx) as a program; present only for formats stored as
   * workbooks (CoSPLib). Core reads no files and unzips nothing: a tool turns the file's bytes
   * into sheets with an xlsx reader of its platform and calls this, and `read` (text) answers
   * with an error saying so. Never throws; problems name the sheet and cell.
   */
  readonly readWorkbook?: (workbook: ImportWorkbook, options: ImportOptionValues) => ImportResult;
}

/** An option's command-line flag, without the dashes: `timeZone` is `time-zone`. */
export function optionFlag(option: Pick<ImporterOption, "name">): string {
  return option.name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * What is wrong with the options given to an importer: required ones missing, values of the
 * wrong type or not among the allowed ones. `name` says how to spell an option in the
 * message (the CLI names flags: `--time-zone`); by default its `name`.
 */
export function checkImportOptions(
  importer: Importer,
  values: ImportOptionValues,
  name: (option: ImporterOption) => string = (option) => `the ${option.name} option`,
): ProgramProblem[] {
  const problems: ProgramProblem[] = [];
  const missing = importer.options.filter(
    (option) => option.required && (values[option.name] === undefined || values[option.name] === ""),
  );
  if (missing.length > 0) {
    const wanted = missing.map((option) => `${name(option)} (${option.description})`).join(" and ");
    problems.push(
      problemAt(
        [],
        `${importer.label} cannot be read without ${missing.length === 1 ? "an option" : "options"}: give ${wanted}`,
      ),
    );
  }
  for (const option of importer.options) {
    const value = values[option.name];
    if (value === undefined || (option.required && value === "")) continue;
    if (typeof value !== option.type)
      problems.push(problemAt([], `${name(option)} must be a ${option.type}, found ${JSON.stringify(value)}`));
    else if (option.values && !option.values.includes(String(value))) {
      problems.push(problemAt([], `${name(option)} "${String(value)}" is not one of ${option.values.join(", ")}`));
    }
  }
  return problems;
}
