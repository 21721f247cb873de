import { describe, expect, it } from "vitest";
import { suggestName } from "./suggest-name.js";

const itemFields = [
  "id",
  "kind",
  "title",
  "subtitle",
  "abstract",
  "speakers",
  "authors",
  "links",
  "tags",
  "status",
  "room",
  "track",
  "start",
  "end",
  "duration",
  "plenary",
  "board",
  "note",
  "tba",
  "extra",
];

describe("suggestName", () => {
  it.each([
    ["titel", "title"], // swapped letters
    ["tite", "title"], // a letter missing
    ["titlee", "title"], // a letter too many
    ["speaker", "speakers"], // singular
    ["author", "authors"],
    ["strat", "start"],
    ["durartion", "duration"],
    ["abstact", "abstract"],
    ["Title", "title"], // case does not count
    ["DURATION", "duration"],
  ])("suggests the item field for %j: %j", (unknown, expected) => {
    expect(suggestName(unknown, itemFields)).toBe(expected);
  });

  it.each(["organizer", "banquet", "starting-time-of-the-talk", "xyzzy"])(
    "suggests nothing for %j, which is not close to any field",
    (unknown) => {
      expect(suggestName(unknown, itemFields)).toBeUndefined();
    },
  );

  it("suggests nothing when there are no known names", () => {
    expect(suggestName("title", [])).toBeUndefined();
  });

  it("returns an exact match (distance 0)", () => {
    expect(suggestName("room", itemFields)).toBe("room");
  });

  it("prefers the closest name", () => {
    expect(suggestName("tagz", ["tags", "tag_zz"])).toBe("tags");
    expect(suggestName("colr", ["colours", "color"])).toBe("color"); // 1 edit beats 3, whatever the order
  });

  it("takes the first of equally close names", () => {
    expect(suggestName("ab", ["ax", "xb"])).toBe("ax");
    expect(suggestName("ab", ["xb", "ax"])).toBe("xb");
  });

  it("allows one edit for names of up to 4 letters, two edits, or a third of the length for long ones", () => {
    expect(suggestName("foo", ["room"])).toBe(undefined); // 2 edits on a 3-letter name
    expect(suggestName("rom", ["room"])).toBe("room"); // 1 edit
    // 2 edits are allowed from 5 letters, 3 are not for a name of fewer than 9 characters...
    expect(suggestName("kynt", ["keynote"])).toBe(undefined); // 3 edits
    expect(suggestName("keynt", ["keynote"])).toBe("keynote"); // 2 edits
    // ...a 12-character name may be 4 edits away, not 5.
    expect(suggestName("affilxxxxons", ["affiliations"])).toBe("affiliations"); // 4 substitutions
    expect(suggestName("affxxxxxions", ["affiliations"])).toBe(undefined); // 5 substitutions
  });

  it("suggests an enum value the same way (keynot -> keynote)", () => {
    expect(suggestName("keynot", ["keynote", "invited-talk", "poster"])).toBe("keynote");
    expect(suggestName("canceled", ["confirmed", "tentative", "cancelled"])).toBe("cancelled");
  });

  it("copes with an empty unknown name (no suggestion: an empty key is not a typo)", () => {
    expect(suggestName("", ["id", "kind"])).toBeUndefined();
    expect(suggestName("", ["title"])).toBeUndefined();
  });
});
