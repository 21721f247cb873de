import { readdirSync, readFileSync } from "node:fs";
import { elementTable, type ElementTag } from "../element-table.js";

/** The script-tag bundle as built: each `lectern*.js` file's name and code. */
export type BundleFiles = ReadonlyMap<string, string>;

/** What a page needs of the bundle besides its elements. */
export interface BundleNeeds {
  /** The program's texts are Markdown (`textFormat`): the elements load the Markdown lexer. */
  readonly markdown?: boolean;
  /**
   * The page's elements are server-rendered (declarative shadow DOM): `lectern.js` fetches
   * Lit's hydrate support (`lectern-hydrate-<hash>.js`) before it defines any element.
   */
  readonly hydrate?: boolean;
}

// A static import or re-export of a sibling file in minified code (`import{a}from"./x.js"`,
// `import"./x.js"`); a dynamic `import("./x.js")` is not matched (no `(`), as it is fetched
// only when used.
const staticImportPattern = /(?:^|[;}\n]|\*\/)\s*(?:import|export)\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+)["']/g;

/** The sibling files a bundle file imports statically: the browser fetches them before it runs. */
function staticImportsOf(code: string): string[] {
  return [...code.matchAll(staticImportPattern)].map((match) => match[1]!);
}

/**
 * The files of the bundle a page fetches before its elements can draw, in the order to
 * preload them: `lectern.js`, the chunk of every element it uses that `lectern.js` registers
 * on first use (`lectern-<folder>-<hash>.js`), what those import statically (the bundler's
 * runtime helper), Lit's hydrate support for a server-rendered page (lectern.js imports it
 * before it defines any element, so without the preload hydration waits a round trip more),
 * and the Markdown lexer when the program needs it. Without the preloads the
 * browser finds each only after running the file before it: one round trip more each.
 * Names not in `files` (a bundle not built) are left out, except `lectern.js`.
 */
export function bundleFilesToPreload(
  files: BundleFiles,
  tags: readonly ElementTag[],
  needs: BundleNeeds = {},
): string[] {
  const names = [...files.keys()].sort();
  const wanted = new Set<string>(["lectern.js"]);
  const add = (name: string | undefined) => {
    if (name === undefined || wanted.has(name) || !files.has(name)) return;
    wanted.add(name);
    staticImportsOf(files.get(name)!).forEach(add);
  };
  // First, as lectern.js asks for it first: nothing hydrates before it has run.
  if (needs.hydrate) add(names.find((name) => name.startsWith("lectern-hydrate-")));
  for (const row of elementTable)
    if (row.registration === "on-first-use" && tags.includes(row.tag))
      add(names.find((name) => name.startsWith(`lectern-${row.folder}-`)));
  if (needs.markdown) add(names.find((name) => name.startsWith("lectern-marked")));
  return [...wanted];
}

const bundleCache = new Map<string, BundleFiles>();

/**
 * Reads the built bundle (`lectern*.js`) in a folder, once per folder: a site of a thousand
 * talk pages asks for it a thousand times. An unreadable folder reads as no files.
 */
export function readBundleFiles(folder: URL): BundleFiles {
  const key = folder.href;
  let files = bundleCache.get(key);
  if (!files) {
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter((name) => /^lectern.*\.js$/.test(name));
    } catch {
      // Not built (or moved): the page preloads lectern.js alone, as before the chunks existed.
    }
    files = new Map(names.map((name) => [name, readFileSync(new URL(name, folder), "utf8")]));
    bundleCache.set(key, files);
  }
  return files;
}

/** The folder of the installed `lectern.js`, whose chunks the pages name. */
export function installedBundleFolder(): URL {
  return new URL(".", import.meta.resolve("@lectern/components/lectern.js"));
}
