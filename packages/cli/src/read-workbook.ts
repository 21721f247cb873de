import type { WorkbookSheet } from "@lectern/core";
import readXlsxFile from "read-excel-file/node";

/**
 * The sheets of an .xlsx file, read by read-excel-file's Node entry (core reads no files and
 * unzips nothing, and this reader must not reach a browser bundle: only the CLI has it), or
 * why the bytes are not a workbook, in the reader's words.
 */
export async function readWorkbookBytes(
  bytes: Uint8Array,
): Promise<{ readonly sheets: WorkbookSheet[] } | { readonly reason: string }> {
  try {
    const sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // Its types name the `Date` constructor among cell values; the cells are `Date` instances.
    return { sheets: sheets as WorkbookSheet[] };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}
