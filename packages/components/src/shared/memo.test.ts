import { describe, expect, it } from "vitest";
import { Memo, sameInputs } from "./memo.js";

describe("Memo", () => {
  it("computes once while the inputs are the same values", () => {
    const memo = new Memo<[number, string], string>();
    let calls = 0;
    const compute = (count: number, word: string) => {
      calls += 1;
      return word.repeat(count);
    };
    expect(memo.get([2, "ab"], compute)).toBe("abab");
    expect(memo.get([2, "ab"], compute)).toBe("abab");
    expect(calls).toBe(1);
    expect(memo.get([3, "ab"], compute)).toBe("ababab");
    expect(calls).toBe(2);
  });

  it("compares objects by identity, not by content", () => {
    const memo = new Memo<[object], number>();
    let calls = 0;
    const input = { a: 1 };
    memo.get([input], () => (calls += 1));
    memo.get([input], () => (calls += 1));
    memo.get([{ a: 1 }], () => (calls += 1));
    expect(calls).toBe(2);
  });

  it("remembers an undefined result, and clear() forgets it", () => {
    const memo = new Memo<[string], undefined>();
    let calls = 0;
    memo.get(["x"], () => void (calls += 1));
    memo.get(["x"], () => void (calls += 1));
    expect(calls).toBe(1);
    memo.clear();
    memo.get(["x"], () => void (calls += 1));
    expect(calls).toBe(2);
  });
});

describe("sameInputs", () => {
  it.each([
    [[1, "a"], [1, "a"], true],
    [[1], [1, undefined], false],
    [[Number.NaN], [Number.NaN], true],
    [[0], [-0], false],
  ])("%j and %j: %s", (before, after, expected) => {
    expect(sameInputs(before, after)).toBe(expected);
  });
});
