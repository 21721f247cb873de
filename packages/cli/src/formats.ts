import {
  applySeries,
  importers,
  parsePaperDigest,
  problemAt,
  programToDigest,
  resolveSchedule,
  toC3voc,
  toFrabXml,
  toICalendarWithWarnings,
  toJsonLdWithWarnings,
  type Importer,
  type Program,
  type ProgramProblem,
} from "@lectern/core";
import { withoutExtra } from "./without-extra.js";

/** Formats the CLI writes (`--to`). Reading is the `importers` registry's business. */
export const writableFormats = ["program", "digest", "c3voc", "frab-xml", "ics", "jsonld"] as const;

/** One of {@link writableFormats}. */
export type WritableFormat = (typeof writableFormats)[number];

/** The formats an importer registry reads, in its detection order. */
export const readableFormatsOf = (registry: readonly Importer[]): string[] =>
  registry.map((importer) => importer.format);

/** Every format name the CLI knows with a registry: the readable ones, then those only written. */
export const formatNamesOf = (registry: readonly Importer[]): string[] => [
  ...new Set([...readableFormatsOf(registry), ...writableFormats]),
];

/** Every format name the CLI knows, readable or writable. */
export const formatNames: readonly string[] = formatNamesOf(importers);

/**
 * A format that is only written, recognised by a file's name (`talk.ics`), so that reading
 * one says it is not supported rather than that the format is unknown.
 */
export function writeOnlyFormatOf(fileName: string): WritableFormat | undefined {
  return /\.ics$/i.test(fileName) ? "ics" : undefined;
}

const isWritable = (format: string): format is WritableFormat =>
  (writableFormats as readonly string[]).includes(format);

/** A program as the JSON a site serves: indented only with `pretty`, `extra` only with `keepExtra`. */
function servedProgramText(program: Program, options: { keepExtra?: boolean; pretty?: boolean }): string {
  const served = options.keepExtra ? program : withoutExtra(program);
  return `${JSON.stringify(served, null, options.pretty ? 2 : undefined)}\n`;
}

/**
 * The program's papers as a paper digest (for `<paper-list>`), served like a program:
 * unindented and without `extra` unless asked. The digest is checked by the parse boundary
 * a page uses; one it would reject is not written (an error, not an invalid file).
 */
function writeDigest(program: Program, options: { keepExtra?: boolean; pretty?: boolean }): WrittenText {
  const { digest, warnings } = programToDigest(program);
  const served = options.keepExtra ? digest : withoutExtra(digest);
  const checked = parsePaperDigest(served);
  if (!checked.ok)
    return {
      problems: checked.errors.map((error) => ({ ...error, message: `the digest would be invalid: ${error.message}` })),
    };
  return { text: `${JSON.stringify(served, null, options.pretty ? 2 : undefined)}\n`, problems: [...warnings] };
}

/** What a writer answers: the text, or none when it cannot be written, and the problems. */
interface WrittenText {
  text?: string;
  problems: ProgramProblem[];
}

/** Writes a program in a format; `undefined` text means the format cannot be written yet. */
export function writeProgram(
  program: Program,
  format: string,
  options: { itemId?: string; nowMs: number; keepExtra?: boolean; pretty?: boolean; previous?: string },
): WrittenText {
  if (!isWritable(format))
    return {
      problems: [
        problemAt([], `writing "${format}" is not supported yet; writable formats: ${writableFormats.join(", ")}`),
      ],
    };
  switch (format) {
    case "program":
      // Served to every reader's browser: unindented, and without importers' extra unless asked.
      return {
        text: servedProgramText(program, options),
        problems: [],
      };
    case "digest":
      return writeDigest(program, options);
    case "c3voc": {
      // A program with no timed item would be an empty (frab: invalid) schedule: no file, exit 1.
      const { document, warnings, errors } = toC3voc(program);
      if (errors.length > 0) return { problems: [...errors] };
      return { text: `${JSON.stringify(document, null, 2)}\n`, problems: [...warnings] };
    }
    case "frab-xml": {
      const { xml, warnings, errors } = toFrabXml(program);
      if (errors.length > 0) return { problems: [...errors] };
      return { text: xml, problems: [...warnings] };
    }
    case "jsonld": {
      // Items with neither time nor date are named; a program none of whose items can be written is no file.
      const { document, warnings, errors } = toJsonLdWithWarnings(program);
      if (errors.length > 0) return { problems: [...errors] };
      return { text: `${JSON.stringify(document, null, 2)}\n`, problems: [...warnings] };
    }
    case "ics": {
      // A seminar series' cancellations and rooms apply to its talks, as <talk-list> shows them.
      const shown = applySeries(program);
      const schedule = resolveSchedule(shown);
      // Untimed items too: a dated one is an all-day event; the others are named in warnings.
      const items = [...schedule.items, ...schedule.untimed].filter(
        (entry) => options.itemId === undefined || entry.id === options.itemId,
      );
      if (options.itemId !== undefined && items.length === 0)
        return { problems: [problemAt([], `no item has the id "${options.itemId}"`)] };
      const { ics, warnings, errors } = toICalendarWithWarnings(shown, {
        items,
        nowMs: options.nowMs,
        previous: options.previous,
      });
      // A VCALENDAR with no event breaks RFC 5545: no file (the error names the items), exit 1.
      if (errors.length > 0) return { problems: [...errors] };
      return { text: ics, problems: [...warnings] };
    }
  }
}
