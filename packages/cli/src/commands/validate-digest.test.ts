import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../testing/run-cli.js";

// `lectern validate papers.json` checks a paper digest too: the CLI writes digests
// (`convert --to digest`), so it must be able to check one it did not write.

const example = fileURLToPath(new URL("../../../core/examples/delta-2026.json", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "lectern-validate-digest-"));
const digestFile = (name: string, text: string) => {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
};

describe("lectern validate on a paper digest", () => {
  it("accepts the digest convert writes, and says how many papers it holds", () => {
    const file = digestFile("delta.digest", run("convert", example, "--to", "digest").stdout);
    expect(run("validate", file)).toEqual({ code: 0, stdout: `${file}: valid paper digest, 13 papers\n`, stderr: "" });
    const json = JSON.parse(run("validate", file, "--json").stdout) as { ok: boolean; format: string; papers: number };
    expect(json).toMatchObject({ ok: true, format: "digest", papers: 13 });
  });

  it("names the line and path of what is wrong (exit 1)", () => {
    const text = '{\n  "version": 1,\n  "title": "Papers",\n  "papers": [\n    { "id": "a", "title": 7 }\n  ]\n}\n';
    const result = run("validate", digestFile("bad.json", text));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error .*bad\.json: papers\[0\]\.title .*line 5/m);
    expect(result.stderr).toContain("(read as digest)");
  });

  it("reads a digest named with --from digest, and still reads a program as a program", () => {
    const file = digestFile("papers.txt", '{"version":1,"title":"P","papers":[]}');
    expect(run("validate", file, "--from", "digest")).toMatchObject({
      code: 0,
      stdout: `${file}: valid paper digest, 0 papers\n`,
    });
    expect(run("validate", example).stdout).toMatch(/: valid program, /);
  });
});
