import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { helpText, main, type CliIo } from "./main.js";

// A real pretalx widget file (packages/core/test/fixtures/pretalx/README.md names its source).
const lima = fileURLToPath(
  new URL("../../core/test/fixtures/pretalx/devopsdays-lima-2026-widget.json", import.meta.url),
);

/** Runs the CLI in-process against a real file, capturing what it prints. */
function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: () => {},
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    nowMs: () => Date.UTC(2026, 10, 22, 12),
  };
  const code = main(args, io);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

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

  it("warns when the language is missing, and lists the option in help", () => {
    const result = run("convert", lima, "--from", "pretalx", "--language", "de", "--title", "Lima", "--to", "program");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('language "de" is missing from 33 translated field(s)');
    expect(helpText).toMatch(/--language LANG +the language to read translated texts in/);
  });
});
