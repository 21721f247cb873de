import { describe, expect, it } from "vitest";
import { describeProblem, formatPath, problemAt, type ProgramProblem } from "./problem.js";

describe("formatPath", () => {
  it.each([
    [[], ""],
    [["event"], "event"],
    [["event", "title"], "event.title"],
    [["items", 3, "start"], "items[3].start"],
    [["items", 3, "authors", 0, "person"], "items[3].authors[0].person"],
    [["sessions", 0, "items", 12], "sessions[0].items[12]"],
    [[0], "[0]"],
    [[0, 1], "[0][1]"],
    [["$schema"], "$schema"],
    [["_private", "$x1"], "_private.$x1"],
  ] as const)("formats %j as %j", (segments, expected) => {
    expect(formatPath(segments)).toBe(expected);
  });

  it.each([
    [["extra", "a b"], 'extra["a b"]'],
    [["a b"], '["a b"]'],
    [["a b", "c"], '["a b"].c'],
    [["extra", "0"], 'extra["0"]'],
    [["extra", ""], 'extra[""]'],
    [["extra", "x-y"], 'extra["x-y"]'],
    [["extra", "1st"], 'extra["1st"]'],
    [["extra", 'say "hi"'], 'extra["say \\"hi\\""]'],
    [["extra", "back\\slash"], 'extra["back\\\\slash"]'],
    [["extra", "line\nbreak"], 'extra["line\\nbreak"]'],
    [["extra", "café"], 'extra["café"]'],
  ] as const)("quotes the odd key in %j: %s", (segments, expected) => {
    expect(formatPath(segments)).toBe(expected);
  });

  it("keeps a numeric string key apart from an array index", () => {
    expect(formatPath(["extra", "0"])).not.toBe(formatPath(["extra", 0]));
  });
});

describe("problemAt", () => {
  it("builds a problem with the readable path, the segments and the message, and no position", () => {
    const problem = problemAt(["items", 3, "start"], "is wrong");
    expect(problem).toEqual({ path: "items[3].start", segments: ["items", 3, "start"], message: "is wrong" });
    expect("line" in problem).toBe(false);
  });

  it("copies the segments, so later changes to the caller's array do not move the problem", () => {
    const segments: (string | number)[] = ["items", 0];
    const problem = problemAt(segments, "x");
    segments.push("start");
    expect(problem.segments).toEqual(["items", 0]);
    expect(problem.path).toBe("items[0]");
  });

  it("gives the document an empty path", () => {
    expect(problemAt([], "is not valid JSON")).toEqual({ path: "", segments: [], message: "is not valid JSON" });
  });
});

describe("describeProblem", () => {
  const problem: ProgramProblem = {
    path: "items[3].start",
    segments: ["items", 3, "start"],
    message: '"25:00" is not a time of day',
  };

  it("puts the path before the message", () => {
    expect(describeProblem(problem)).toBe('items[3].start: "25:00" is not a time of day');
  });

  it("adds the line and column when they are known", () => {
    expect(describeProblem({ ...problem, line: 12, column: 7 })).toBe(
      'items[3].start (line 12, column 7): "25:00" is not a time of day',
    );
  });

  it("uses column 1 when only the line is known", () => {
    expect(describeProblem({ ...problem, line: 4 })).toBe(
      'items[3].start (line 4, column 1): "25:00" is not a time of day',
    );
  });

  it("names the whole document as (document)", () => {
    expect(
      describeProblem({
        path: "",
        segments: [],
        message: "is not valid JSON: Unexpected end of JSON input",
        line: 1,
        column: 1,
      }),
    ).toBe("(document) (line 1, column 1): is not valid JSON: Unexpected end of JSON input");
    expect(describeProblem(problemAt([], "a program is a JSON object"))).toBe("(document): a program is a JSON object");
  });

  it("describes a problem from problemAt", () => {
    expect(describeProblem(problemAt(["extra", "a b"], "x"))).toBe('extra["a b"]: x');
  });
});
