import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMiniconf } from "./miniconf-csv.js";

// Real sites' papers.csv, trimmed (test/fixtures/miniconf/README.md names repository, commit, path).
const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/miniconf/${name}`, import.meta.url), "utf8");
const options = { title: "Real site", timeZone: "America/Los_Angeles", startDate: "2024-11-10" };

function imported(papers: string, extra: Record<string, unknown> = {}) {
  const result = importMiniconf({ papers }, { ...options, ...extra });
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;
  const person = (id: string) => program.people!.find((entry) => entry.id === id)!;
  const item = (title: string) => program.items.find((entry) => entry.title === title)!;
  return { program, warnings: result.warnings, person, item };
}

describe("importMiniconf on ISMIR 2024's papers.csv", () => {
  const { program, warnings, person, item } = imported(fixture("ismir2024-papers.csv"));
  const paper = item(
    "Nested Music Transformer: Sequentially Decoding Compound Tokens in Symbolic Music and Audio Generation",
  );

  it("reads authors in order with their affiliations and the starred presenter", () => {
    expect(paper.authors!.map((author) => [person(author.person).name, author.presenting ?? false])).toEqual([
      ["Jiwoo Ryu", false],
      ["Hao-Wen Dong", false],
      ["Jongmin Jung", false],
      ["Dasaem Jeong", true],
    ]);
    expect(person(paper.authors![1]!.person).affiliations).toEqual(["University of Michigan"]);
  });

  it("puts the paper in its day's poster session, a concurrent one, at its board", () => {
    const session = program.sessions!.find((entry) => entry.items.includes(paper.id))!;
    expect(session.title).toBe("Day 2, session 4");
    // Made from the title, with no prefix of its own: the address reads #session-day-2-session-4.
    expect(session.id).toBe("day-2-session-4");
    expect(session.mode).toBe("concurrent");
    expect(paper.board).toBe("12");
    expect(paper.start).toBeUndefined();
  });

  it("reads paper_presentation: paper 1 is remote, the others' city is in person (kept), with one warning", () => {
    // Checked by hand in the CSV: UID 1 says "Remote", the 11 other records "San Francisco".
    const remote = program.items.filter((entry) => entry.presentation === "remote");
    expect(remote.map((entry) => entry.id)).toEqual(["1"]);
    expect(remote[0]!.title).toBe("On the validity of employing ChatGPT for distant reading of music similarity");
    expect(remote[0]!.extra).toBeUndefined();
    const inPerson = program.items.filter((entry) => entry.presentation === "in-person");
    expect(inPerson).toHaveLength(11);
    const kept = inPerson.map((entry) => (entry.extra?.miniconf as Record<string, unknown>).paperPresentation);
    expect(kept.every((text) => text === "San Francisco")).toBe(true);
    const notes = warnings.filter((warning) => warning.message.includes("paper_presentation"));
    expect(notes.map((warning) => [warning.line, warning.message])).toEqual([
      [
        73,
        'column "paper_presentation": "San Francisco" read as in person (the text is kept in extra.miniconf.paperPresentation); write Remote, Hybrid or In person to say otherwise',
      ],
    ]);
  });

  it("files ISMIR's subjects under their nine areas, and an area alone as its own tag", () => {
    const tags = program.items.flatMap((entry) => entry.tags ?? []);
    // Counted in the CSV by hand: the areas before "->" in primary_subject and secondary_subject.
    expect(new Set(tags.flatMap((tag) => (tag.path ? [tag.path[0]] : []))).size).toBe(9);
    expect(tags.every((tag) => !tag.label.includes("->"))).toBe(true);
    // Paper 1's primary_subject is the area alone.
    expect(item("On the validity of employing ChatGPT for distant reading of music similarity").tags?.[0]).toEqual({
      label: "Evaluation, datasets, and reproducibility",
    });
  });

  it("keeps subjects as tags and the drive links by kind, the repeated pdf_path once", () => {
    // Its primary_subject cell is "MIR tasks -> music generation": the subject under its area.
    expect(paper.tags?.[0]).toEqual({ label: "music generation", path: ["MIR tasks", "music generation"] });
    expect(paper.links?.filter((link) => link.kind === "pdf")).toHaveLength(1);
    expect(paper.links?.map((link) => link.kind)).toEqual(expect.arrayContaining(["pdf", "video", "poster", "slides"]));
  });

  it("names each column it does not import once, not once per row", () => {
    const reviews = warnings.filter((warning) => warning.message.includes('"review 1"'));
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.line).toBe(1);
  });
});

describe("importMiniconf on SIGDIAL/INLG 2023's papers.csv", () => {
  it('reads "|" authors, the named session and joins relative links onto siteUrl', () => {
    const { program, person, item } = imported(fixture("sigdialinlg2023-papers.csv"), {
      siteUrl: "https://sigdialinlg2023.github.io/",
    });
    const paper = item("enunlg: a Python library for reproducible neural data-to-text experimentation");
    expect(paper.authors!.map((author) => person(author.person).name)).toEqual([
      "David M. Howcroft",
      "Dimitra Gkatzia",
    ]);
    expect(paper.links).toEqual([
      { kind: "pdf", url: "https://sigdialinlg2023.github.io/static/papers/inlg/124_Paper.pdf" },
    ]);
    expect(program.sessions!.find((entry) => entry.items.includes(paper.id))!.title).toBe("genchalpostersession+demos");
    // A session cell that is a usable id (the calendar's UID) is kept, as it is with the calendar.
    expect(program.sessions!.find((entry) => entry.title === "inlgoralsession1")?.id).toBe("inlgoralsession1");
  });

  it("without siteUrl, warns once for a column of relative links instead of writing them", () => {
    const { warnings, item } = imported(fixture("sigdialinlg2023-papers.csv"));
    expect(item("enunlg: a Python library for reproducible neural data-to-text experimentation").links).toBeUndefined();
    expect(warnings.filter((warning) => warning.message.includes('column "paper" has'))).toHaveLength(1);
  });
});

describe("importMiniconf on the Mini-Conf template's papers.csv (ICLR 2020)", () => {
  it("reads the first paper's authors, keywords and first session", () => {
    const { program, person, item } = imported(fixture("miniconf-template-papers.csv"));
    const paper = item(
      "Enabling Deep Spiking Neural Networks with Hybrid Conversion and Spike Timing Dependent Backpropagation",
    );
    expect(paper.authors!.map((author) => person(author.person).name)).toEqual([
      "Nitin Rathi",
      "Gopalakrishnan Srinivasan",
      "Priyadarshini Panda",
      "Kaushik Roy",
    ]);
    expect(paper.tags).toEqual([{ label: "imagenet" }]);
    expect(program.sessions!.find((entry) => entry.items.includes(paper.id))!.title).toBe("Tues Session 1");
  });
});

describe("importMiniconf author cells", () => {
  const papers = (authors: string) => `UID,title,authors\np1,A paper,"${authors}"`;

  it("warns naming the row for an unreadable cell, and imports no garbled author", () => {
    const { program, warnings } = imported(papers("Ryu, Jiwoo, Sogang; Dong, Hao-Wen"));
    expect(program.items[0]!.authors).toBeUndefined();
    expect(warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [2, 'row 2: authors not imported, the cell author 1 ("Ryu, Jiwoo, Sogang") is not one name'],
    ]);
  });

  it("keeps two co-authors who share a name as two people, with a warning", () => {
    const { program, warnings } = imported(papers("Wei Wang|Li Na|Wei Wang"));
    const ids = program.items[0]!.authors!.map((author) => author.person);
    expect(new Set(ids).size).toBe(3);
    expect(warnings[0]!.message).toBe('row 2: two authors are named "Wei Wang"; kept as two people');
  });

  it("warns when several authors are starred and * means presenter; not for equal contribution", () => {
    expect(imported(papers("A One*|B Two*")).warnings[0]!.message).toContain("2 authors are starred");
    const equal = imported(papers("A One*|B Two*"), { star: "equal-contribution" });
    expect(equal.warnings).toEqual([]);
    expect(equal.program.items[0]!.authors!.some((author) => author.presenting)).toBe(false);
  });

  it("marks the starred authors equalContribution with star: equal-contribution, only them", () => {
    const equal = imported(papers("A One*|B Two*|C Three"), { star: "equal-contribution" });
    expect(equal.program.items[0]!.authors!.map((author) => author.equalContribution ?? false)).toEqual([
      true,
      true,
      false,
    ]);
    const presenter = imported(papers("A One*|B Two"));
    expect(presenter.program.items[0]!.authors!.some((author) => author.equalContribution)).toBe(false);
  });
});
