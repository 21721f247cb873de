import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main, type CliIo } from "../main.js";

// `lectern convert papers.csv --sessions FILE`: a problem of the sessions file names that file
// and its own line, not the papers file's row of the session's first paper.
const papers = readFileSync(
  new URL("../../../core/test/fixtures/miniconf/emnlp2020-main_papers.csv", import.meta.url),
  "utf8",
);

function convert(sessionsName: string, sessionsText: string) {
  let stderr = "";
  const io: CliIo = {
    readFile: (path) => (path === sessionsName ? sessionsText : papers),
    writeFile: () => {},
    stdout: () => {},
    stderr: (text) => void (stderr += text),
    nowMs: () => Date.UTC(2026, 10, 22, 12),
  };
  const args = ["convert", "main_papers.csv", "--sessions", sessionsName, "--time-zone", "UTC"];
  const code = main([...args, "--start-date", "2020-11-16", "--to", "program", "-o", "program.json"], io);
  return { code, stderr };
}

describe("lectern convert --sessions: problems of the sessions file", () => {
  it("names the sessions file and its line for a session that ends before it starts", () => {
    const sessions =
      "id,title,start,end,papers\nz1A,Q&A 1A,2020-11-16 17:00:00+00:00,2020-11-16 16:00:00+00:00,main.438\n";
    const { code, stderr } = convert("bad-sessions.csv", sessions);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'sessions (line 2, column 1): bad-sessions.csv, entry row 2 (line 2): session "z1A" ends at 2020-11-16T16:00:00+00:00, before it starts at 2020-11-16T17:00:00+00:00',
    );
    expect(stderr).not.toContain("in the papers file");
  });

  it("names the sessions file in its warnings, and keeps EMNLP's zoom_link as the session's link", () => {
    const sessions = readFileSync(
      new URL("../../../core/test/fixtures/miniconf/emnlp2020-paper_sessions.yml", import.meta.url),
      "utf8",
    );
    // A key of EMNLP's file with one more that nothing reads, on the first session.
    const withUnread = sessions.replace(
      "  name: Zoom Q&A Session 1A\n",
      "  name: Zoom Q&A Session 1A\n  rocketchat_id: qa-1a\n",
    );
    expect(withUnread).not.toBe(sessions);
    const { code, stderr } = convert("paper_sessions.yml", withUnread);
    expect(code).toBe(0);
    expect(stderr).toContain('paper_sessions.yml: column "rocketchat_id" is not imported');
    expect(stderr).not.toContain("zoom_link");
  });
});
