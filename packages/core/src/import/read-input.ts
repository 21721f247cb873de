import { createPositionFinder, scanJson } from "../parse/json-positions.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import type { RejectedResult } from "../parse/parse-result.js";
import { withoutByteOrderMark } from "../text/byte-order-mark.js";
import { jsonTextSource, parsedValueSource, type ImportSource } from "./import-source.js";

/** A rejection with one problem and no warnings. */
export function rejectWith(problem: ProgramProblem): RejectedResult {
  return { ok: false, errors: [problem], warnings: [] };
}

/**
 * Why an input that should be text cannot be read as text, or `undefined` when it is text.
 * Binary data is named as such: decoding is the caller's choice (the core reads no files).
 */
export function describeNonText(input: unknown): string | undefined {
  if (typeof input === "string") return undefined;
  if (input === undefined || input === null) return `is ${String(input)}: nothing to import (pass the file's text)`;
  if (ArrayBuffer.isView(input) || input instanceof ArrayBuffer)
    return 'is binary data (a Buffer or byte array), not text: decode it first, e.g. readFileSync(path, "utf8")';
  return `is ${Array.isArray(input) ? "an array" : `a ${typeof input}`}, not text`;
}

/** What {@link readJsonInput} answers: the parsed value and where it came from, or why it cannot be read. */
export type JsonInput = { readonly ok: true; readonly data: unknown; readonly source: ImportSource } | RejectedResult;

/**
 * The one entrance of the JSON importers: a JSON text (a leading byte-order mark ignored, a
 * syntax error answered with its line and column) or a value already parsed. Missing and
 * binary input are problems too. Never throws.
 */
export function readJsonInput(input: unknown): JsonInput {
  if (typeof input !== "string") {
    if (input === undefined || input === null || ArrayBuffer.isView(input) || input instanceof ArrayBuffer)
      return rejectWith(problemAt([], describeNonText(input)!));
    return { ok: true, data: input, source: parsedValueSource };
  }
  const text = withoutByteOrderMark(input);
  if (text.trim() === "")
    return rejectWith({ ...problemAt([], "is empty: there is no JSON to read"), line: 1, column: 1 });
  try {
    return { ok: true, data: JSON.parse(text) as unknown, source: jsonTextSource(text) };
  } catch (error) {
    // The engine's message names the token; its position is not relied on (not every engine
    // gives one), so our own scan finds the offset.
    const message = (error instanceof Error ? error.message : "syntax error")
      .replace(/\s*\(line \d+ column \d+\)/, "")
      .replace(/ at position \d+/, "");
    const offset = scanJson(text).errorOffset ?? 0;
    return rejectWith({
      ...problemAt([], `is not valid JSON: ${message}`),
      ...createPositionFinder(text)(Math.min(offset, text.length)),
    });
  }
}
