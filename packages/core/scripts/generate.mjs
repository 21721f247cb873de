// `npm run generate`: writes the generated files (codegen/generated-files.ts) from the model.
// The generator is TypeScript that imports the model's sources, and Node 22 does not run
// TypeScript without flags, so esbuild (already here through tsup) bundles it first into a
// module beside node_modules, where it still finds zod; nothing of it goes into dist.
import { mkdirSync } from "node:fs";
import { build } from "esbuild";

const coreDir = new URL("../", import.meta.url);
const outDir = new URL("node_modules/.cache/lectern-codegen/", coreDir);
mkdirSync(outDir, { recursive: true });
const outfile = new URL("generate.mjs", outDir);
await build({
  entryPoints: [new URL("codegen/write-generated-files.ts", coreDir).pathname],
  outfile: outfile.pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  packages: "external",
  logLevel: "warning",
});
const { writeGeneratedFiles } = await import(outfile.href);
writeGeneratedFiles(coreDir);
