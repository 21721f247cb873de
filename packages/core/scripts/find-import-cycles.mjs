// Finds import cycles among the TypeScript modules of a folder (packages/core/src by default),
// counting every kind of import the linter's `import/no-cycle` counts: static, type-only,
// re-exports (`export … from`) and dynamic `import("…")`. The compiler's own pre-processor
// reads the specifiers, so a string that merely looks like an import is not one.
//
// `node scripts/find-import-cycles.mjs [folder]` prints each cycle and exits 1 if there is any;
// src/parse/import-cycles.test.ts runs the same check in the test suite.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** Every `.ts` file under `folder` (tests excluded: nothing imports them). */
function listModules(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() &&
        entry.name.endsWith(".ts") &&
        !entry.name.endsWith(".test.ts") &&
        !entry.name.endsWith(".d.ts"),
    )
    .map((entry) => resolve(entry.parentPath, entry.name));
}

/** The modules of the same folder tree that `file` imports, by absolute path. */
function importsOf(file, known) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, ".ts")))
    .filter((target) => known.has(target));
}

/**
 * The import cycles among the modules under `folder`, each as the list of its files (relative
 * to `folder`) starting from its first file in path order. One cycle per strongly connected
 * group of modules (Tarjan's algorithm, without recursion), which is what a reader must break.
 */
export function findImportCycles(folder) {
  const modules = listModules(folder).sort();
  const known = new Set(modules);
  const edges = new Map(modules.map((file) => [file, importsOf(file, known)]));
  const index = new Map();
  const lowLink = new Map();
  const onStack = new Set();
  const stack = [];
  const groups = [];
  let counter = 0;
  for (const start of modules) {
    if (index.has(start)) continue;
    const work = [{ file: start, next: 0 }];
    index.set(start, counter);
    lowLink.set(start, counter);
    counter += 1;
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work.at(-1);
      const targets = edges.get(frame.file);
      if (frame.next < targets.length) {
        const target = targets[frame.next];
        frame.next += 1;
        if (!index.has(target)) {
          index.set(target, counter);
          lowLink.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ file: target, next: 0 });
        } else if (onStack.has(target)) {
          lowLink.set(frame.file, Math.min(lowLink.get(frame.file), index.get(target)));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) lowLink.set(parent.file, Math.min(lowLink.get(parent.file), lowLink.get(frame.file)));
      if (lowLink.get(frame.file) !== index.get(frame.file)) continue;
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.file);
      const selfImport = group.length === 1 && edges.get(group[0]).includes(group[0]);
      if (group.length > 1 || selfImport) groups.push(group.sort().map((file) => relative(folder, file)));
    }
  }
  return groups.sort((a, b) => a[0].localeCompare(b[0]));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "../src"));
  const cycles = findImportCycles(folder);
  for (const cycle of cycles) console.error(`import cycle: ${cycle.join(" <-> ")}`);
  console.log(`${cycles.length} import cycle(s) among the modules of ${relative(process.cwd(), folder) || "."}`);
  process.exit(cycles.length > 0 ? 1 : 0);
}
