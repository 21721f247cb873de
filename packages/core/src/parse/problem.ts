/**
 * What `parseProgram` reports: errors (the program is rejected) and warnings (it is accepted,
 * but something was guessed or will not show). Each names the place in the input.
 */

/** One segment of a path into the input: an object key or an array index. */
export type PathSegment = string | number;

/** An error or warning about one place in a program. */
export interface ProgramProblem {
  /** Where, as a JSON path a person can read: `items[3].start`; `""` for the whole document. */
  readonly path: string;
  /** The same place as segments, for tools: `["items", 3, "start"]`. */
  readonly segments: readonly PathSegment[];
  /** What is wrong and, where possible, how to fix it. */
  readonly message: string;
  /** 1-based line and column in the JSON text, when the program was parsed from text. */
  readonly line?: number;
  /** 1-based column; see `line`. */
  readonly column?: number;
}

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["items", 3, "start"]` becomes `items[3].start`; odd keys are quoted: `extra["a b"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (identifierPattern.test(segment)) path += path === "" ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** Builds a problem for a place in the input. */
export function problemAt(segments: readonly PathSegment[], message: string): ProgramProblem {
  return { path: formatPath(segments), segments: [...segments], message };
}

/** `items[3].start: "25:00" is not a time of day` (with ` (line 12, column 7)` when known). */
export function describeProblem(problem: ProgramProblem): string {
  const where = problem.path === "" ? "(document)" : problem.path;
  const line = problem.line === undefined ? "" : ` (line ${problem.line}, column ${problem.column ?? 1})`;
  return `${where}${line}: ${problem.message}`;
}
