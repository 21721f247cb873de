import { rejectWith } from "./read-input.js";
import type { ParseResult } from "../parse/parse-program.js";
import { parseProgramJson } from "../parse/parse-program-json.js";
import { problemAt } from "../parse/problem.js";
import { importC3vocJson } from "./c3voc-json.js";
import { importCosplibWorkbook } from "./cosplib/import-cosplib-workbook.js";
import { defineImporter } from "./define-importer.js";
import { importFrabXml } from "./frab-xml.js";
import { type DetectionConfidence, type ImportFile, type Importer, type ImportOptionValues } from "./importer.js";
import { importIndicoJson } from "./indico-json.js";
import { importMiniconf, type MiniconfFiles } from "./miniconf-csv.js";
import { importPretalxWidget } from "./pretalx-widget.js";
import { importSessionize } from "./sessionize.js";
import { hasExtension, looksLikeXml, sniffCsvColumns, sniffJsonObject } from "./sniff-content.js";
import { importSpreadsheetCsv, spreadsheetDateFormats } from "./spreadsheet-csv.js";
import { fileZoneOption, languageOption, stringOption, titleOption, zoneOption } from "./shared-import-options.js";

/** Which of MiniConf's two files a CSV is: its speakers file has a speaker column and no authors. */
function miniconfRole(text: string): "papers" | "speakers" {
  const columns = sniffCsvColumns(text);
  return columns.includes("speaker") && !columns.includes("authors") ? "speakers" : "papers";
}

/**
 * MiniConf's files sorted into papers and speakers by their columns: several papers files
 * (ACL and EMNLP sites split main, findings and demo papers) are read as one list; two
 * speakers files are an error naming both.
 */
function readMiniconfFiles(files: readonly ImportFile[], values: ImportOptionValues): ParseResult {
  const sorted: { -readonly [key in keyof MiniconfFiles]?: MiniconfFiles[key] } = {};
  const papers = files.filter((file) => miniconfRole(file.text) === "papers");
  const speakers = files.filter((file) => miniconfRole(file.text) === "speakers");
  if (speakers.length > 1)
    return rejectWith(
      problemAt([], `${speakers[1]!.name} and ${speakers[0]!.name} are both MiniConf speakers files; give one at most`),
    );
  if (papers.length === 1) sorted.papers = papers[0]!.text;
  if (papers.length > 1) sorted.papers = papers.map(({ name, text }) => ({ name, text }));
  if (speakers.length === 1) sorted.speakers = speakers[0]!.text;
  if (stringOption(values, "sessions") !== undefined) {
    sorted.sessions = stringOption(values, "sessions");
    // Its name tells CSV from JSON/YAML and names the file in its problems.
    if (stringOption(values, "sessionsFileName")) sorted.sessionsFileName = stringOption(values, "sessionsFileName");
  }
  return importMiniconf(sorted, {
    timeZone: stringOption(values, "timeZone")!,
    startDate: stringOption(values, "startDate")!,
    ...(stringOption(values, "star") === "equal-contribution" ? { star: "equal-contribution" as const } : {}),
    ...(stringOption(values, "siteUrl") ? { siteUrl: stringOption(values, "siteUrl") } : {}),
    ...(stringOption(values, "title") !== undefined ? { title: stringOption(values, "title") } : {}),
  });
}

/** How a JSON format is recognised: a key (or path) that only its files have at the top. */
const jsonDetector =
  (confidence: DetectionConfidence, test: (data: Record<string, unknown>) => boolean) =>
  (_fileName: string, text: string): DetectionConfidence => {
    const data = sniffJsonObject(text);
    return data !== undefined && test(data) ? confidence : 0;
  };

const program = defineImporter({
  format: "program",
  label: "Lectern program JSON",
  description: "{ version, event, items, ... }, as this toolkit documents it",
  options: [],
  detect: jsonDetector(1, (data) => "event" in data && "items" in data),
  read: (text) => parseProgramJson(text),
});

const c3voc = defineImporter({
  format: "c3voc",
  label: "c3voc schedule.json",
  description: "the frab-compatible JSON that pretalx and frab export",
  options: [
    fileZoneOption,
    {
      name: "strict",
      type: "boolean",
      required: false,
      description: "reject files that break the format (wrong ids, guids, dates)",
    },
  ],
  detect: jsonDetector(1, (data) => Boolean((data.schedule as Record<string, unknown> | undefined)?.conference)),
  read: (text, values) =>
    importC3vocJson(text, { timeZone: stringOption(values, "timeZone"), strict: values.strict === true }),
});

const frabXml = defineImporter({
  format: "frab-xml",
  label: "frab schedule.xml",
  description: "Pentabarf's XML, as frab, pretalx and FOSDEM publish it",
  options: [fileZoneOption],
  detect: (fileName, text) =>
    looksLikeXml(text)
      ? /<schedule[\s>]/.test(text.slice(0, 4096))
        ? 1
        : 0.8
      : hasExtension(fileName, ".xml")
        ? 0.6
        : 0,
  read: (text, values) => importFrabXml(text, { timeZone: stringOption(values, "timeZone") }),
});

const pretalx = defineImporter({
  format: "pretalx",
  label: "pretalx widget data",
  description: "what pretalx's schedule widget loads ({ talks, rooms, speakers })",
  options: [fileZoneOption, titleOption, languageOption],
  detect: jsonDetector(0.9, (data) => Array.isArray(data.talks)),
  read: (text, values) =>
    importPretalxWidget(text, {
      timeZone: stringOption(values, "timeZone"),
      title: stringOption(values, "title"),
      language: stringOption(values, "language"),
    }),
});

