import { describe, expect, it } from "vitest";
import { toggleMember } from "./toggle-member.js";

describe("toggleMember", () => {
  it.each([
    [["a"], "b", undefined, ["a", "b"]],
    [["a", "b"], "b", undefined, ["a"]],
    [["a"], "a", true, ["a"]],
    [["a"], "b", false, ["a"]],
  ] as const)("%j with %j (include %j) is %j", (members, member, include, expected) => {
    expect([...toggleMember(new Set<string>(members), member, include)]).toEqual(expected);
  });

  it("leaves the set it is given as it was", () => {
    const set = new Set(["a"]);
    expect(toggleMember(set, "a")).not.toBe(set);
    expect([...set]).toEqual(["a"]);
  });
});
