import { describe, expect, it } from "vitest";
import { repeatsIn } from "./repeats-in.js";

describe("repeatsIn", () => {
  const id = (value: string) => value;

  it("names each entry whose person an earlier entry has, in a short list", () => {
    expect(repeatsIn(["ana", "li", "ana", "kim", "li", "ana"], id)).toEqual([2, 4, 5]);
    expect(repeatsIn(["ana", "li"], id)).toEqual([]);
    expect(repeatsIn([], id)).toEqual([]);
  });

  it("answers the same for a list longer than a pairwise scan is kept for", () => {
    const people = Array.from({ length: 3000 }, (_, index) => ({ person: `a${index % 2990}` }));
    const repeats = repeatsIn(people, (author) => author.person);
    expect(repeats).toEqual(Array.from({ length: 10 }, (_, index) => 2990 + index));
  });
});
