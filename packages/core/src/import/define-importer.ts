import type { ParseResult } from "../parse/parse-program.js";
import { problemAt } from "../parse/problem.js";
import { withoutByteOrderMark } from "../text/byte-order-mark.js";
import { checkImportOptions, type Importer, type ImportOptionValues } from "./importer.js";
import { rejectWith } from "./read-input.js";

/**
 * Turns a format's parts into an {@link Importer} whose `detect` and `read` ignore a
 * byte-order mark, check the options against their descriptions before reading, and never
 * throw (an importer that throws on a file it did not foresee reports it as an error).
 */
export function defineImporter(parts: Importer): Importer {
  const guard = (read: () => ParseResult): ParseResult => {
    try {
      return read();
    } catch (error) {
      return rejectWith(
        problemAt([], `could not be read as ${parts.label}: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  };
  const checked = (values: ImportOptionValues, read: () => ParseResult): ParseResult => {
    const problems = checkImportOptions(parts, values);
    return problems.length > 0 ? { ok: false, errors: problems, warnings: [] } : guard(read);
  };
  const { readFiles, readWorkbook } = parts;
  return {
    ...parts,
    detect: (fileName, text) => {
      try {
        return parts.detect(fileName, withoutByteOrderMark(text));
      } catch {
        return 0;
      }
    },
    // Each format's reader drops a byte-order mark itself (readJsonInput, readCsv, readXml,
    // parseProgramJson); detection and the MiniConf files' roles sniff the text before that.
    read: (text, values) => checked(values, () => parts.read(text, values)),
    ...(readFiles && {
      readFiles: (files, values) =>
        checked(values, () =>
          readFiles(
            files.map((file) => ({ name: file.name, text: withoutByteOrderMark(file.text) })),
            values,
          ),
        ),
    }),
    ...(readWorkbook && {
      readWorkbook: (workbook, values) => checked(values, () => readWorkbook(workbook, values)),
    }),
  };
}
