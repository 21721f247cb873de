import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../testing/run-cli.js";

// `lectern ics --previous`: a calendar that updates subscribers instead of losing events.

const example = fileURLToPath(new URL("../../../core/examples/delta-2026.json", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "lectern-ics-"));

/** STATUS and SEQUENCE of one item's VEVENT. */
function eventOf(ics: string, itemId: string) {
  const vevent = ics
    .replace(/\r\n[ \t]/g, "")
    .split("BEGIN:VEVENT")
    .find((part) => part.includes(`UID:${itemId}@`));
  return { status: /STATUS:(\w+)/.exec(vevent ?? "")?.[1], sequence: Number(/SEQUENCE:(\d+)/.exec(vevent ?? "")?.[1]) };
}

describe("lectern ics --previous", () => {
  const first = run("ics", example).stdout;
  const previousFile = join(folder, "previous.ics");
  writeFileSync(previousFile, first);
  const program = JSON.parse(readFileSync(example, "utf8")) as {
    items: { id: string; start?: string; end?: string }[];
  };
  program.items = program.items.filter((item) => item.id !== "talk-chen");
  Object.assign(
    program.items.find((item) => item.id === "talk-vidal")!,
    { start: "2026-04-27T14:00", end: "2026-04-27T14:30" },
  );
  const newer = join(folder, "newer.json");
  writeFileSync(newer, JSON.stringify(program));

  it("raises a moved item's SEQUENCE and keeps a removed one as cancelled", () => {
    const result = run("ics", newer, "--previous", previousFile);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(eventOf(first, "talk-chen")).toEqual({ status: "CONFIRMED", sequence: 0 });
    expect(eventOf(result.stdout, "talk-chen")).toEqual({ status: "CANCELLED", sequence: 1 });
    expect(eventOf(result.stdout, "talk-vidal")).toEqual({ status: "CONFIRMED", sequence: 1 });
    expect(eventOf(result.stdout, "opening")).toEqual({ status: "CONFIRMED", sequence: 0 });
  });

  it("says which file it cannot read (exit 1), and refuses --previous for other formats (exit 2)", () => {
    expect(run("ics", newer, "--previous", join(folder, "missing.ics"))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("cannot read"),
    });
    expect(run("convert", newer, "--to", "c3voc", "--previous", previousFile).code).toBe(2);
  });
});
