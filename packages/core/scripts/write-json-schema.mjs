// Writes the program JSON Schema next to the build, so the package publishes it as a file
// (`@lectern/core/program.schema.json`) that editors can point `$schema` at.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createProgramJsonSchema } from "../dist/index.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(packageDir, "schema", "program.schema.json");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(createProgramJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
