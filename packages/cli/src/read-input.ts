import {
  checkImportOptions,
  detectImporter,
  findImporter,
  optionFlag,
  problemAt,
  withoutByteOrderMark,
  type Importer,
  type ImportOptionValues,
  type ParseResult,
} from "@lectern/core";
import { formatNamesOf, readableFormatsOf, writeOnlyFormatOf } from "./formats.js";
import type { CliValues } from "./cli-options.js";
import type { CliIo } from "./main.js";
import { readWorkbookBytes } from "./read-workbook.js";

/** The input name that means standard input, as in most Unix tools. */
export const standardInput = "-";

/** How an input is named in messages: its path, or `<stdin>`. */
export const inputLabel = (input: string): string => (input === standardInput ? "<stdin>" : input);

/** What reading the command's inputs came to. */
export type InputOutcome =
  /** The inputs were read in a format (the program or its problems are in `result`). */
  | { readonly kind: "read"; readonly format: string; readonly result: ParseResult }
  /** The command line is wrong (exit 2): the format cannot be told, or too many files. */
  | { readonly kind: "usage"; readonly message: string }
  /** A file could not be read at all (exit 1); `message` is the whole line. */
  | { readonly kind: "unreadable"; readonly message: string };

/** A file's text, `-` being standard input; a leading byte-order mark removed. */
export function readInputText(input: string, io: CliIo): { text: string } | { message: string } {
  try {
    if (input !== standardInput) return { text: withoutByteOrderMark(io.readFile(input)) };
    if (!io.readStdin) return { message: "lectern: cannot read standard input here" };
    return { text: withoutByteOrderMark(io.readStdin()) };
  } catch (error) {
    return {
      message: `lectern: cannot read ${inputLabel(input)}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

const failed = (message: string): ParseResult => ({ ok: false, errors: [problemAt([], message)], warnings: [] });

/**
 * Reads the command's input files as one program, through the importer registry only: the
 * format named by `--from` or detected from each file, the importer's options taken from the
 * command line by their flags and checked before reading. Several files only for a format
 * spread over several files (MiniConf). A format stored as an .xlsx workbook (CoSPLib) is
 * read from the file's bytes, later: the answer is then a promise.
 */
export function readInputs(
  inputs: readonly string[],
  values: CliValues,
  io: CliIo,
  registry: readonly Importer[],
): InputOutcome | Promise<InputOutcome> {
  // Standard input can be read once: a second "-" would read nothing and hide the mistake.
  if (inputs.filter((input) => input === standardInput).length > 1)
    return { kind: "usage", message: 'standard input ("-") can be given once' };
  const files: { name: string; text: string }[] = [];
  for (const input of inputs) {
    const read = readInputText(input, io);
    if ("message" in read) return { kind: "unreadable", message: read.message };
    files.push({ name: input, text: read.text });
  }
  const readable = readableFormatsOf(registry).join(", ");
  const notReadable = (format: string): InputOutcome => ({
    kind: "read",
    format,
    result: failed(`reading "${format}" is not supported yet; readable formats: ${readable}`),
  });

  let importer: Importer | undefined;
  if (values.from !== undefined) {
    importer = findImporter(values.from, registry);
    if (!importer)
      return formatNamesOf(registry).includes(values.from)
        ? notReadable(values.from)
        : { kind: "usage", message: `unknown format "${values.from}"; formats: ${formatNamesOf(registry).join(", ")}` };
  } else {
    for (const file of files) {
      const detected = detectImporter(file.name, file.text, registry);
      if (!detected) {
        const writeOnly = writeOnlyFormatOf(file.name);
        if (writeOnly) return notReadable(writeOnly);
        return {
          kind: "usage",
          message: `cannot tell the format of ${inputLabel(file.name)}; name it with --from (${readable})`,
        };
      }
      if (importer && detected !== importer) {
        return {
          kind: "usage",
          message: `${inputLabel(files[0]!.name)} is ${importer.format} but ${inputLabel(file.name)} is ${detected.format}; give files of one format`,
        };
      }
      importer = detected;
    }
  }
  if (!importer) return { kind: "usage", message: "which file? Give the program file after the command" };
  if (files.length > 1 && !importer.readFiles)
    return { kind: "usage", message: `${importer.label} is read from one file; give one` };

  const options: Record<string, string | boolean | undefined> = Object.fromEntries(
    importer.options.map((option) => [option.name, values[optionFlag(option)]]),
  );
  // An option that names a file (--sessions FILE) reaches the importer as the file's text,
  // and its path as `<name>FileName`, so that problems in it name it.
  for (const option of importer.options) {
    const path = options[option.name];
    if (!option.file || typeof path !== "string" || path === "") continue;
    const read = readInputText(path, io);
    if ("message" in read) return { kind: "unreadable", message: read.message };
    options[option.name] = read.text;
    options[`${option.name}FileName`] = path;
  }
  const problems = checkImportOptions(importer, options, (option) => `--${optionFlag(option)}`);
  if (problems.length > 0)
    return { kind: "read", format: importer.format, result: { ok: false, errors: problems, warnings: [] } };
  if (isWorkbookImporter(importer)) return readWorkbookInput(files[0]!.name, importer, options, io);
  const result =
    importer.readFiles && files.length > 1
      ? importer.readFiles(files, options as ImportOptionValues)
      : importer.read(files[0]!.text, options as ImportOptionValues);
  return { kind: "read", format: importer.format, result };
}

/** An importer of a format stored as a workbook. */
type WorkbookImporter = Importer & Required<Pick<Importer, "readWorkbook">>;

/** Whether an importer reads workbooks (its format is stored as .xlsx). */
const isWorkbookImporter = (importer: Importer): importer is WorkbookImporter => importer.readWorkbook !== undefined;

/**
 * Reads one input file as a workbook and hands its sheets to the importer's `readWorkbook`
 * (a format stored as .xlsx, CoSPLib). A file that is not a workbook is an error of the
 * input (exit 1); standard input is refused, since it is read as text.
 */
async function readWorkbookInput(
  input: string,
  importer: WorkbookImporter,
  options: ImportOptionValues,
  io: CliIo,
): Promise<InputOutcome> {
  if (input === standardInput)
    return { kind: "usage", message: `${importer.label} is an .xlsx file: give its path, not standard input` };
  if (!io.readBytes) return { kind: "unreadable", message: "lectern: cannot read .xlsx workbooks here" };
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: "unreadable", message: `lectern: cannot read ${inputLabel(input)}: ${reason}` };
  }
  const workbook = await readWorkbookBytes(bytes);
  const result =
    "reason" in workbook
      ? { ok: false as const, errors: [problemAt([], `is not an .xlsx workbook (${workbook.reason})`)], warnings: [] }
      : importer.readWorkbook({ name: input, sheets: workbook.sheets }, options);
  return { kind: "read", format: importer.format, result };
}
