/** One record of a CSV file, with the line it starts on (1-based) for error messages. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

import { describeNonText } from "./read-input.js";
import { withoutByteOrderMark } from "../text/byte-order-mark.js";

/**
 * Reads CSV as RFC 4180 writes it (quoted fields may hold commas, quotes as "" and line
 * breaks), with `,` or `;` as separator (spreadsheets in many locales write `;`, detected
 * from the header line). Keeps each record's starting line, so errors can name the row a
 * person sees in their editor. A leading byte-order mark is ignored. Never throws: input that
 * is not text (a Buffer, `undefined`) is a problem on line 1.
 */
export function readCsv(text: string | unknown): { records: CsvRecord[]; problem?: { line: number; message: string } } {
  const notText = describeNonText(text);
  if (notText !== undefined) return { records: [], problem: { line: 1, message: notText } };
  const source = withoutByteOrderMark(text as string);
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]!;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else {
        if (char === "\n") line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[index + 1] === "\n") index += 1;
      fields.push(field);
      if (fields.some((value) => value.trim() !== "")) records.push({ line: recordLine, fields });
      fields = [];
      field = "";
      line += 1;
      recordLine = line;
    } else field += char;
  }
  if (quoted) return { records, problem: { line: quoteLine, message: "a quoted field is never closed" } };
  fields.push(field);
  if (fields.some((value) => value.trim() !== "")) records.push({ line: recordLine, fields });
  return { records };
}
