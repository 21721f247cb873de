import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findImportCycles } from "../../scripts/find-import-cycles.mjs";

/** A throw-away folder of modules, each given as its path and text. */
function folderOf(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "lectern-cycles-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, ".."), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

describe("findImportCycles", () => {
  it("finds none among the modules of packages/core/src (type-only imports and re-exports counted)", () => {
    expect(findImportCycles(fileURLToPath(new URL("../", import.meta.url)))).toEqual([]);
  });

  it("finds a cycle made of a type-only import, a re-export and a dynamic import", () => {
    const folder = folderOf({
      "a.ts": 'import type { B } from "./b.js";\nexport type A = B;\n',
      "b.ts": 'export * from "./c/c.js";\nexport type B = string;\n',
      "c/c.ts": 'export const load = () => import("../a.js");\n',
      "d.ts": 'import { load } from "./c/c.js";\nexport const d = load;\n',
    });
    expect(findImportCycles(folder)).toEqual([["a.ts", "b.ts", "c/c.ts"]]);
  });

  it("finds a module that imports itself, and ignores packages and test files", () => {
    const folder = folderOf({
      "self.ts": 'import { x } from "./self.js";\nexport const y = x;\n',
      "uses-zod.ts": 'import * as z from "zod/mini";\nimport "./uses-zod.test.js";\nexport const s = z.string();\n',
      "uses-zod.test.ts": 'import { s } from "./uses-zod.js";\n',
    });
    expect(findImportCycles(folder)).toEqual([["self.ts"]]);
  });
});
