import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const shim = fileURLToPath(new URL("../bin/lectern.js", import.meta.url));

describe("the lectern bin", () => {
  it("is a committed file outside dist/, so npm links it in a fresh clone before any build", () => {
    const manifest = JSON.parse(readFileSync(`${packageDir}/package.json`, "utf8"));
    expect(manifest.bin).toEqual({ lectern: "./bin/lectern.js" });
    expect(manifest.files).toContain("bin");
    expect(existsSync(shim)).toBe(true);
    expect(statSync(shim).mode & 0o111).not.toBe(0);
    expect(readFileSync(shim, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("runs the built command: --help exits 0 and lists the commands", () => {
    const result = spawnSync(process.execPath, [shim, "--help"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/validate/);
    expect(result.stdout).toMatch(/convert/);
  });
});
