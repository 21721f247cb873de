import type { Program } from "../../model/program.js";
import type { ParseResult } from "../../parse/parse-program.js";
import { problemAt, type ProgramProblem } from "../../parse/problem.js";
import { finishImport } from "../finish-import.js";
import type { ImportWorkbook } from "../importer.js";
import { rejectWith } from "../read-input.js";
import type { CosplibInstance } from "./cosplib-instance.js";
import { changedCosplibIds, cosplibIds, type CosplibIdKind } from "./cosplib-ids.js";
import { cosplibToProgram } from "./cosplib-to-program.js";
import { readCosplibSheets } from "./read-cosplib-sheets.js";

/** Where each kind of id sits in a program, and which field keeps the library's id. */
const placeOf: Readonly<Record<CosplibIdKind, { collection: keyof Program; field: string }>> = {
  room: { collection: "rooms", field: "name" },
  track: { collection: "tracks", field: "name" },
  session: { collection: "sessions", field: "title" },
  item: { collection: "items", field: "title" },
  person: { collection: "people", field: "name" },
};

/** One warning per id the program could not keep, at the entity's id in the program. */
function idChangeWarnings(instance: CosplibInstance, program: Program): ProgramProblem[] {
  return changedCosplibIds(cosplibIds(instance)).map(({ kind, from, to }) => {
    const { collection, field } = placeOf[kind];
    const entries = (program[collection] ?? []) as readonly { id: string }[];
    return problemAt(
      [collection, entries.findIndex((entry) => entry.id === to), "id"],
      `the ${kind} "${from}" has the id "${to}": ids are letters, digits and . _ : - (they end up in addresses and calendar UIDs); its ${field} keeps "${from}"`,
    );
  });
}

/** The event's title from a file's name: `data/GECCO20.xlsx` is "GECCO20". */
function titleOfFile(name: string): string {
  return name.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "") || "CoSPLib instance";
}

/**
 * A CoSPLib workbook (its sheets, as an xlsx reader gives them) as a program, through the
 * parse boundary: {@link readCosplibSheets}, then {@link cosplibToProgram}. A sheet or cell
 * the library would not accept is an error naming them; every id the program cannot keep
 * as it is ("Room 1") is a warning naming the id it has instead. The title is the option's,
 * else the file's name.
 */
export function importCosplibWorkbook(workbook: ImportWorkbook, options: { title?: string } = {}): ParseResult {
  let instance: CosplibInstance;
  try {
    instance = readCosplibSheets(workbook.sheets);
  } catch (error) {
    // readCosplibSheets stops at the first bad cell, with a message naming the sheet and cell.
    return rejectWith(problemAt([], error instanceof Error ? error.message : String(error)));
  }
  const program = cosplibToProgram(instance, options.title ?? titleOfFile(workbook.name));
  return finishImport(program, idChangeWarnings(instance, program));
}
