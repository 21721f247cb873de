import { describe, expect, it, vi } from "vitest";
import * as positions from "../parse/json-positions.js";
import { jsonTextSource } from "./import-source.js";

// The scan is spied on to pin that locating is lazy: it is what made a c3voc import with one
// summary warning cost ~20x JSON.parse (issue 18).
vi.mock("../parse/json-positions.js", async (importOriginal) => {
  const original = await importOriginal<typeof positions>();
  return { ...original, scanJson: vi.fn(original.scanJson) };
});

const text = '\n  {\n  "a": {\n    "b": [1, {"c": 2}]\n  },\n  "a2": 3\n}\n';

describe("jsonTextSource", () => {
  it("places a problem about the whole file at the top-level value, without scanning the text", () => {
    vi.mocked(positions.scanJson).mockClear();
    expect(jsonTextSource(text).locate([])).toEqual({ line: 2, column: 3 });
    expect(positions.scanJson).not.toHaveBeenCalled();
  });

  it("scans once, on the first problem inside the file, and places every path exactly", () => {
    vi.mocked(positions.scanJson).mockClear();
    const source = jsonTextSource(text);
    expect(positions.scanJson).not.toHaveBeenCalled();
    expect(source.locate(["a", "b", 1, "c"])).toEqual({ line: 4, column: 15 });
    expect(source.locate(["a2"])).toEqual({ line: 6, column: 3 });
    expect(source.locate(["a", "missing"])).toEqual({ line: 3, column: 3 });
    expect(positions.scanJson).toHaveBeenCalledTimes(1);
  });

  it("places the root of a one-line file", () => {
    expect(jsonTextSource("[]").locate([])).toEqual({ line: 1, column: 1 });
  });
});
