// Static sites made the way `lectern render` makes them (renderProgramPage and the other page
// renderers of @lectern/components/ssr, the built files, beside dist/lectern.js and its chunks),
// written to a temporary folder for the static-page tests to serve.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { importFrabXml, parseProgram, type Program } from "@lectern/core";
import { renderProgramPage, renderSpeakersPage, renderTalkPage, talkPageFileName } from "@lectern/components/ssr";
import { findSharedDir } from "../../../scripts/find-shared-dir.mjs";

const componentsDist = new URL("../../../packages/components/dist/", import.meta.url);
const examples = new URL("../../../packages/core/examples/", import.meta.url);

/** An example program of packages/core/examples, parsed. */
export function exampleProgram(file: string): Program {
  const parsed = parseProgram(JSON.parse(readFileSync(new URL(file, examples), "utf8")));
  if (!parsed.ok) throw new Error(`${file} is not a valid program`);
  return parsed.program;
}

/** FOSDEM 2024 (both days) from ../shared/data, imported from frab XML; undefined without shared/. */
export function fosdemProgram(): Program | undefined {
  const file = `${findSharedDir() ?? "../shared-not-found"}/data/fosdem-2024.schedule.xml`;
  if (!existsSync(file)) return undefined;
  const imported = importFrabXml(readFileSync(file, "utf8"));
  if (!imported.ok) throw new Error(`FOSDEM 2024 did not import: ${imported.errors[0]?.message}`);
  return imported.program;
}

/**
 * Writes the site of each program into `<folder>/<name>/`: index.html, speakers.html and
 * talks/<id>.html (`withTalkPages`), with lectern.js and its chunks. Returns the folder's URL.
 */
export async function writeStaticSites(
  sites: Record<string, { program: Program; withTalkPages: boolean }>,
): Promise<URL> {
  const root = mkdtempSync(join(tmpdir(), "lectern-static-"));
  for (const [name, { program, withTalkPages }] of Object.entries(sites)) {
    const folder = join(root, name);
    mkdirSync(join(folder, "talks"), { recursive: true });
    writeFileSync(join(folder, "index.html"), await renderProgramPage(program));
    writeFileSync(join(folder, "speakers.html"), await renderSpeakersPage(program));
    if (withTalkPages)
      for (const item of program.items)
        writeFileSync(join(folder, "talks", talkPageFileName(item.id)), await renderTalkPage(program, item.id));
    for (const file of readdirSync(componentsDist).filter((name) => /^lectern.*\.js$/.test(name)))
      copyFileSync(new URL(file, componentsDist), join(folder, file));
  }
  return pathToFileURL(`${root}/`);
}
