import { describe, expect, it } from "vitest";
import { parseAuthorList } from "./parse-author-list.js";

const names = (text: string, format: Parameters<typeof parseAuthorList>[1]) =>
  parseAuthorList(text, format).authors.map((author) => [
    author.givenName ?? null,
    author.familyName,
    author.presenting,
  ]);

describe("parseAuthorList: First Last", () => {
  it.each([
    [
      "Ada Lovelace, Alan Turing",
      [
        ["Ada", "Lovelace", false],
        ["Alan", "Turing", false],
      ],
    ],
    [
      "Ada Lovelace, Alan Turing and Grace Hopper",
      [
        ["Ada", "Lovelace", false],
        ["Alan", "Turing", false],
        ["Grace", "Hopper", false],
      ],
    ],
    [
      "Ada Lovelace, Alan Turing, and Grace Hopper",
      [
        ["Ada", "Lovelace", false],
        ["Alan", "Turing", false],
        ["Grace", "Hopper", false],
      ],
    ],
    [
      "Ada Lovelace & Alan Turing",
      [
        ["Ada", "Lovelace", false],
        ["Alan", "Turing", false],
      ],
    ],
    ["Victor Guilherme Turrisi da Costa", [["Victor Guilherme Turrisi", "da Costa", false]]],
    ["Johannes Diderik van der Waals", [["Johannes Diderik", "van der Waals", false]]],
    ["J. R. R. Tolkien", [["J. R. R.", "Tolkien", false]]],
    ["Theo X. Olausson", [["Theo X.", "Olausson", false]]],
    ["Martin Luther King Jr.", [["Martin Luther", "King Jr.", false]]],
    ["Prince", [[null, "Prince", false]]],
    [
      "Louis Béthune*, Pierre Ablin",
      [
        ["Louis", "Béthune", true],
        ["Pierre", "Ablin", false],
      ],
    ],
  ] as const)("%s", (text, expected) => {
    expect(names(text, "first-last")).toEqual(expected);
  });

  it("reads the DeLTa oral's nine authors in order", () => {
    const text =
      "Metod Jazbec, Theo X. Olausson, Louis Béthune, Pierre Ablin, Michael Kirchhof, Joao Monteiro, Victor Guilherme Turrisi da Costa, Jason Ramapuram, Marco Cuturi";
    expect(parseAuthorList(text, "first-last").authors.map((author) => author.name)).toEqual(text.split(", "));
  });
});

describe("parseAuthorList: Last, First; Last, First (ISMIR)", () => {
  it.each([
    [
      "Lovelace, Ada; Turing, Alan",
      [
        ["Ada", "Lovelace", false],
        ["Alan", "Turing", false],
      ],
    ],
    [
      "Lovelace, Ada*; Turing, Alan",
      [
        ["Ada", "Lovelace", true],
        ["Alan", "Turing", false],
      ],
    ],
    ["van der Waals, Johannes Diderik", [["Johannes Diderik", "van der Waals", false]]],
    [
      "de la Cruz, Juana Inés; Tolkien, J. R. R.",
      [
        ["Juana Inés", "de la Cruz", false],
        ["J. R. R.", "Tolkien", false],
      ],
    ],
  ] as const)("%s", (text, expected) => {
    expect(names(text, "last-first-semicolon")).toEqual(expected);
  });

  it("reads ISMIR 2024's paper 5 as the site lists it (authors_and_affil agrees)", () => {
    // test/fixtures/miniconf/ismir2024-papers.csv, UID 5, "Nested Music Transformer".
    expect(names("Ryu, Jiwoo; Dong, Hao-Wen; Jung, Jongmin; Jeong, Dasaem*", "last-first-semicolon")).toEqual([
      ["Jiwoo", "Ryu", false],
      ["Hao-Wen", "Dong", false],
      ["Jongmin", "Jung", false],
      ["Dasaem", "Jeong", true],
    ]);
  });

  it('reports an entry with a third part instead of garbling it (was read as "Jiwoo, Sogang Ryu")', () => {
    expect(parseAuthorList("Ryu, Jiwoo, Sogang; Dong, Hao-Wen", "last-first-semicolon")).toEqual({
      authors: [{ name: "Hao-Wen Dong", givenName: "Hao-Wen", familyName: "Dong", presenting: false }],
      problems: ['entry 1 "Ryu, Jiwoo, Sogang" is not one "Last, First" name (3 comma-separated parts); left out'],
    });
  });

  it("keeps a suffix after a second comma with the family name", () => {
    expect(names("King, Martin Luther, Jr.*; Turing, Alan", "last-first-semicolon")).toEqual([
      ["Martin Luther", "King Jr.", true],
      ["Alan", "Turing", false],
    ]);
  });

  it("reports an entry without a comma instead of guessing", () => {
    expect(parseAuthorList("Lovelace, Ada; Alan Turing", "last-first-semicolon")).toEqual({
      authors: [{ name: "Ada Lovelace", givenName: "Ada", familyName: "Lovelace", presenting: false }],
      problems: ['entry 2 "Alan Turing" has no comma between family and given names'],
    });
  });
});

describe("parseAuthorList: Last, First, Last, First (commas only)", () => {
  it("rebuilds the pairs", () => {
    expect(names("Lovelace, Ada, Turing, Alan*", "last-first-comma")).toEqual([
      ["Ada", "Lovelace", false],
      ["Alan", "Turing", true],
    ]);
  });

  it("reports an odd number of parts (e.g. a suffix) instead of guessing", () => {
    expect(parseAuthorList("King, Martin Luther, Jr., Turing, Alan", "last-first-comma")).toEqual({
      authors: [],
      problems: ['5 comma-separated parts cannot be paired into "Last, First" names; give the list in another format'],
    });
  });
});

describe("parseAuthorList: empty entries", () => {
  it.each([
    ["first-last", "Ada Lovelace, , Alan Turing", "entry 2 is empty"],
    ["last-first-semicolon", "Lovelace, Ada;; Turing, Alan", "entry 2 is empty"],
  ] as const)("%s: %s", (format, text, problem) => {
    expect(parseAuthorList(text, format).problems).toEqual([problem]);
  });
});