const indico = defineImporter({
  format: "indico",
  label: "Indico timetable JSON",
  description: "Indico's /export/timetable/ID.json",
  options: [fileZoneOption, titleOption],
  detect: jsonDetector(0.9, (data) => data.results !== null && typeof data.results === "object"),
  read: (text, values) =>
    importIndicoJson(text, { timeZone: stringOption(values, "timeZone"), title: stringOption(values, "title") }),
});

const miniconf = defineImporter({
  format: "miniconf",
  label: "MiniConf CSV",
  description:
    "a MiniConf site's papers and/or speakers file (give all to read them together; several papers files, as main, findings and demo, are one list)",
  options: [
    zoneOption("the event's IANA zone", true),
    titleOption,
    {
      name: "startDate",
      type: "string",
      placeholder: "DATE",
      required: true,
      description: "the event's first day, YYYY-MM-DD; MiniConf files have no dates",
    },
    {
      name: "star",
      type: "string",
      required: false,
      values: ["presenter", "equal-contribution"],
      placeholder: "MEANING",
      description: "what an author's * means: presenter (the default) or equal-contribution",
    },
    {
      name: "siteUrl",
      type: "string",
      placeholder: "URL",
      required: false,
      description: "the site's address, for relative links (static/papers/9.pdf)",
    },
    {
      name: "sessions",
      type: "string",
      placeholder: "FILE",
      file: true,
      required: false,
      description:
        "a sessions file (CSV, JSON or YAML: sessions with start, end and paper UIDs, e.g. paper_sessions.yml, main_calendar.json) to join to the papers",
    },
  ],
  detect: (fileName, text) => {
    const columns = sniffCsvColumns(text);
    if (!columns.includes("uid") || !(columns.includes("authors") || columns.includes("speaker"))) return 0;
    return hasExtension(fileName, ".csv") ? 1 : 0.8;
  },
  read: (text, values) => readMiniconfFiles([{ name: "", text }], values),
  readFiles: readMiniconfFiles,
});

const sessionize = defineImporter({
  format: "sessionize",
  label: "Sessionize JSON",
  description: 'Sessionize\'s "All data" export ({ sessions, speakers, rooms })',
  options: [zoneOption("the event's IANA zone; Sessionize times carry no time zone", true), titleOption],
  detect: jsonDetector(0.9, (data) => Array.isArray(data.sessions)),
  read: (text, values) =>
    importSessionize(text, { timeZone: stringOption(values, "timeZone"), title: stringOption(values, "title") }),
});

const spreadsheet = defineImporter({
  format: "csv",
  label: "spreadsheet CSV",
  description: "columns date, start, end, end date, room, kind, title, speakers, affiliations, abstract, links",
  options: [
    zoneOption("the event's IANA zone; a spreadsheet's times are local to it", true),
    {
      name: "dateFormat",
      type: "string",
      placeholder: "F",
      required: false,
      values: spreadsheetDateFormats,
      description: `how dates other than YYYY-MM-DD are written (${spreadsheetDateFormats.join(", ")}); 04/03/2026 is never guessed`,
    },
    titleOption,
  ],
  detect: (fileName, text) => {
    const columns = sniffCsvColumns(text);
    if (["date", "start", "title"].every((name) => columns.includes(name))) return 0.9;
    return hasExtension(fileName, ".csv") ? 0.5 : 0;
  },
  read: (text, values) =>
    importSpreadsheetCsv(text, {
      timeZone: stringOption(values, "timeZone")!,
      dateFormat: stringOption(values, "dateFormat") as (typeof spreadsheetDateFormats)[number] | undefined,
      title: stringOption(values, "title"),
    }),
});

/** An xlsx file is a zip archive: its first bytes are the zip's local-file signature. */
const zipSignature = "PK\u0003\u0004";

const cosplib = defineImporter({
  format: "cosplib",
  label: "CoSPLib workbook",
  description:
    "a conference scheduling instance of the CoSPLib library (.xlsx: submissions, sessions, rooms, penalties)",
  options: [{ ...titleOption, description: "the event's title; by default the file's name (GECCO20.xlsx: GECCO20)" }],
  detect: (fileName, text) => (text.startsWith(zipSignature) ? 0.9 : hasExtension(fileName, ".xlsx") ? 0.6 : 0),
  // Placed at the text's start, as every problem of a text input is.
  read: () =>
    rejectWith({
      ...problemAt([], "a CoSPLib instance is an .xlsx workbook, not text: read it with a tool that reads workbooks"),
      line: 1,
      column: 1,
    }),
  readWorkbook: (workbook, values) => importCosplibWorkbook(workbook, { title: stringOption(values, "title") }),
});

/**
 * Every format Lectern reads, in detection order: when two formats are equally sure of a
 * file, the earlier wins. A tool lists, detects and reads formats through this list only, so
 * a new format is one entry here.
 */
export const importers: readonly Importer[] = [
  program,
  c3voc,
  frabXml,
  pretalx,
  sessionize,
  indico,
  miniconf,
  spreadsheet,
  cosplib,
];

/** The importer of a format by its name (`--from`), or `undefined` when Lectern cannot read it. */
export function findImporter(format: string, registry: readonly Importer[] = importers): Importer | undefined {
  return registry.find((importer) => importer.format === format);
}

/**
 * The importer most sure of a file's format, from its name and text (a leading byte-order
 * mark is ignored); the earlier in the registry ({@link importers} unless another is given)
 * on a tie; `undefined` when none recognises it (the user then names the format).
 */
export function detectImporter(
  fileName: string,
  text: string,
  registry: readonly Importer[] = importers,
): Importer | undefined {
  let best: Importer | undefined;
  let bestConfidence = 0;
  for (const importer of registry) {
    const confidence = importer.detect(fileName, text);
    if (confidence > bestConfidence) [best, bestConfidence] = [importer, confidence];
  }
  return best;
}
