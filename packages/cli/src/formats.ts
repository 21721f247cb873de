import {
  importC3vocJson,
  importFrabXml,
  importIndicoJson,
  importMiniconf,
  importPretalxWidget,
  importSessionize,
  importSpreadsheetCsv,
  spreadsheetDateFormats,
  parseProgramJson,
  problemAt,
  serializeProgram,
  toC3voc,
  toFrabXml,
  toICalendar,
  applySeries,
  toJsonLd,
  resolveSchedule,
  type ParseResult,
  type Program,
  type ProgramProblem,
} from "@lectern/core";

/** Every format name the CLI knows, readable or writable or not yet either. */
export const formatNames = ["program", "c3voc", "frab-xml", "pretalx", "indico", "miniconf", "sessionize", "csv", "ics", "jsonld"] as const;

/** One of {@link formatNames}. */
export type FormatName = (typeof formatNames)[number];

/** Formats the CLI can read, and write. */
export const readableFormats: readonly FormatName[] = ["program", "c3voc", "frab-xml", "pretalx", "sessionize", "indico", "miniconf", "csv"];
export const writableFormats: readonly FormatName[] = ["program", "c3voc", "frab-xml", "ics", "jsonld"];

/**
 * Guesses a file's format from its name and first characters: `.xml` is frab XML, JSON with
 * `schedule.conference` is c3voc, JSON with `event` and `items` is a Lectern program.
 * `undefined` when it cannot tell (the user then names it with --from).
 */
export function detectFormat(fileName: string, text: string): FormatName | undefined {
  if (/\.xml$/i.test(fileName) || text.trimStart().startsWith("<")) return "frab-xml";
  if (/\.ics$/i.test(fileName)) return "ics";
  if (/\.csv$/i.test(fileName)) {
    const header = text.slice(0, text.search(/\r?\n|$/)).toLowerCase();
    return /\buid\b/.test(header) && /\b(authors|speaker)\b/.test(header) ? "miniconf" : "csv";
  }
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (data && typeof data === "object") {
      if ((data.schedule as Record<string, unknown> | undefined)?.conference) return "c3voc";
      if ("event" in data && "items" in data) return "program";
      if (Array.isArray(data.talks)) return "pretalx";
      if (Array.isArray(data.sessions)) return "sessionize";
      if (data.results && typeof data.results === "object") return "indico";
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** Reads a file's text in a format as a program; never throws. */
export function readProgram(text: string, format: FormatName, timeZone: string | undefined, dateFormat?: string, startDate?: string, strict = false): ParseResult {
  switch (format) {
    case "program":
      return parseProgramJson(text);
    case "c3voc":
      return importC3vocJson(text, { timeZone, strict });
    case "frab-xml":
      return importFrabXml(text, { timeZone });
    case "pretalx":
      return importPretalxWidget(text, { timeZone });
    case "sessionize":
      return importSessionize(text, { timeZone });
    case "indico":
      return importIndicoJson(text, { timeZone });
    case "miniconf": {
      if (!timeZone || !startDate) return { ok: false, errors: [problemAt([], "MiniConf files have no dates: give --time-zone and --start-date YYYY-MM-DD")], warnings: [] };
      const header = text.slice(0, text.search(/\r?\n|$/)).toLowerCase();
      return importMiniconf(/\bspeaker\b/.test(header) && !/\bauthors\b/.test(header) ? { speakers: text } : { papers: text }, { timeZone, startDate });
    }
    case "csv":
      if (!timeZone) return { ok: false, errors: [problemAt([], "a spreadsheet's times are local: give the event's zone with --time-zone")], warnings: [] };
      if (dateFormat !== undefined && !(spreadsheetDateFormats as readonly string[]).includes(dateFormat)) {
        return { ok: false, errors: [problemAt([], `--date-format "${dateFormat}" is not one of ${spreadsheetDateFormats.join(", ")}`)], warnings: [] };
      }
      return importSpreadsheetCsv(text, { timeZone, dateFormat: dateFormat as (typeof spreadsheetDateFormats)[number] | undefined });
    default:
      return { ok: false, errors: [problemAt([], `reading "${format}" is not supported yet; readable formats: ${readableFormats.join(", ")}`)], warnings: [] };
  }
}

/** Writes a program in a format; `undefined` text means the format cannot be written yet. */
export function writeProgram(program: Program, format: FormatName, options: { itemId?: string; nowMs: number }): { text?: string; problems: ProgramProblem[] } {
  switch (format) {
    case "program":
      return { text: serializeProgram(program), problems: [] };
    case "c3voc": {
      const { document, warnings } = toC3voc(program);
      return { text: `${JSON.stringify(document, null, 2)}\n`, problems: [...warnings] };
    }
    case "frab-xml": {
      const { xml, warnings } = toFrabXml(program);
      return { text: xml, problems: [...warnings] };
    }
    case "jsonld":
      return { text: `${JSON.stringify(toJsonLd(program), null, 2)}\n`, problems: [] };
    case "ics": {
      // A seminar series' cancellations and rooms apply to its talks, as <talk-list> shows them.
      const shown = applySeries(program);
      const items = resolveSchedule(shown).items.filter((entry) => options.itemId === undefined || entry.id === options.itemId);
      if (options.itemId !== undefined && items.length === 0) return { problems: [problemAt([], `no timed item has the id "${options.itemId}"`)] };
      return { text: toICalendar(shown, { items, nowMs: options.nowMs }), problems: [] };
    }
    default:
      return { problems: [problemAt([], `writing "${format}" is not supported yet; writable formats: ${writableFormats.join(", ")}`)] };
  }
}
