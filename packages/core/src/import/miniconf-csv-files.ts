import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { readCsv, type CsvRecord } from "./read-csv.js";
import type { PaperRow } from "./miniconf-paper-row.js";

/** One CSV file of a MiniConf import, read: its rows by column name and its header's columns. */
export interface MiniconfCsvFile {
  /** How its rows' places name it: "papers", "speakers", or a papers file's own name when several are read. */
  readonly file: string;
  readonly kind: "papers" | "speakers";
  readonly rows: readonly PaperRow[];
  /** Its columns (lower case) and the header's line; absent when the file could not be read. */
  readonly header?: { readonly names: readonly string[]; readonly line: number };
}

const requiredColumns = { papers: ["UID", "title", "authors"], speakers: ["UID", "title", "speaker"] } as const;

/**
 * Reads one of a MiniConf site's CSV files into rows whose cells are read by column name (any
 * case). A file that is not CSV, or lacks a column MiniConf's files always have, is an error
 * naming its kind (and its name, when several papers files are read); then it has no rows.
 */
export function readMiniconfCsv(
  text: unknown,
  file: string,
  kind: "papers" | "speakers",
  errors: ProgramProblem[],
): MiniconfCsvFile {
  const named = (message: string) => problemAt([kind], file === kind ? message : `${file}: ${message}`);
  const { records, problem } = readCsv(text);
  if (problem) {
    errors.push({ ...named(problem.message), line: problem.line, column: 1 });
    return { file, kind, rows: [] };
  }
  const [header, ...rows] = records;
  const columns = (header?.fields ?? []).map((name) => name.trim().toLowerCase());
  const required = requiredColumns[kind];
  const missing = required.filter((name) => !columns.includes(name.toLowerCase()));
  if (missing.length > 0) {
    errors.push({
      ...named(`has no column ${missing.join(", ")}; MiniConf's ${kind} CSV has ${required.join(",")}`),
      line: header?.line ?? 1,
      column: 1,
    });
    return { file, kind, rows: [] };
  }
  return {
    file,
    kind,
    header: { names: columns, line: header?.line ?? 1 },
    rows: rows.map((row: CsvRecord) => ({
      line: row.line,
      get: (name: string) => (row.fields[columns.indexOf(name.toLowerCase())] ?? "").trim(),
    })),
  };
}

/**
 * The papers files given: one text (named "papers" in problems, as always), or several named
 * files (ACL and EMNLP sites split main, findings and demo papers), each read in turn.
 */
export function papersFilesOf(papers: unknown): { file: string; text: unknown }[] {
  if (papers === undefined) return [];
  if (!Array.isArray(papers)) return [{ file: "papers", text: papers }];
  if (papers.length === 1) return [{ file: "papers", text: (papers[0] as { text?: unknown })?.text }];
  return papers.map((entry: unknown, index) => {
    const { name, text } = (entry ?? {}) as { name?: unknown; text?: unknown };
    return { file: typeof name === "string" && name !== "" ? name : `papers file ${index + 1}`, text };
  });
}
