// Fails the build when dist/lectern.js does not register every element. Rollup drops modules
// it believes side-effect free, and a wrong `sideEffects` entry once shipped a bundle that
// defined nothing (unit tests cannot see it: they import the define modules directly).
import { readdirSync, readFileSync } from "node:fs";

const bundle = readFileSync(new URL("../dist/lectern.js", import.meta.url), "utf8");
const tags = readdirSync(new URL("../src/", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(new URL(`../src/${entry.name}/`, import.meta.url)).includes("define.ts"))
  .map((entry) => entry.name);
const missing = tags.filter((tag) => !bundle.includes(`customElements.define("${tag}"`));
if (missing.length > 0) {
  console.error(`dist/lectern.js does not define: ${missing.join(", ")}`);
  process.exit(1);
}
console.log(`dist/lectern.js defines ${tags.map((tag) => `<${tag}>`).join(", ")}`);
