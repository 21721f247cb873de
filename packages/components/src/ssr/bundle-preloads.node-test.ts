import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deltaProgram, programData, programFrom } from "../testing/fixtures.js";
import { bundleFilesToPreload, installedBundleFolder, readBundleFiles } from "./bundle-preloads.js";
import { renderProgramPage, renderSpeakersPage, renderTalkPage } from "./render-program-page.js";

describe("bundleFilesToPreload", () => {
  // Minified as the bundler writes them: static imports, and a dynamic one not fetched at once.
  const files = new Map([
    ["lectern.js", 'import("./lectern-talk-card-a1.js");export{x as t}'],
    [
      "lectern-talk-card-a1.js",
      'import{t}from"./lectern-runtime-b2.js";import{x}from"./lectern.js";import("./lectern-temml-c3.js")',
    ],
    ["lectern-runtime-b2.js", "export const t=1"],
    ["lectern-temml-c3.js", "export const m=1"],
    ["lectern-speaker-list-d4.js", 'import{x}from"./lectern.js"'],
    ["lectern-marked.esm-e5.js", "export const l=1"],
    ["lectern-hydrate-f6.js", 'import{t}from"./lectern-runtime-b2.js";import{x}from"./lectern.js"'],
  ]);

  it.each([
    [["talk-card"], {}, ["lectern.js", "lectern-talk-card-a1.js", "lectern-runtime-b2.js"]],
    [["speaker-list"], {}, ["lectern.js", "lectern-speaker-list-d4.js"]],
    [["schedule-grid"], {}, ["lectern.js"]],
    [["schedule-grid"], { markdown: true }, ["lectern.js", "lectern-marked.esm-e5.js"]],
    [["schedule-grid"], { hydrate: true }, ["lectern.js", "lectern-hydrate-f6.js", "lectern-runtime-b2.js"]],
    [
      ["talk-card"],
      { hydrate: true },
      ["lectern.js", "lectern-hydrate-f6.js", "lectern-runtime-b2.js", "lectern-talk-card-a1.js"],
    ],
  ] as const)("for %j (%j): %j", (tags, needs, expected) => {
    expect(bundleFilesToPreload(files, tags, needs)).toEqual(expected);
  });

  it("names lectern.js alone when the bundle is not built", () => {
    expect(bundleFilesToPreload(new Map(), ["talk-card"])).toEqual(["lectern.js"]);
    expect(readBundleFiles(new URL("file:///nowhere/at/all/")).size).toBe(0);
  });
});

/** The hrefs of a page's modulepreload links, in order, and where its first script is. */
function preloadsOf(page: string): string[] {
  const head = page.slice(0, page.indexOf("</head>"));
  return [...head.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]!);
}

describe("the rendered pages preload what they fetch of the built bundle", () => {
  const dist = installedBundleFolder();
  const built = readdirSync(dist).filter((name) => /^lectern.*\.js$/.test(name));
  const chunkOf = (folder: string) => built.find((name) => name.startsWith(`lectern-${folder}-`))!;
  /** The sibling files a built chunk imports before it runs. */
  const importsOf = (name: string) =>
    [...readFileSync(new URL(name, dist), "utf8").matchAll(/from"\.\/([^"]+)"/g)].map((match) => match[1]!);

  it("a talk page: lectern.js, the card's chunk and what it imports, one folder up", async () => {
    const expected = ["lectern.js", chunkOf("talk-card"), ...importsOf(chunkOf("talk-card"))];
    expected.push(chunkOf("hydrate"), ...importsOf(chunkOf("hydrate")));
    expect(preloadsOf(await renderTalkPage(deltaProgram, "talk-vidal")).sort()).toEqual(
      [...new Set(expected)].map((name) => `../${name}`).sort(),
    );
  });

  it("the program page: the summary's chunk, and not the card's, which only an opened talk needs", async () => {
    const preloads = preloadsOf(await renderProgramPage(deltaProgram));
    expect(preloads[0]).toBe("lectern.js");
    expect(preloads).toContain(chunkOf("event-summary"));
    // lectern.js imports the hydrate support before it defines an element: and it imports the runtime.
    expect(preloads).toEqual(expect.arrayContaining([chunkOf("hydrate"), ...importsOf(chunkOf("hydrate"))]));
    expect(preloads).not.toContain(chunkOf("talk-card"));
  });

  it("the speakers page: the list's chunk; the Markdown lexer too for a Markdown program", async () => {
    expect(preloadsOf(await renderSpeakersPage(deltaProgram))).toContain(chunkOf("speaker-list"));
    const markdown = programFrom({ ...programData(deltaProgram), textFormat: "markdown" });
    expect(preloadsOf(await renderSpeakersPage(markdown))).toContain(chunkOf("marked.esm"));
  });

  it("puts the chunks beside scriptSrc", async () => {
    const page = await renderTalkPage(deltaProgram, "talk-vidal", { scriptSrc: "assets/lectern.js" });
    expect(preloadsOf(page)).toContain(`../assets/${chunkOf("talk-card")}`);
    expect(page).toContain('<script type="module" src="../assets/lectern.js"></script>');
  });
});
