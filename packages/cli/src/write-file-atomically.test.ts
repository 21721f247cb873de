import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeFileAtomically } from "./write-file-atomically.js";

// The rename can be made to fail, as a full disk or a lost mount would make the write fail.
let failRename = false;
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return {
    ...actual,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (failRename) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      actual.renameSync(from, to);
    },
  };
});
afterEach(() => {
  failRename = false;
});

const folder = () => mkdtempSync(join(tmpdir(), "lectern-atomic-"));

describe("writeFileAtomically", () => {
  it("writes a new file, leaving nothing else beside it", () => {
    const dir = folder();
    writeFileAtomically(join(dir, "out.json"), "{}\n");
    expect(readFileSync(join(dir, "out.json"), "utf8")).toBe("{}\n");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("replaces an existing file, keeping its permissions", () => {
    const dir = folder();
    const path = join(dir, "out.json");
    writeFileSync(path, "old", { mode: 0o640 });
    fs.chmodSync(path, 0o640);
    writeFileAtomically(path, "new");
    expect([readFileSync(path, "utf8"), statSync(path).mode & 0o777]).toEqual(["new", 0o640]);
  });

  it("leaves the old file whole and removes the temporary one when the write fails", () => {
    const dir = folder();
    const path = join(dir, "out.json");
    writeFileSync(path, "old");
    failRename = true;
    expect(() => writeFileAtomically(path, "new")).toThrow(/ENOSPC/);
    expect(readFileSync(path, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("writes through a symbolic link to the file it names", () => {
    const dir = folder();
    writeFileSync(join(dir, "real.json"), "old");
    fs.symlinkSync(join(dir, "real.json"), join(dir, "link.json"));
    writeFileAtomically(join(dir, "link.json"), "new");
    expect([
      readFileSync(join(dir, "real.json"), "utf8"),
      fs.lstatSync(join(dir, "link.json")).isSymbolicLink(),
    ]).toEqual(["new", true]);
  });

  it.each([
    ["a folder", (dir: string) => dir, "EISDIR"],
    ["a missing folder", (dir: string) => join(dir, "missing", "out.json"), "ENOENT"],
  ])("throws the file system's code for %s", (_case, target, code) => {
    const dir = folder();
    expect(() => writeFileAtomically(target(dir), "x")).toThrow(expect.objectContaining({ code }));
    expect(readdirSync(dir)).toEqual([]);
  });
});
