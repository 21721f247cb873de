import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMiniconf } from "./miniconf-csv.js";
import { isOralSession } from "./miniconf-session-fields.js";

// Real sites' files (test/fixtures/miniconf/README.md): SIGDIAL/INLG 2023 has 20 papers in
// five "INLG Oral Session" entries and 20 in three poster sessions (counted by hand).
const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/miniconf/${name}`, import.meta.url), "utf8");
const sigdial = { timeZone: "Europe/Prague", startDate: "2023-09-11" };

function imported(files: Record<string, string>, options: { timeZone: string; startDate: string }) {
  const result = importMiniconf(files, options);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const kindOf = (id: string) => result.program.items.find((item) => item.id === id)!.kind;
  const kinds = result.program.items.map((item) => item.kind);
  return { ...result, kindOf, count: (kind: string) => kinds.filter((entry) => entry === kind).length };
}

describe("MiniConf papers in oral sessions are contributed talks", () => {
  const papers = fixture("sigdialinlg2023-papers.csv");

  it("with SIGDIAL's calendar: the oral sessions' papers are talks, the poster sessions' posters", () => {
    const { kindOf, count, warnings } = imported(
      { papers, sessions: fixture("sigdialinlg2023-main_calendar.json"), sessionsFileName: "main_calendar.json" },
      sigdial,
    );
    expect(["inlg12", "inlg34", "inlg58", "inlg97"].map(kindOf)).toEqual(Array(4).fill("contributed-talk"));
    expect(["inlg123", "inlg124", "inlg8"].map(kindOf)).toEqual(["poster", "poster", "poster"]);
    expect([count("contributed-talk"), count("poster")]).toEqual([20, 20]);
    // The calendar gives the talks no times of their own: said once per oral session, at its entry.
    const untimed = warnings.filter((warning) => warning.message.includes("is a session of talks"));
    expect(untimed.map((warning) => warning.line)).toEqual([2, 14, 38, 50, 85]);
    expect(untimed[0]!.message).toBe(
      'session "INLG Oral Session 1: Trustworthiness of NLG systems" is a session of talks, but its 4 talks have no times of their own; each is shown across the whole session (mode "concurrent") rather than at an invented time',
    );
  });

  it("from the papers file alone, by the session id it names (inlgoralsession1)", () => {
    const { kindOf, count } = imported({ papers }, sigdial);
    expect(kindOf("inlg12")).toBe("contributed-talk");
    expect(kindOf("inlg123")).toBe("poster");
    expect(count("contributed-talk")).toBe(20);
  });

  it("keeps EMNLP's Zoom Q&A and Gather sessions posters, and ISMIR's poster sessions", () => {
    const emnlp = imported(
      { papers: fixture("emnlp2020-main_papers.csv"), sessions: fixture("emnlp2020-paper_sessions.yml") },
      { timeZone: "America/Los_Angeles", startDate: "2020-11-16" },
    );
    expect(emnlp.count("contributed-talk")).toBe(0);
    const ismir = imported({ papers: fixture("ismir2024-papers.csv") }, sigdial);
    expect(ismir.count("poster")).toBe(12);
  });

  it("makes the papers of a session that times each of them talks in a sequence", () => {
    const sessions = [
      "s1:",
      "  name: Session 1",
      "  start_time: 2026-03-02 09:00:00+00:00",
      "  end_time: 2026-03-02 10:00:00+00:00",
      "  papers:",
      "  - { uid: p1, start: '2026-03-02 09:00:00+00:00', end: '2026-03-02 09:20:00+00:00' }",
      "  - { uid: p2, start: '2026-03-02 09:20:00+00:00', end: '2026-03-02 09:40:00+00:00' }",
    ].join("\n");
    const { program, kindOf, warnings } = imported(
      { papers: "UID,title,authors\np1,One,Ana\np2,Two,Li\n", sessions },
      { timeZone: "UTC", startDate: "2026-03-02" },
    );
    expect([kindOf("p1"), kindOf("p2")]).toEqual(["contributed-talk", "contributed-talk"]);
    expect(program.sessions![0]!.mode).toBe("sequence");
    expect(warnings.filter((warning) => warning.message.includes("session of talks"))).toEqual([]);
  });
});

describe("isOralSession", () => {
  it.each([
    ["INLG Oral Session 1: Trustworthiness of NLG systems", true],
    ["Orals I", true],
    ["inlgoralsession1", true],
    ["oral_session_2", true],
    ["Doctoral Consortium", false],
    ["doctoralsession", false],
    ["temporal_session", false],
    ["INLG Poster session +flash", false],
    ["Zoom Q&A Session 1A", false],
  ])("%s: %s", (name, expected) => {
    expect(isOralSession([name])).toBe(expected);
  });
});
