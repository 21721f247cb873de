// Test kit: reads a CoSPLib fixture workbook with read-excel-file's Node entry (a dev-only
// dependency of core: the xlsx reader never reaches a core bundle).
import readXlsxFile from "read-excel-file/node";
import { fileURLToPath } from "node:url";
import { readCosplibSheets, type CosplibSheet } from "../src/import/cosplib/read-cosplib-sheets.js";
import type { CosplibInstance } from "../src/import/cosplib/cosplib-instance.js";

/** Path of a file in `test/fixtures/cosplib/`. */
export function cosplibFixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/cosplib/${name}`, import.meta.url));
}

/** Every sheet of a workbook, as rows of cells. */
export async function readWorkbookSheets(path: string): Promise<CosplibSheet[]> {
  const sheets = (await readXlsxFile(path)) as unknown as CosplibSheet[];
  return sheets;
}

/** A fixture instance (`N2OR`, `GECCO20`, `GECCO21`). */
export async function readCosplibFixture(name: string): Promise<CosplibInstance> {
  return readCosplibSheets(await readWorkbookSheets(cosplibFixture(`${name}.xlsx`)));
}
