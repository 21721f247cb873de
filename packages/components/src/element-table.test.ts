/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { onFirstUseLoaders } from "./element-loaders.js";
import { elementTable } from "./element-table.js";
import * as publicApi from "./index.js";

// Every folder of src/ that holds an element (its class file), found by the bundler, not by a
// list: a new folder without a row in the table is what this test is for.
const elementFolders = Object.keys(import.meta.glob("./*/*.element.ts")).map((path) => path.split("/")[1]!);
const defineModules = import.meta.glob<Record<string, unknown>>("./*/define.ts");

describe("the element table", () => {
  it("has one row per element folder, and a folder for every row", () => {
    expect([...new Set(elementFolders)].sort()).toEqual(elementTable.map((row) => row.folder).sort());
    expect(new Set(elementTable.map((row) => row.tag)).size).toBe(elementTable.length);
  });

  it("has a loader for exactly the elements lectern.js registers on first use", () => {
    const onFirstUse = elementTable.filter((row) => row.registration === "on-first-use").map((row) => row.tag);
    expect(Object.keys(onFirstUseLoaders).sort()).toEqual([...onFirstUse].sort());
  });

  it("matches each folder's define module: it registers the row's tag with the class it exports, which the package exports too", async () => {
    const exportedClasses = new Set<unknown>(Object.values(publicApi));
    for (const row of elementTable) {
      const load = defineModules[`./${row.folder}/define.ts`];
      expect(load, `${row.folder}/define.ts`).toBeDefined();
      const exported = Object.values(await load!());
      expect(exported, `${row.folder}/define.ts exports its class`).toContain(customElements.get(row.tag));
      expect(exportedClasses.has(customElements.get(row.tag)!), `index.ts exports <${row.tag}>'s class`).toBe(true);
    }
  });

  it("is what define.js registers", async () => {
    await import("./define.js");
    for (const row of elementTable) expect(customElements.get(row.tag), row.tag).toBeDefined();
  });
});
