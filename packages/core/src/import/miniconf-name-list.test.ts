import { describe, expect, it } from "vitest";
import { readAuthorsCell } from "./miniconf-authors.js";
import { readNameList } from "./miniconf-name-list.js";

const names = (cell: string) => {
  const read = readAuthorsCell(cell);
  return read.ok ? read.authors.map((author) => (author.starred ? `${author.name}*` : author.name)) : read.reason;
};

describe("readAuthorsCell: the forms MiniConf sites write", () => {
  it.each([
    // ISMIR: "Last, First; Last, First*", and a one-author cell without ";".
    ["Ryu, Jiwoo; Jeong, Dasaem*", ["Jiwoo Ryu", "Dasaem Jeong*"]],
    ["Flexer, Arthur*", ["Arthur Flexer*"]],
    ["Lanzendoerfer, Luca A*", ["Luca A Lanzendoerfer*"]],
    ["van der Berg, Ana Maria", ["Ana Maria van der Berg"]],
    // A suffix is the third part of one name, not a third person.
    ["King, Martin Luther, Jr.; Na, Li", ["Martin Luther King Jr.", "Li Na"]],
    ["Martin Luther King, Jr.", ["Martin Luther King, Jr."]],
    // The template and ACL: "|" between whole names.
    ["Ana Silva*|Li Na|Bo Chen", ["Ana Silva*", "Li Na", "Bo Chen"]],
    // Full names split by commas or "and": a list, never one garbled "Li Na Ana Silva".
    ["Ana Silva, Li Na", ["Ana Silva", "Li Na"]],
    ["Ana Silva, Li Na, Bo Chen", ["Ana Silva", "Li Na", "Bo Chen"]],
    ["Ana Silva and Li Na", ["Ana Silva", "Li Na"]],
    ["Ana Silva*, Li Na, and Bo Chen", ["Ana Silva*", "Li Na", "Bo Chen"]],
    ["Ana Silva & Li Na", ["Ana Silva", "Li Na"]],
    ["Arthur Flexer", ["Arthur Flexer"]],
  ])("%j is %j", (cell, expected) => {
    expect(names(cell)).toEqual(expected);
  });

  it.each([
    ["Ryu, Jiwoo, Sogang; Dong, Hao-Wen", 'author 1 ("Ryu, Jiwoo, Sogang") is not one name'],
    ["Silva, Ana, Na, Li", '"Silva, Ana, Na, Li" is neither one "Last, First" name nor a list of full names'],
    ["Silva, Ana and Na, Li", '"Silva, Ana and Na, Li" is neither one "Last, First" name nor a list of full names'],
    ["Ana Silva|Li Na; Bo Chen", 'mixes "|" and ";" between authors'],
  ])("%j cannot be read: %s", (cell, reason) => {
    expect(names(cell)).toEqual(expect.stringContaining(reason));
  });
});

describe("readNameList: when a reading could be wrong", () => {
  it("notes two full names split by one comma, which one long 'Last, First' name would also be", () => {
    const read = readNameList("Silva Santos, Ana Maria");
    expect(read).toEqual({
      ok: true,
      names: [
        { name: "Silva Santos", starred: false },
        { name: "Ana Maria", starred: false },
      ],
      note: 'read as 2 authors ("Silva Santos", "Ana Maria"), not as one "Last, First" name',
    });
  });

  it("notes nothing when three names or an 'and' make the list plain", () => {
    for (const cell of ["Ana Silva, Li Na, Bo Chen", "Ana Silva and Li Na"]) {
      const read = readNameList(cell);
      expect(read.ok && read.note).toBeUndefined();
    }
  });
});
