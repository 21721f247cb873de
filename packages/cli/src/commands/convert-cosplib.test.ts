import type { Program } from "@lectern/core";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main, type CliIo } from "../main.js";

// Issue 19: `lectern convert X.xlsx --from cosplib --to program`, on the three CoSPLib instances.
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../core/test/fixtures/cosplib/${name}`, import.meta.url));
const shim = fileURLToPath(new URL("../../bin/lectern.js", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "lectern-cosplib-"));

async function run(...args: string[]) {
  const [out, err] = [[] as string[], [] as string[]];
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    readBytes: (path) => readFileSync(path),
    readStdin: () => "PK\u0003\u0004",
    writeFile: (path, text) => writeFileSync(path, text),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    nowMs: () => 0,
  };
  return { code: await main(args, io), stdout: out.join(""), stderr: err.join("") };
}

/** Converts an instance to a program file; the program, its path and the warnings printed. */
async function convert(name: string) {
  const output = join(folder, `${name}.json`);
  const result = await run("convert", fixture(`${name}.xlsx`), "--from", "cosplib", "--to", "program", "-o", output);
  expect(result.code, result.stderr).toBe(0);
  return { output, program: JSON.parse(readFileSync(output, "utf8")) as Program, stderr: result.stderr };
}

const slotsOf = (program: Program, session: string) =>
  program.scheduling?.slots?.filter((slot) => slot.session === session).map((slot) => [slot.start, slot.minutes]);

describe("lectern convert --from cosplib", () => {
  it("converts N2OR (35 submissions, 4 sessions, 4 rooms), and the program validates", async () => {
    const { output, program, stderr } = await convert("N2OR");
    expect([program.items.length, program.sessions?.length, program.rooms?.length]).toEqual([35, 4, 4]);
    expect(program.items.find((item) => item.id === "NEW19A3729")?.track).toBe("Analytics");
    // Wed2 runs 14:00-15:30 on 2021-07-28 with at most 2 timeslots (read in the workbook).
    expect(slotsOf(program, "Wed2")).toEqual([
      ["2021-07-28T14:00", 45],
      ["2021-07-28T14:45", 45],
    ]);
    // "Steelhouse LT" cannot be an id (ids go into addresses): the warning names both.
    expect(program.rooms?.[0]).toEqual({ id: "Steelhouse-LT", name: "Steelhouse LT" });
    expect(stderr).toContain('the room "Steelhouse LT" has the id "Steelhouse-LT"');
    expect(await run("validate", output)).toMatchObject({ code: 0, stderr: "" });
  });

  it("converts GECCO20 (158 submissions, 7 sessions, 8 rooms), and the program validates", async () => {
    const { output, program, stderr } = await convert("GECCO20");
    expect([program.items.length, program.sessions?.length, program.rooms?.length]).toEqual([158, 7, 8]);
    expect(program.items.find((item) => item.id === "pap456s3")).toMatchObject({
      track: "ACOSI",
      speakers: ["person21"],
    });
    // Fri2: 10:45-11:45 on 2021-07-28, 4 timeslots of 15 minutes.
    expect(slotsOf(program, "Fri2")).toEqual([
      ["2021-07-28T10:45", 15],
      ["2021-07-28T11:00", 15],
      ["2021-07-28T11:15", 15],
      ["2021-07-28T11:30", 15],
    ]);
    // 8 rooms "Room 1".."Room 8" and 9 tracks "... Best" have spaces: one warning each.
    expect(stderr.split("\n").filter((line) => line.startsWith("warning "))).toHaveLength(17);
    expect(stderr).toContain('rooms[7].id: the room "Room 8" has the id "Room-8"');
    expect(await run("validate", output)).toMatchObject({ code: 0, stderr: "" });
  });

  it("converts GECCO21 (138 submissions, 6 sessions, 8 rooms) keeping its room ids, and it validates", async () => {
    const { output, program, stderr } = await convert("GECCO21");
    expect([program.items.length, program.sessions?.length, program.rooms?.length]).toEqual([138, 6, 8]);
    expect(program.rooms?.map((room) => room.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Room${n}`));
    expect(program.items.find((item) => item.id === "pap322s3")).toMatchObject({ track: "ACOSI", speakers: ["P43"] });
    // Mon2: 12:20-13:40 on 2021-07-12, 4 timeslots of 20 minutes.
    expect(slotsOf(program, "Mon2")).toEqual([
      ["2021-07-12T12:20", 20],
      ["2021-07-12T12:40", 20],
      ["2021-07-12T13:00", 20],
      ["2021-07-12T13:20", 20],
    ]);
    expect(stderr).not.toContain("the room");
    expect(await run("validate", output)).toMatchObject({ code: 0, stderr: "" });
  });

  it("refuses a file that is not a workbook, and a workbook that is not an instance, with exit 1", async () => {
    const text = join(folder, "not-a-workbook.xlsx");
    writeFileSync(text, "Reference,Track\npap1,GA\n");
    const notXlsx = await run("convert", text, "--to", "program");
    expect(notXlsx).toMatchObject({ code: 1, stdout: "" });
    expect(notXlsx.stderr).toContain("is not an .xlsx workbook");
    const solution = await run("convert", fixture("N2ORSolution.xlsx"), "--from", "cosplib", "--to", "program");
    expect(solution).toMatchObject({ code: 1, stdout: "" });
    expect(solution.stderr).toContain('CoSPLib workbook: missing sheet "parameters"');
  });

  it("asks for a workbook's path rather than reading it from standard input (exit 2)", async () => {
    const result = await run("convert", "-", "--from", "cosplib", "--to", "program");
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining("give its path, not standard input") });
  });

  it("reads workbooks in the other commands too: changes between an instance and its program", async () => {
    const { output } = await convert("N2OR");
    const result = await run("changes", fixture("N2OR.xlsx"), output);
    expect(result).toMatchObject({ code: 0, stdout: "No changes to N2OR.\n" });
  });

  it("runs the commands the developers page shows (#cosplib) as written", async () => {
    const page = readFileSync(new URL("../../../../apps/docs/content/developers.html", import.meta.url), "utf8");
    const section = page.slice(page.indexOf('id="cosplib"'), page.indexOf('id="miniconf-sessions"'));
    const commands = [...section.matchAll(/<pre><code>([\s\S]*?)<\/code><\/pre>/g)]
      .flatMap((match) => match[1]!.split("\n"))
      .map((line) => line.replace(/#.*$/, "").trim())
      .filter((line) => line.startsWith("npx lectern "));
    expect(commands).toHaveLength(2);
    for (const line of commands) {
      // The page's file names are the fixtures'; -o goes to the test's folder.
      const args = line
        .slice("npx lectern ".length)
        .split(/\s+/)
        .map((arg) => (arg.endsWith(".xlsx") ? fixture(arg) : arg.endsWith(".json") ? join(folder, arg) : arg));
      expect(await run(...args), line).toMatchObject({ code: 0 });
    }
    expect(JSON.parse(readFileSync(join(folder, "gecco20.json"), "utf8")).items).toHaveLength(158);
  });

  it("works from the built command, which reads the file's bytes", () => {
    const result = spawnSync(process.execPath, [shim, "validate", fixture("GECCO21.xlsx")], { encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("valid cosplib, 138 items");
  });
});
