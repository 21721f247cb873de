/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";

// The rules of issue 16, checked on the source itself (Vite hands it over as text), so that a
// later change cannot quietly undo them.
const sources = import.meta.glob<string>(["../**/*.ts", "!../**/*.test.ts", "!../**/*.stories.ts", "!../testing/**"], {
  query: "?raw",
  import: "default",
  eager: true,
});
const tests = import.meta.glob<string>("../**/*.test.ts", { query: "?raw", import: "default", eager: true });

const lineCount = (text: string) => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
/** Every element's folder (`../talk-card/`): the one holding its `*.element.ts`, so a new element is held to the rules too. */
const elementFolders = Object.keys(sources)
  .filter((path) => path.endsWith(".element.ts"))
  .map((path) => path.slice(0, path.lastIndexOf("/") + 1));
const isInElementFolder = (path: string) => elementFolders.some((folder) => path.startsWith(folder));

describe("house rules", () => {
  it("reads the clock in one place only: ClockController", () => {
    const readers = Object.entries(sources)
      .filter(([path, text]) => path !== "./clock-controller.ts" && /\bDate\.now\(/.test(text))
      .map(([path]) => path);
    expect(readers).toEqual([]);
  });

  it("keeps every source and test file of every element within 300 lines, and each element class within 250", () => {
    const files = { ...sources, ...tests };
    const tooLong = Object.entries(files)
      .filter(([path]) => isInElementFolder(path))
      .filter(([path, text]) => lineCount(text) > (path.endsWith(".element.ts") ? 250 : 300))
      .map(([path, text]) => `${path}: ${lineCount(text)} lines`);
    expect(tooLong).toEqual([]);
    // The globs must have found the files, or the check above proves nothing.
    expect(elementFolders).toContain("../schedule-grid/");
    expect(Object.keys(files).filter(isInElementFolder).length).toBeGreaterThan(100);
  });
});
