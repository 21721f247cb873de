// Fails the build when dist/lectern.js and its chunks are not what the element table
// (src/element-table.ts) says, and prints each file's size to compare builds.
//
// - Every "on-first-use" element is one chunk of its own, lectern-<folder>-<hash>.js, which
//   registers its tag; besides them only lectern-schemas (zod's part of core, fetched to word
//   the problems of an invalid program: docs/decisions/0006), lectern-temml (math), lectern-marked
//   (the Markdown lexer, for programs whose textFormat is markdown), lectern-changes (the diff
//   of two versions, fetched by an element given a previous-src), lectern-structured-data (the
//   schema.org JSON-LD writer, fetched by a grid with structured-data) and the bundler's runtime helper. Rollup drops modules it believes side-effect free, and a wrong
//   `sideEffects` entry once shipped a bundle that defined nothing (unit tests cannot see it:
//   they import the define modules directly).
// - lectern.js registers the "at-once" elements itself, imports no other file (a page would
//   wait for it before it can draw), holds no zod nor the diff, and stays within its budget of
//   50 KiB gzipped (docs/decisions/0004).
//
// Reads the table as TypeScript: Node 22.18+ strips its types.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { elementTable } from "../src/element-table.ts";

const dist = new URL("../dist/", import.meta.url);
const files = readdirSync(dist).filter((file) => /^lectern.*\.js$/.test(file));
const read = (file) => readFileSync(new URL(file, dist), "utf8");
const problems = [];

const entry = read("lectern.js");
// A static import or re-export (`import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`)
// at the start, after a statement, a line break or a comment; a dynamic `import("…")` is fine.
const staticImport = /(?:^|[;}\n]|\*\/)\s*(?:import|export)\s*(?:[\w${},\s*]+from\s*)?["']([^"']+)["']/.exec(entry);
if (staticImport)
  problems.push(`dist/lectern.js imports ${staticImport[1]} before it can run; a page would wait for it`);
if (/["']\$Zod[A-Z]\w*["']/.test(entry))
  problems.push(
    "dist/lectern.js holds zod, which a page showing a valid program never needs (see vite.bundle.config.ts)",
  );
// diffPrograms' own words for its changes: a page without a previous version never needs them.
if (entry.includes('"item-people-changed"'))
  problems.push("dist/lectern.js holds the diff of two versions, which belongs in lectern-changes-<hash>.js");
// The JSON-LD writer's own words: only a grid with structured-data needs it.
if (entry.includes('"https://schema.org"'))
  problems.push("dist/lectern.js holds the JSON-LD writer, which belongs in lectern-structured-data-<hash>.js");
const budgetBytes = 50 * 1024;
const entryGzipBytes = gzipSync(entry, { level: 9 }).byteLength;
if (entryGzipBytes > budgetBytes)
  problems.push(
    `dist/lectern.js is ${(entryGzipBytes / 1024).toFixed(2)} KiB gzipped, over its budget of 50 KiB; move what a first paint does not need into a chunk`,
  );

// A define module's call, minified: `x("talk-card",Y)`.
const registers = (code, tag) => new RegExp(`[\\w$]\\(\\s*"${tag}"\\s*,\\s*[\\w$]+\\s*\\)`).test(code);
const expectedChunks = new Set(["lectern.js"]);
for (const row of elementTable) {
  const chunks = files.filter((file) => new RegExp(`^lectern-${row.folder}-[\\w-]+\\.js$`).test(file));
  if (row.registration === "at-once") {
    if (chunks.length > 0)
      problems.push(`<${row.tag}> is registered at once, so it belongs in lectern.js, not in ${chunks.join(", ")}`);
    // lectern.ts registers it from the table: the row and the registering function must be there.
    if (!entry.includes(`tag:"${row.tag}"`) || !entry.includes("customElements.define("))
      problems.push(`dist/lectern.js does not register <${row.tag}>`);
    continue;
  }
  if (chunks.length !== 1)
    problems.push(
      `<${row.tag}> is registered on first use, so it needs one chunk lectern-${row.folder}-<hash>.js; found ${chunks.length}`,
    );
  else if (!registers(read(chunks[0]), row.tag)) problems.push(`dist/${chunks[0]} does not register <${row.tag}>`);
  chunks.forEach((file) => expectedChunks.add(file));
}
for (const file of files)
  if (
    /^lectern-(schemas|changes|hydrate|structured-data|temml|marked(?:\.esm)?|rolldown-runtime)-[\w-]+\.js$/.test(file)
  )
    expectedChunks.add(file);
// Lit's hydrate support, which lectern.js fetches on a server-rendered page, must patch
// lectern.js's LitElement (evaluated before the chunk arrived): dropped, the page's elements
// would draw their markup a second time beside the server's.
const hydrateChunks = files.filter((file) => /^lectern-hydrate-[\w-]+\.js$/.test(file));
if (hydrateChunks.length !== 1)
  problems.push(`lectern.js needs one chunk lectern-hydrate-<hash>.js; found ${hydrateChunks.length}`);
else if (!/\.litElementHydrateSupport\(\s*\{\s*LitElement\s*:/.test(read(hydrateChunks[0])))
  problems.push(
    `dist/${hydrateChunks[0]} does not call litElementHydrateSupport: is src/hydrate-support.ts in sideEffects?`,
  );
const unexpected = files.filter((file) => !expectedChunks.has(file));
if (unexpected.length > 0)
  problems.push(
    `unexpected files beside lectern.js (an element missing from the table, or a stale build?): ${unexpected.join(", ")}`,
  );

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
for (const file of files.sort()) {
  const code = readFileSync(new URL(file, dist));
  console.log(
    `dist/${file.padEnd(40)} ${kB(code.byteLength).padStart(10)}  gzip -9 ${kB(gzipSync(code, { level: 9 }).byteLength).padStart(9)}`,
  );
}
console.log(`dist/lectern.js is ${(entryGzipBytes / 1024).toFixed(2)} KiB of its 50 KiB gzip budget`);
console.log(
  `dist/lectern.js registers ${elementTable.map((row) => `<${row.tag}>`).join(", ")} (${elementTable.filter((row) => row.registration === "on-first-use").length} on first use)`,
);
