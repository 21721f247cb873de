import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMiniconf } from "./miniconf-csv.js";
import { readMiniconfSessions, readSessionTime } from "./miniconf-sessions.js";

// Real sessions files and their papers, trimmed (test/fixtures/miniconf/README.md names the sources).
const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/miniconf/${name}`, import.meta.url), "utf8");

function imported(papers: string, sessions: string, sessionsFileName: string, timeZone: string, startDate: string) {
  const result = importMiniconf({ papers, sessions, sessionsFileName }, { title: "Real", timeZone, startDate });
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;
  const session = (title: string) => program.sessions!.find((entry) => entry.title.startsWith(title))!;
  return { program, warnings: result.warnings, session };
}

describe("EMNLP 2020's paper_sessions.yml joined to its main_papers.csv", () => {
  const { program, warnings, session } = imported(
    fixture("emnlp2020-main_papers.csv"),
    fixture("emnlp2020-paper_sessions.yml"),
    "paper_sessions.yml",
    "America/Los_Angeles",
    "2020-11-16",
  );
  it("reads each Q&A block with its long title, UTC start as an instant in the event zone, papers", () => {
    const qa = session("Zoom Q&A Session 1A");
    expect(qa.title).toBe("Zoom Q&A Session 1A: Sentiment Analysis, Stylistic Analysis, and Argument Mining");
    expect(qa.start).toBe("2020-11-16T08:00:00-08:00");
    expect(new Date(qa.start!).toISOString()).toBe("2020-11-16T16:00:00.000Z");
    expect(qa.mode).toBe("concurrent");
    expect(qa.items).toEqual(["main.438", "main.440", "main.2688", "main.2996"]);
    // The file's own key, as it writes it: the address reads #session-z1A.
    expect(qa.id).toBe("z1A");
    expect(session("Gather Session 1A").items).toHaveLength(13);
  });
  it("puts a given paper in its session, and warns of none missing", () => {
    expect(session("Zoom Q&A Session 1B").items).toContain("main.84");
    expect(program.items.find((item) => item.id === "main.84")?.title).toBe(
      "BLEU might be Guilty but References are not Innocent",
    );
    expect(warnings.filter((warning) => warning.message.includes("no session"))).toEqual([]);
  });
  it("gives every paper its track (18 in Machine Translation, 4 in Sentiment Analysis, counted in the CSV)", () => {
    const names = new Map(program.tracks?.map((track) => [track.id, track.name]));
    expect([...names.values()]).toEqual([
      "Machine Translation and Multilinguality",
      "Sentiment Analysis, Stylistic Analysis, and Argument Mining",
    ]);
    const trackOf = (id: string) => names.get(program.items.find((item) => item.id === id)!.track!);
    expect(program.items.filter((item) => trackOf(item.id) === "Machine Translation and Multilinguality")).toHaveLength(
      18,
    );
    expect(trackOf("main.438")).toBe("Sentiment Analysis, Stylistic Analysis, and Argument Mining");
    expect(warnings.some((warning) => warning.message.includes('column "track"'))).toBe(false);
  });
  it('files paper_type under a "Paper type" tag (15 Long, 6 Short, 1 TACL, counted in the CSV)', () => {
    const types = program.items.flatMap((item) =>
      (item.tags ?? []).filter((tag) => tag.path?.[0] === "Paper type").map((tag) => tag.label),
    );
    expect(types).toHaveLength(program.items.length);
    expect(types.filter((type) => type === "Long")).toHaveLength(15);
    expect(types.filter((type) => type === "Short")).toHaveLength(6);
    expect(types.filter((type) => type === "TACL")).toHaveLength(1);
    expect(program.items.find((item) => item.id === "TACL.1997")?.tags).toContainEqual({
      label: "TACL",
      path: ["Paper type", "TACL"],
    });
    expect(program.items.find((item) => item.id === "main.1485")?.tags).toContainEqual({
      label: "Short",
      path: ["Paper type", "Short"],
    });
    expect(warnings.some((warning) => warning.message.includes('column "paper_type"'))).toBe(false);
  });
});

describe("SIGDIAL/INLG 2023's main_calendar.json: papers name their session", () => {
  const { program, session } = imported(
    fixture("sigdialinlg2023-papers.csv"),
    fixture("sigdialinlg2023-main_calendar.json"),
    "main_calendar.json",
    "Europe/Prague",
    "2023-09-11",
  );
  it("joins a paper's session cell to the calendar entry's UID, with room and chair", () => {
    const oral = session("INLG Oral Session 1");
    // The calendar's UID, not prefixed: the address reads #session-inlgoralsession1.
    expect(oral.id).toBe("inlgoralsession1");
    expect(oral.start).toBe("2023-09-13T10:45:00+02:00");
    expect(oral.items).toEqual(["inlg12", "inlg34", "inlg58", "inlg97"]);
    expect(program.rooms!.find((room) => room.id === oral.room)?.name).toBe("Sun II");
    expect(program.people!.find((person) => person.id === oral.chairs![0])?.name).toBe("Ching-Chi-Chen");
  });
});

describe("readMiniconfSessions on broken input", () => {
  it("names the entry and line of a session without a readable time, and leaves it out", () => {
    const read = readMiniconfSessions(
      "a:\n  name: A\n  start_time: soon\n  end_time: 2020-11-16 17:00:00+00:00\n",
      "s.yml",
      "UTC",
    );
    expect(read.sessions).toEqual([]);
    expect(read.warnings[0]).toMatchObject({ line: 1 });
    expect(read.warnings[0]!.message).toContain('s.yml, entry a (line 1): start "soon"');
  });
  it("reads a CSV sessions file with | lists of papers", () => {
    const read = readMiniconfSessions(
      "UID,title,start,end,papers\nS1,Orals,2026-03-29 09:00,2026-03-29 10:00,p1|p2\n",
      "s.csv",
      "Europe/Berlin",
    );
    expect(read.sessions[0]).toMatchObject({
      id: "S1",
      start: "2026-03-29T09:00:00+02:00",
      papers: [{ uid: "p1" }, { uid: "p2" }],
    });
  });
  it("reads a CSV's UIDs column (lowercased with its header), its Zoom link, and names a column it does not read", () => {
    const read = readMiniconfSessions(
      "UID,title,start,end,UIDs,zoom,track_name\nS1,Orals,2026-03-02 09:00,2026-03-02 10:00,p1|p2,https://zoom.us/j/1,NLP\n",
      "s.csv",
      "UTC",
    );
    expect(read.sessions[0]!.papers).toEqual([{ uid: "p1" }, { uid: "p2" }]);
    expect(read.sessions[0]!.links).toEqual([{ kind: "web", url: "https://zoom.us/j/1", label: "Zoom" }]);
    expect(read.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [1, 's.csv: column "track_name" is not imported'],
    ]);
  });
  it("rejects a local time in a DST gap", () => {
    expect(readSessionTime("2026-03-29 02:30", "Europe/Berlin").problem).toContain("does not exist");
  });
  it("makes an id from a session id the model cannot take, and never gives two sessions one", () => {
    const entry = (id: string, paper: string) =>
      `- UID: ${id}\n  title: T\n  start: 2026-01-01T09:00Z\n  end: 2026-01-01T10:00Z\n  papers: [${paper}]\n`;
    const result = importMiniconf(
      {
        papers: "UID,title,authors\np1,One,Ana\np2,Two,Li\n",
        sessions: entry("Orals 1", "p1") + entry("orals-1", "p2"),
      },
      { timeZone: "UTC", startDate: "2026-01-01" },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.program.sessions!.map((session) => [session.id, session.items])).toEqual([
      ["orals-1", ["p1"]],
      ["orals-1-2", ["p2"]],
    ]);
  });
  it("warns for a paper a session names that the papers file lacks, and a paper in no session", () => {
    const result = importMiniconf(
      {
        papers: "UID,title,authors\np1,One,Ana\np2,Two,Li\n",
        sessions: "- UID: s\n  title: S\n  start: 2026-01-01T09:00Z\n  end: 2026-01-01T10:00Z\n  papers: [p1, ghost]\n",
      },
      { timeZone: "UTC", startDate: "2026-01-01" },
    );
    expect(result.ok).toBe(true);
    const messages = result.warnings.map((warning) => warning.message).join("\n");
    expect(messages).toContain('names paper "ghost"');
    expect(messages).toContain('paper "p2" is in no session');
  });
});
