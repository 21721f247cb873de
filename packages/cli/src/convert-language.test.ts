import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { helpText } from "./main.js";
import { runCli as run } from "./testing/run-cli.js";

// A real pretalx widget file (packages/core/test/fixtures/pretalx/README.md names its source).
const lima = fileURLToPath(
  new URL("../../core/test/fixtures/pretalx/devopsdays-lima-2026-widget.json", import.meta.url),
);

describe("lectern convert --from pretalx --language", () => {
  it("reads translated texts in the language asked for and keeps the others", () => {
    const result = run("convert", lima, "--from", "pretalx", "--language", "es", "--title", "Lima", "--to", "program");
    expect(result.code).toBe(0);
    const program = JSON.parse(result.stdout);
    expect(program.event.language).toBe("es");
    expect(program.textFormat).toBe("markdown");
    const breaks = program.items.filter((item: { kind: string }) => item.kind === "coffee-break");
    expect(breaks[0].title).toBe("Receso");
    expect(breaks[0].translations).toEqual([{ language: "en", title: "Break" }]);
  });

  it("reads a language the file has no texts in as its first, warning with the languages it has", () => {
    const result = run("convert", lima, "--from", "pretalx", "--language", "de", "--title", "Lima", "--to", "program");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('has no texts in "de" (the language option, --language): its texts are in en, es');
    const program = JSON.parse(result.stdout);
    // Not "de": no text of the program is German. English, the file's first language, as a
    // text without the language asked for falls back to its first.
    expect(program.event.language).toBe("en");
    const breaks = program.items.filter((item: { kind: string }) => item.kind === "coffee-break");
    expect(breaks[0].title).toBe("Break");
    expect(breaks[0].translations).toEqual([{ language: "es", title: "Receso" }]);
  });

  it("lists the option and what a missing language does in help", () => {
    expect(helpText).toMatch(/--language LANG +the language to read translated texts in/);
    expect(helpText).toMatch(/A language the file has no texts in is read as its\s+first, with a warning/);
  });

  it("is refused for Sessionize, whose exports are not translated, naming the format that takes it", () => {
    const sessionize = fileURLToPath(
      new URL("../../core/test/fixtures/sessionize/global-azure-linz-2021.json", import.meta.url),
    );
    const result = run("convert", sessionize, "--time-zone", "Europe/Vienna", "--language", "fr", "--to", "program");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "Sessionize JSON (--from sessionize) does not take --language: --language is an option of pretalx",
    );
  });
});
