import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main, type CliIo } from "./main.js";

// Issue 18: what the CLI reads (a BOM, standard input) and where it writes (-o -, paths it
// cannot write, never half a file). The built bin is spawned where the real file system matters.
const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const exampleText = readFileSync(
  fileURLToPath(new URL("../../core/examples/delta-2026.json", import.meta.url)),
  "utf8",
);
const folder = () => mkdtempSync(join(tmpdir(), "lectern-io-"));

/** Spawns the built CLI. */
function spawnCli(args: readonly string[], options: { input?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.input ?? "",
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs main in-process with standard input and writes captured. */
function run(args: readonly string[], stdin?: string, writeFile: CliIo["writeFile"] = () => undefined) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    ...(stdin === undefined ? {} : { readStdin: () => stdin }),
    writeFile,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    nowMs: () => Date.UTC(2026, 10, 22, 12),
  };
  const code = main(args, io);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("a byte-order mark at the start of an input", () => {
  const withBom = (name: string, text: string) => {
    const path = join(folder(), name);
    writeFileSync(path, `\uFEFF${text}`);
    return path;
  };

  it.each([
    ["program.json", exampleText, [], "valid program, 18 items"],
    [
      "schedule.json",
      readFileSync(
        join(process.env.LECTERN_SHARED_DIR || "../../../shared", "interop/c3voc/pretalx-democon.json"),
        "utf8",
      ),
      [],
      "valid c3voc, 36 items",
    ],
    ["sheet.csv", "date,start,end,title\n2026-03-04,10:00,11:00,Talk\n", ["--time-zone", "UTC"], "valid csv, 1 items"],
    [
      "papers.csv",
      "UID,title,authors\np1,A paper,Ana Souza\n",
      ["--time-zone", "UTC", "--start-date", "2026-11-09"],
      "valid miniconf, 1 items",
    ],
  ])("is ignored in %s", (name, text, options, summary) => {
    expect(run(["validate", withBom(name, text), ...options])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(summary),
    });
  });

  it("is ignored in a list of dates", () => {
    expect(run(["dates", withBom("dates.txt", "04/03/2026\n"), "--date-format", "DD/MM/YYYY"])).toMatchObject({
      code: 0,
      stdout: '[\n  "2026-03-04"\n]\n',
    });
  });
});

describe("- as the input", () => {
  it("reads standard input, detecting the format from the content", () => {
    expect(run(["validate", "-"], exampleText)).toMatchObject({
      code: 0,
      stdout: "<stdin>: valid program, 18 items over 1 day(s)\n",
    });
  });

  it("reads standard input in the built command", () => {
    expect(spawnCli(["convert", "-", "--to", "c3voc"], { input: exampleText })).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('"acronym": "delta_2026"'),
    });
  });

  it("says so when there is no standard input to read", () => {
    expect(run(["validate", "-"])).toMatchObject({ code: 1, stderr: "lectern: cannot read standard input here\n" });
  });
});

describe("-o", () => {
  it("- writes to standard output", () => {
    const written: string[] = [];
    const result = run(["convert", "-", "--to", "program", "-o", "-"], exampleText, (path) => written.push(path));
    expect(written).toEqual([]);
    expect(JSON.parse(result.stdout).items).toHaveLength(18);
  });

  it.each([
    ["a missing folder", () => join(folder(), "missing", "out.json"), "no such folder"],
    ["a folder", () => folder(), "it is a folder"],
    [
      "a path through a file",
      () => join(writeAndReturn(join(folder(), "file.txt")), "out.json"),
      "a part of the path is not a folder",
    ],
  ])("to %s is a one-line error naming the path, exit 1", (_case, target, reason) => {
    const path = target();
    const result = spawnCli(["convert", "-", "--to", "program", "-o", path], { input: exampleText });
    expect(result).toEqual({ code: 1, stdout: "", stderr: `lectern: cannot write ${path}: ${reason}\n` });
  });

  it("to a folder the user may not write in is a one-line error, exit 1", () => {
    // Root ignores a folder's permissions (and another user may not reach this checkout), but
    // sysfs refuses a new file even to root; anyone else gets a folder made read-only.
    const asRoot = process.getuid?.() === 0;
    const locked = asRoot ? "/sys" : folder();
    if (!asRoot) chmodSync(locked, 0o555);
    const path = join(locked, "out.json");
    const result = spawnCli(["convert", "-", "--to", "program", "-o", path], { input: exampleText });
    expect(result).toEqual({ code: 1, stdout: "", stderr: `lectern: cannot write ${path}: permission denied\n` });
  });

  it("reports a write that fails in-process as one line, never a throw", () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'out.json'"), { code: "EACCES" });
    const result = run(["convert", "-", "--to", "program", "-o", "out.json"], exampleText, () => {
      throw denied;
    });
    expect(result).toMatchObject({ code: 1, stderr: "lectern: cannot write out.json: permission denied\n" });
  });

  it("replaces an existing file with the complete output and leaves no temporary file", () => {
    const dir = folder();
    const path = writeAndReturn(join(dir, "out.json"), "old");
    expect(spawnCli(["convert", "-", "--to", "program", "-o", path], { input: exampleText }).code).toBe(0);
    expect(JSON.parse(readFileSync(path, "utf8")).items).toHaveLength(18);
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("leaves an existing file as it was when the input is invalid", () => {
    const dir = folder();
    const path = writeAndReturn(join(dir, "out.json"), "old");
    expect(
      spawnCli(["convert", "-", "--to", "program", "-o", path], { input: '{ "version": 1, "event": {}, "items": [] }' })
        .code,
    ).toBe(1);
    expect(readFileSync(path, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("writes nothing for a format it cannot write", () => {
    const path = join(folder(), "out.csv");
    expect(spawnCli(["convert", "-", "--to", "csv", "-o", path], { input: exampleText }).code).toBe(1);
    expect(existsSync(path)).toBe(false);
  });
});

function writeAndReturn(path: string, text = "x"): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  return path;
}
