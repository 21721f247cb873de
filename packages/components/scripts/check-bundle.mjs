// Fails the build when dist/lectern.js does not register every element. Rollup drops modules
// it believes side-effect free, and a wrong `sideEffects` entry once shipped a bundle that
// defined nothing (unit tests cannot see it: they import the define modules directly).
// Elements loaded on first use live in chunks beside lectern.js, so every lectern*.js counts.
//
// It also fails when lectern.js itself imports another file (a page would wait for it before
// it can draw) or holds zod (which belongs in lectern-schemas-*.js, fetched only to word the
// problems of an invalid program: docs/decisions/0006).
import { readdirSync, readFileSync } from "node:fs";

const dist = new URL("../dist/", import.meta.url);
const bundle = readdirSync(dist)
  .filter((file) => /^lectern.*\.js$/.test(file))
  .map((file) => readFileSync(new URL(file, dist), "utf8"))
  .join("\n");
const tags = readdirSync(new URL("../src/", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(new URL(`../src/${entry.name}/`, import.meta.url)).includes("define.ts"))
  .map((entry) => entry.name);
const entry = readFileSync(new URL("lectern.js", dist), "utf8");
// A static import or re-export (`import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`)
// at the start, after a statement, a line break or a comment; a dynamic `import("…")` is fine.
const staticImport = /(?:^|[;}\n]|\*\/)\s*(?:import|export)\s*(?:[\w${},\s*]+from\s*)?["']([^"']+)["']/.exec(entry);
if (staticImport) {
  console.error(`dist/lectern.js imports ${staticImport[1]} before it can run; a page would wait for it`);
  process.exit(1);
}
if (/["']\$Zod[A-Z]\w*["']/.test(entry)) {
  console.error("dist/lectern.js holds zod, which a page showing a valid program never needs (see vite.bundle.config.ts)");
  process.exit(1);
}
// A define module's call, minified: `x("talk-card",Y)` (defineElement, or customElements.define).
const missing = tags.filter((tag) => !new RegExp(`[\\w$]\\(\\s*"${tag}"\\s*,\\s*[\\w$]+\\s*\\)`).test(bundle));
if (missing.length > 0) {
  console.error(`dist/lectern*.js do not define: ${missing.join(", ")}`);
  process.exit(1);
}
console.log(`dist/lectern.js defines ${tags.map((tag) => `<${tag}>`).join(", ")}`);
