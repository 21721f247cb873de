import type * as z from "zod/mini";
import { CheckWriter } from "./check-writer.js";

/** What to call the generated check, and where its module finds `fieldProblems`. */
export interface AsIsCheckOptions {
  /** The exported function's name, such as `programPassesAsIs`. */
  readonly exportName: string;
  /** What the JSDoc calls the schema, such as `programSchema`. */
  readonly schemaName: string;
  /** The module specifier of model/field-problems.ts, as seen from the generated file. */
  readonly fieldProblemsFrom: string;
}

/**
 * Writes a TypeScript module whose one export says whether a value passes `schema` *and* zod
 * would return it unchanged, as straight-line code: no zod at run time, no schema objects
 * built. Regular expressions, bounds and enums are written out; the model's other checks are
 * calls to the same `fieldProblems` functions the schema runs (see model/field-check.ts).
 *
 * Throws, naming the place, on anything it cannot write exactly: a stripping (non-strict)
 * object, coercion, a transform, a union, a check it does not know. So a change to the model
 * that the quick check cannot follow fails the test that regenerates it, instead of making the
 * quick check wrong.
 */
export function generateAsIsCheck(schema: z.ZodMiniType, options: AsIsCheckOptions): string {
  const writer = new CheckWriter();
  const root = writer.functionFor(schema, [options.schemaName.replace(/Schema$/, "")]);
  const imports = writer.usesFieldProblems
    ? `import { fieldProblems } from ${JSON.stringify(options.fieldProblemsFrom)};\n\n`
    : "";
  return `// Generated from ${options.schemaName} by packages/core/codegen: do not edit.
// \`npm run generate\` writes it again; a test (codegen/generated-files.test.ts) fails while it is out of date.
${imports}${writer.constants.join("\n")}${writer.constants.length > 0 ? "\n\n" : ""}${writer.functions.join("\n\n")}

/**
 * True when \`value\` passes \`${options.schemaName}\` and zod's output would be the value itself;
 * false means "not certain" (zod then gives the answer and the messages).
 */
export function ${options.exportName}(value: unknown): boolean {
  return ${root}(value);
}
`;
}
