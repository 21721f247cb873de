/**
 * @lectern/core for Node and other non-browser runtimes: the whole API of `index.browser.ts`,
 * with zod's compiled structural parser installed (faster on large programs), and the
 * importers (which bring an XML parser that pages showing a program do not need).
 *
 * @packageDocumentation
 */
import "./parse/use-compiled-parser.js";

export * from "./index.browser.js";
export { importFrabXml, type FrabImportOptions } from "./import/frab-xml.js";
export { importC3vocJson, type C3vocImportOptions } from "./import/c3voc-json.js";
export { importPretalxWidget, type PretalxImportOptions } from "./import/pretalx-widget.js";
export { importSessionize } from "./import/sessionize.js";
export {
  importSpreadsheetCsv,
  spreadsheetColumnAliases,
  spreadsheetColumns,
  spreadsheetDateFormats,
  type SpreadsheetDateFormat,
  type SpreadsheetImportOptions,
} from "./import/spreadsheet-csv.js";
export { readCsv, type CsvRecord } from "./import/read-csv.js";
export {
  importMiniconf,
  type MiniconfFiles,
  type MiniconfImportOptions,
  type MiniconfPapersFile,
} from "./import/miniconf-csv.js";
export {
  readMiniconfSessions,
  type MiniconfLeftOutSession,
  type MiniconfSession,
  type MiniconfSessionsRead,
} from "./import/miniconf-sessions.js";
export { importIndicoJson } from "./import/indico-json.js";
export { htmlToText } from "./import/html-to-text.js";
export { withoutByteOrderMark } from "./text/byte-order-mark.js";
export {
  checkImportOptions,
  optionFlag,
  type DetectionConfidence,
  type ImportFile,
  type ImportResult,
  type ImportWorkbook,
  type WorkbookCell,
  type WorkbookSheet,
  type Importer,
  type ImporterOption,
  type ImportOptionValues,
} from "./import/importer.js";
export { detectImporter, findImporter, importers } from "./import/importers.js";
export { cosplibRuleOf, cosplibToProgram, zoneOfOffset } from "./import/cosplib/cosplib-to-program.js";
export { importCosplibWorkbook } from "./import/cosplib/import-cosplib-workbook.js";
export {
  changedCosplibIds,
  COSPLIB_ID_KINDS,
  cosplibIds,
  cosplibPeople,
  type CosplibIdChange,
  type CosplibIdKind,
  type CosplibIds,
} from "./import/cosplib/cosplib-ids.js";
export {
  COSPLIB_SHEETS,
  readCosplibSheets,
  type CosplibCell,
  type CosplibSheet,
} from "./import/cosplib/read-cosplib-sheets.js";
export {
  COSPLIB_WEIGHT_KEYS,
  type CosplibInstance,
  type CosplibSession,
  type CosplibSubmission,
  type CosplibWeightKey,
} from "./import/cosplib/cosplib-instance.js";
export { buildCompactModel, roomClassesOf, type CompactModel, type RoomClass } from "./schedule/auto/compact-model.js";
export {
  overflowOf,
  type SlotAssignment,
  type SlotInstance,
  type SlotInstanceItem,
} from "./schedule/auto/slot-instance.js";
export {
  solveSlotInstance,
  SOLVE_ROUND_KINDS,
  type SlotSolution,
  type SolveRound,
  type SolveRoundKind,
  type SolveSlotOptions,
  type SolveStatus,
} from "./schedule/auto/solve-slot-instance.js";
export {
  scheduleProgram,
  type ScheduleAssignment,
  type ScheduleMove,
  type ScheduleProgramOptions,
  type ScheduleProgramResult,
} from "./schedule/auto/schedule-program.js";
export type { SolveProgress } from "./schedule/auto/run-highs.js";
export type { TrackSessionsStage } from "./schedule/auto/solve-track-sessions.js";
export type { TrackSessionsObjective } from "./schedule/auto/track-sessions-model.js";
export {
  scheduleProgramInWorker,
  type NodeScheduleInWorkerOptions,
} from "./schedule/auto/worker/schedule-program-in-worker.node.js";
export type { ScheduleInWorkerOptions } from "./schedule/auto/worker/run-schedule-worker.js";
export type { AbortSignalLike } from "./schedule/auto/worker/host-globals.js";
