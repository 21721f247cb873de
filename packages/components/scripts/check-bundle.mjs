// Fails the build when dist/lectern.js does not register every element. Rollup drops modules
// it believes side-effect free, and a wrong `sideEffects` entry once shipped a bundle that
// defined nothing (unit tests cannot see it: they import the define modules directly).
// Elements loaded on first use live in chunks beside lectern.js, so every lectern*.js counts.
import { readdirSync, readFileSync } from "node:fs";

const dist = new URL("../dist/", import.meta.url);
const bundle = readdirSync(dist)
  .filter((file) => /^lectern.*\.js$/.test(file))
  .map((file) => readFileSync(new URL(file, dist), "utf8"))
  .join("\n");
const tags = readdirSync(new URL("../src/", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(new URL(`../src/${entry.name}/`, import.meta.url)).includes("define.ts"))
  .map((entry) => entry.name);
const missing = tags.filter((tag) => !bundle.includes(`customElements.define("${tag}"`));
if (missing.length > 0) {
  console.error(`dist/lectern*.js do not define: ${missing.join(", ")}`);
  process.exit(1);
}
console.log(`dist/lectern.js defines ${tags.map((tag) => `<${tag}>`).join(", ")}`);
