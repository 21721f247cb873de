import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { withoutExtra } from "../without-extra.js";
import { describeWriteError } from "../write-output.js";
import type { CommandContext, ReadProgram } from "./command-context.js";

/** Where the script-tag bundle is, in the installed `@lectern/components`. */
function lecternScriptPath(): string {
  return fileURLToPath(import.meta.resolve("@lectern/components/lectern.js"));
}

/**
 * `lectern.js` and the chunks it fetches on first use (`lectern-*.js`: the other elements, math,
 * Markdown, the diff of two versions): without them a rendered site's elements would fail to
 * upgrade the moment a page used one that `lectern.js` does not hold.
 */
function lecternScriptPaths(): string[] {
  const main = lecternScriptPath();
  const folder = dirname(main);
  const chunks = readdirSync(folder).filter((name) => /^lectern-.*\.js$/.test(name));
  return [main, ...chunks.sort().map((name) => join(folder, name))];
}

/**
 * `lectern render PROGRAM -o DIR`: the static site of a program, rendered by Lit SSR —
 * `index.html` (the program), `speakers.html`, `talks/<id>.html` for every item, the program
 * as unindented JSON (without importers' `extra` unless `--keep-extra`) and `lectern.js`,
 * which hydrates the elements; with `--print` also `print.html`, the printed program. Every page is made before anything is written, and the
 * folder is replaced whole (`io.writeFolder`), so a failure leaves nothing half-written.
 */
export async function runRender(context: CommandContext, { program }: ReadProgram): Promise<number> {
  const { io, values } = context;
  const folder = values.output;
  if (folder === undefined || folder === "-") return context.usage("render writes a folder: give it with -o DIR");
  if (!io.writeFolder) return context.usage("render needs a file system to write to");
  const served = values["keep-extra"] ? program : withoutExtra(program);
  let scripts: [string, string][];
  try {
    scripts = lecternScriptPaths().map((path) => [path.slice(dirname(path).length + 1), io.readFile(path)]);
  } catch (error) {
    io.stderr(
      `lectern render: cannot read lectern.js of @lectern/components (${describeWriteError(error)}); is it built?\n`,
    );
    return 1;
  }
  // Loaded only here: the other commands do not pay for Lit and the elements.
  const { renderPrintPage, renderProgramPage, renderSpeakersPage, renderTalkPage, talkPageFileName } =
    await import("@lectern/components/ssr");
  const files = new Map<string, string>([
    ["index.html", await renderProgramPage(served)],
    ["speakers.html", await renderSpeakersPage(served)],
    ["program.json", JSON.stringify(served)],
    ...scripts,
  ]);
  if (values.print) files.set("print.html", await renderPrintPage(served));
  for (const item of served.items)
    files.set(`talks/${talkPageFileName(item.id)}`, await renderTalkPage(served, item.id));
  try {
    io.writeFolder(folder, files);
  } catch (error) {
    io.stderr(`lectern render: cannot write ${folder}: ${describeWriteError(error)}\n`);
    return 1;
  }
  io.stderr(`${context.label}: wrote ${files.size} files to ${folder} (${served.items.length} talk pages)\n`);
  return 0;
}
