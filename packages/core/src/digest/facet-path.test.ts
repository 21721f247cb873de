import { describe, expect, it } from "vitest";
import { facetKeyOf, facetKeysAlong, facetPathOf } from "./facet-path.js";

describe("facetPathOf", () => {
  it.each([
    ["a tag with a path", { label: "Vision", path: ["IT", "AI", "Vision"] }, ["IT", "AI", "Vision"]],
    ["a tag without a path is its own root", { label: "Optimal transport" }, ["Optimal transport"]],
  ])("places %s", (_name, tag, path) => {
    expect(facetPathOf(tag)).toEqual(path);
  });
});

describe("facetKeyOf and facetKeysAlong", () => {
  it.each([
    [["IT"], "IT", ["IT"]],
    [["IT", "AI", "Vision"], "IT > AI > Vision", ["IT", "IT > AI", "IT > AI > Vision"]],
  ])("keys %j", (path, key, along) => {
    expect(facetKeyOf(path)).toBe(key);
    expect(facetKeysAlong(path)).toEqual(along);
  });
});
