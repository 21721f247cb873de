import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMiniconf } from "./miniconf-csv.js";

// Problems in a sessions file name that file and its own line, not a row of the papers file.
const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/miniconf/${name}`, import.meta.url), "utf8");
const emnlpPapers = fixture("emnlp2020-main_papers.csv");
const options = { title: "EMNLP 2020", timeZone: "America/Los_Angeles", startDate: "2020-11-16" };
const where = (problems: readonly { path: string; line?: number; message: string }[]) =>
  problems.map((problem) => [problem.path, problem.line, problem.message]);

describe("importMiniconf: problems of the sessions file", () => {
  it("rejects a session that ends before it starts, naming the sessions file and its line", () => {
    const sessions =
      "id,title,start,end,papers\nz1A,Q&A 1A,2020-11-16 17:00:00+00:00,2020-11-16 16:00:00+00:00,main.438|main.440\n";
    const result = importMiniconf({ papers: emnlpPapers, sessions, sessionsFileName: "bad-sessions.csv" }, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && where(result.errors)).toEqual([
      [
        "sessions",
        2,
        'bad-sessions.csv, entry row 2 (line 2): session "z1A" ends at 2020-11-16T08:00:00-08:00, before it starts at 2020-11-16T09:00:00-08:00',
      ],
    ]);
  });

  it("rejects a paper's own start that is not a time, naming the entry, the paper and the value", () => {
    const sessions = [
      "s1:",
      "  name: Orals",
      "  start_time: 2020-11-16 16:00:00+00:00",
      "  end_time: 2020-11-16 17:00:00+00:00",
      "  papers:",
      "  - { uid: main.438, start: '2020-11-16 16:00:00+00:00', end: '2020-11-16 16:15:00+00:00' }",
      "  - { uid: main.440, start: 'half past four', end: '2020-11-16 16:30:00+00:00' }",
    ].join("\n");
    const result = importMiniconf({ papers: emnlpPapers, sessions, sessionsFileName: "sessions.yml" }, options);
    expect(!result.ok && where(result.errors)).toEqual([
      [
        "sessions",
        1,
        expect.stringMatching(
          /^sessions\.yml, entry s1 \(line 1\): paper "main\.440" has the start "half past four", which is not a time/,
        ),
      ],
    ]);
  });
});

describe("importMiniconf: papers a sessions file cannot place", () => {
  // EMNLP's z1A with its start written without a date, as the auditor's s-bad.yml has it.
  const sessions = [
    "z1A:",
    "  start_time: 16:00",
    '  end_time: "2020-11-16 17:00:00+00:00"',
    "  name: Zoom Q&A Session 1A",
    "  papers:",
    "  - main.438",
    "  - demo.97",
    "g1A:",
    "  start_time: 2020-11-17 02:00:00+00:00",
    "  end_time: 2020-11-17 04:00:00+00:00",
    "  name: Gather Session 1A",
    "  papers:",
    "  - main.130",
    "  - demo.98",
  ].join("\n");
  const result = importMiniconf({ papers: emnlpPapers, sessions, sessionsFileName: "s-bad.yml" }, options);
  const warnings = where(result.warnings).filter(([, , message]) => !String(message).includes("not imported"));

  it("names the sessions file, the entry and its own line for a paper the papers file lacks", () => {
    expect(warnings).toContainEqual([
      "sessions",
      8,
      's-bad.yml, entry g1A (line 8): names paper "demo.98", which the papers file does not have',
    ]);
  });

  it("says a paper of a left-out session has no time because its session was left out, at the paper's row", () => {
    // main.438 is row 16 of the papers fixture (line 16: one line a record, checked by hand).
    expect(warnings).toContainEqual([
      "papers",
      16,
      'row 16: paper "main.438" has no time: its session "z1A" (s-bad.yml, line 1) was left out, its start "16:00": "16:00" is not a date-time',
    ]);
    expect(warnings.filter(([, , message]) => String(message).includes('"main.438"'))).toHaveLength(1);
  });

  it("names the row of a paper in no session, not line 1 of the sessions file", () => {
    expect(warnings).toContainEqual([
      "papers",
      3,
      'row 3: paper "main.1432" is in no session of s-bad.yml; it has no time',
    ]);
    const unplaced = warnings.filter(([, , message]) => String(message).includes("in no session"));
    expect(unplaced.length).toBeGreaterThan(0);
    expect(unplaced.every(([path]) => path === "papers")).toBe(true);
  });
});

describe("importMiniconf: session links and other keys of real sessions files", () => {
  it("keeps EMNLP's zoom_link as each session's Zoom link (the YAML's z1A and z1B, read by hand)", () => {
    const result = importMiniconf(
      {
        papers: emnlpPapers,
        sessions: fixture("emnlp2020-paper_sessions.yml"),
        sessionsFileName: "paper_sessions.yml",
      },
      options,
    );
    expect(result.ok).toBe(true);
    const program = (result as { program: { sessions?: { id: string; links?: unknown }[] } }).program;
    const linksOf = (id: string) => program.sessions?.find((session) => session.id === id)?.links;
    expect(linksOf("z1A")).toEqual([
      { kind: "web", url: "https://us02web.zoom.us/j/86415082986?pwd=c0hCZDY1VEJOTGtVV21LbHZlSmhDdz09", label: "Zoom" },
    ]);
    expect(linksOf("z1B")).toEqual([
      { kind: "web", url: "https://us02web.zoom.us/j/82453765034?pwd=cnhBc2NhWFJMeVZpYjBCWmFXZnZoQT09", label: "Zoom" },
    ]);
    expect(result.warnings.filter((warning) => warning.message.includes("zoom_link"))).toEqual([]);
  });

  it("names SIGDIAL's zoom and discord links and its calendar's category and calendarId", () => {
    const result = importMiniconf(
      {
        papers: fixture("sigdialinlg2023-papers.csv"),
        sessions: fixture("sigdialinlg2023-main_calendar.json"),
        sessionsFileName: "main_calendar.json",
      },
      { ...options, timeZone: "Europe/Prague", startDate: "2023-09-11" },
    );
    expect(result.ok).toBe(true);
    const messages = result.warnings.filter((warning) => warning.message.startsWith("main_calendar.json: column"));
    expect(messages.map((warning) => [warning.line, warning.message.replace(/^.*?column /, "")])).toEqual([
      [2, '"category" is not imported'],
      [2, '"calendarId" is not imported'],
    ]);
    // Its meeting links are the site template's placeholders: named once each, none kept.
    const placeholders = result.warnings.filter((warning) => warning.message.includes("not a usable http(s) address"));
    expect(placeholders.map((warning) => warning.message.replace(/^.*?column /, ""))).toEqual([
      '"discord" has "https://discord.com/channels/###inlgoralsession1###", not a usable http(s) address; such links are left out',
      '"zoom" has "https://zoom.us/j/###Sun II###", not a usable http(s) address; such links are left out',
    ]);
    const program = (result as { program: { sessions?: { links?: unknown }[] } }).program;
    expect(program.sessions?.some((session) => session.links !== undefined)).toBe(false);
  });
});
