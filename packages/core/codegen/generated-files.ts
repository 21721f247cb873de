import { paperDigestSchema } from "../src/model/paper-digest.js";
import { programSchema } from "../src/model/program.js";
import { generateAsIsCheck } from "./generate-as-is-check.js";

/** A file of packages/core that the generator writes, and the code it should hold. */
export interface GeneratedFile {
  /** Relative to packages/core. */
  readonly path: string;
  /** The file's content, generated from the current model (in memory, nothing written). */
  readonly generate: () => string;
}

/** Every generated file: `npm run generate` writes them, the staleness test compares them. */
export const generatedFiles: readonly GeneratedFile[] = [
  {
    path: "src/parse/program-as-is.generated.ts",
    generate: () =>
      generateAsIsCheck(programSchema, {
        exportName: "programPassesAsIs",
        schemaName: "programSchema",
        fieldProblemsFrom: "../model/field-problems.js",
      }),
  },
  {
    path: "src/parse/paper-digest-as-is.generated.ts",
    generate: () =>
      generateAsIsCheck(paperDigestSchema, {
        exportName: "paperDigestPassesAsIs",
        schemaName: "paperDigestSchema",
        fieldProblemsFrom: "../model/field-problems.js",
      }),
  },
];
