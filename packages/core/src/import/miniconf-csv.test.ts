import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importMiniconf } from "./miniconf-csv.js";
import { miniconfPapers as papers, miniconfSpeakers as speakers } from "../../test/import-fixtures.js";

// MiniConf's two CSV files (ICLR/ACL/ISMIR sites): papers with "|" lists, invited speakers.

describe("importMiniconf", () => {
  const result = importMiniconf(
    { papers, speakers },
    { title: "ISMIR 2026", timeZone: "Asia/Kolkata", startDate: "2026-11-09" },
  );
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;
  const name = (id: string) => program.people?.find((person) => person.id === id)?.name;

  it("makes papers posters with ordered authors, marking the presenter (*)", () => {
    expect(program.items[0]!.authors?.map((author) => [name(author.person), author.presenting ?? false])).toEqual([
      ["Ana Souza", true],
      ["Kim Lee", false],
    ]);
    expect(program.items[1]!.authors?.map((author) => name(author.person))).toEqual(["Kim Lee", "René Vidal"]);
    expect(program.people?.filter((person) => person.name === "Kim Lee")).toHaveLength(1);
  });

  it("keeps math in abstracts and keywords as tags", () => {
    expect(program.items[0]).toMatchObject({
      kind: "poster",
      abstract: "We show $x^2$ grows, with math.",
      tags: [{ label: "generative models" }, { label: "audio" }],
    });
  });

  it("makes invited speakers invited talks with affiliation, biography and photo", () => {
    const keynote = program.items.find((item) => item.id === "k1")!;
    expect(keynote.kind).toBe("invited-talk");
    expect(program.people?.find((person) => person.name === "Zoe Keynote")).toMatchObject({
      affiliations: ["MIT"],
      biography: "Zoe works on things.",
      photo: "https://example.org/k.jpg",
    });
  });

  it("builds sessions in file order and keeps an item in its first session, with a warning", () => {
    expect(program.sessions?.map((session) => [session.title, session.items])).toEqual([
      ["Session A", ["p1", "p2"]],
      ["Session B", []],
      ["Keynotes", ["k1"]],
    ]);
    expect(result.warnings).toEqual([
      {
        path: "papers",
        segments: ["papers"],
        line: 2,
        column: 1,
        message: '"p1" is in more than one session; kept in its first ("Session A")',
      },
    ]);
  });

  it("is a tentative program with no times, in order", () => {
    expect(resolveSchedule(program).untimed.map((entry) => entry.id)).toEqual(["p1", "p2", "k1"]);
  });

  it("names the file and line of a broken CSV", () => {
    const failed = importMiniconf(
      { papers: 'UID,title,authors\np1,"open' },
      { timeZone: "UTC", startDate: "2026-01-01" },
    );
    expect(!failed.ok && failed.errors[0]).toMatchObject({
      path: "papers",
      line: 2,
      message: "a quoted field is never closed",
    });
    const noColumns = importMiniconf({ speakers: "a,b\n1,2" }, { timeZone: "UTC", startDate: "2026-01-01" });
    expect(!noColumns.ok && noColumns.errors[0]!.message).toContain("has no column UID, title, speaker");
  });
});

describe("importMiniconf at scale", () => {
  // One paper listed in 40,000 sessions: each repeat is a warning. Noting each paper's first
  // session once keeps this linear (~0.3 s here); searching every session for each repeat,
  // as before, took over 10 s.
  it("imports a paper in 40,000 sessions in linear time", () => {
    const sessionNames = Array.from({ length: 40_000 }, (_, index) => `S${index}`).join("|");
    const papers = `UID,title,authors,sessions\np1,Everywhere,Ana Souza,${sessionNames}`;
    const started = performance.now();
    const result = importMiniconf({ papers }, { timeZone: "UTC", startDate: "2026-01-01", title: "Everywhere" });
    const elapsed = performance.now() - started;
    expect(result.warnings).toHaveLength(39_999);
    expect(result.warnings[0]).toMatchObject({
      path: "papers",
      line: 2,
      message: '"p1" is in more than one session; kept in its first ("S0")',
    });
    expect(elapsed).toBeLessThan(2_500);
  });

  it("rejects missing files and options with what to give", () => {
    const failed = importMiniconf(undefined as never, undefined as never);
    expect(!failed.ok && failed.errors.map((error) => error.message)).toEqual([
      expect.stringContaining("needs the event's IANA time zone"),
      expect.stringContaining("needs the event's first day as YYYY-MM-DD"),
      expect.stringContaining("needs a papers CSV, a speakers CSV, or both"),
    ]);
  });
});
