import {
  createPositionFinder,
  findPathPosition,
  findRootOffset,
  scanJson,
  type TextPosition,
} from "../parse/json-positions.js";
import { problemAt, type PathSegment, type ProgramProblem } from "../parse/problem.js";

/**
 * Where an importer's input came from, so that each problem can say where it is: a text
 * (a line and column for every path into it) or an already-parsed value (paths only).
 */
export interface ImportSource {
  /** Line and column of the value at a path of the input (or of its nearest existing parent). */
  readonly locate: (segments: readonly PathSegment[]) => TextPosition | undefined;
}

/** The source of a value handed over already parsed: there are no lines to name. */
export const parsedValueSource: ImportSource = { locate: () => undefined };

/**
 * The source of a JSON text. The text is scanned for positions only when the first problem
 * inside it asks (a file without problems costs nothing more); a problem about the whole
 * file (a summary warning most imports give) is placed at the top-level value without a
 * scan. A missing field is placed at the object that should hold it.
 */
export function jsonTextSource(text: string): ImportSource {
  const locateOffset = createPositionFinder(text);
  let positions: ReadonlyMap<string, number> | undefined;
  return {
    locate: (segments) => {
      if (segments.length === 0) return locateOffset(findRootOffset(text));
      positions ??= scanJson(text).positions;
      const offset = findPathPosition(positions, segments);
      return offset === undefined ? undefined : locateOffset(offset);
    },
  };
}

/** A problem at a path of the input, with its line and column when the source is a text. */
export function problemInSource(
  source: ImportSource,
  segments: readonly PathSegment[],
  message: string,
): ProgramProblem {
  return placeInSource(source, problemAt(segments, message), segments);
}

/** The problem with the line and column of `at` (by default its own path) in the source; unchanged when already placed. */
export function placeInSource(
  source: ImportSource,
  problem: ProgramProblem,
  at: readonly PathSegment[] = problem.segments,
): ProgramProblem {
  if (problem.line !== undefined) return problem;
  const position = source.locate(at);
  return position ? { ...problem, line: position.line, column: position.column } : problem;
}
