// Writes the program and paper digest JSON Schemas next to the build, so the package publishes it as a file
// (`@lectern/core/program.schema.json`) that editors can point `$schema` at.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPaperDigestJsonSchema, createProgramJsonSchema } from "../dist/index.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const [name, schema] of [
  ["program.schema.json", createProgramJsonSchema()],
  ["paper-digest.schema.json", createPaperDigestJsonSchema()],
]) {
  const target = join(packageDir, "schema", name);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target}`);
}
