import {
  applySeries,
  importers,
  problemAt,
  resolveSchedule,
  toC3voc,
  toFrabXml,
  toICalendarWithWarnings,
  toJsonLd,
  type Importer,
  type Program,
  type ProgramProblem,
} from "@lectern/core";
import { withoutExtra } from "./without-extra.js";

/** Formats the CLI writes (`--to`). Reading is the `importers` registry's business. */
export const writableFormats = ["program", "c3voc", "frab-xml", "ics", "jsonld"] as const;

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

/** Writes a program in a format; `undefined` text means the format cannot be written yet. */
export function writeProgram(
  program: Program,
  format: string,
  options: { itemId?: string; nowMs: number; keepExtra?: boolean; pretty?: boolean; previous?: string },
): { text?: string; problems: ProgramProblem[] } {
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
    case "jsonld":
      return { text: `${JSON.stringify(toJsonLd(program), null, 2)}\n`, problems: [] };
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
      const { ics, warnings } = toICalendarWithWarnings(shown, {
        items,
        nowMs: options.nowMs,
        previous: options.previous,
      });
      return { text: ics, problems: [...warnings] };
    }
  }
}
