import { asObject, type JsonObject } from "./json-values.js";

/**
 * Cheap looks at a file's first characters, shared by the importers' `detect` functions so
 * that detecting among every format parses a large JSON file once, not once per format.
 */

let lastText: string | undefined;
let lastObject: JsonObject | undefined;

/**
 * The file's top-level JSON object, or `undefined` when it is not a JSON object. Remembers the
 * last text it parsed: detection asks the same question of the same text once per format.
 */
export function sniffJsonObject(text: string): JsonObject | undefined {
  if (text === lastText) return lastObject;
  let found: JsonObject | undefined;
  if (text.trimStart().startsWith("{")) {
    try {
      found = asObject(JSON.parse(text));
    } catch {
      found = undefined;
    }
  }
  lastText = text;
  lastObject = found;
  return found;
}

/** Whether the text looks like XML: its first non-blank character opens a tag. */
export function looksLikeXml(text: string): boolean {
  return text.trimStart().startsWith("<");
}

/**
 * The column names of a CSV file's header line, trimmed, unquoted and lower-cased; empty when
 * the text starts like JSON or XML (a one-line JSON file is not a header).
 */
export function sniffCsvColumns(text: string): string[] {
  const start = text.trimStart();
  if (start === "" || "{[<".includes(start[0]!)) return [];
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.split(",").map((name) =>
    name
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim()
      .toLowerCase(),
  );
}

/** Whether a file's name ends with one of the extensions (`.csv`), in any case. */
export function hasExtension(fileName: string, ...extensions: readonly string[]): boolean {
  const lower = fileName.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}
