import { findJsonStringEnd } from "./json-string-end.js";
import { formatPath, type PathSegment } from "./problem.js";

/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds line and column of offsets in one text. Line starts are computed once, on the first
 * call: readers create a finder for every text, and a text without problems never asks.
 */
export function createPositionFinder(text: string): (offset: number) => TextPosition {
  let lineStarts: number[] | undefined;
  return (offset) => {
    lineStarts ??= findLineStarts(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

/** The offset of every line's first character. */
function findLineStarts(text: string): number[] {
  const lineStarts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lineStarts.push(index + 1);
  return lineStarts;
}

/**
 * Where a JSON text's top-level value starts (after whitespace): the place of a problem about
 * the whole file, found without scanning the rest.
 */
export function findRootOffset(text: string): number {
  let cursor = 0;
  while (cursor < text.length && whitespace.has(text[cursor]!)) cursor += 1;
  return cursor;
}

/** 1-based line and column of a character offset. */
export function positionOfOffset(text: string, offset: number): TextPosition {
  return createPositionFinder(text)(offset);
}

/** What {@link scanJson} found. */
export interface JsonScan {
  /** Where each value starts, by path (`items[3].start`); for object members, the key's offset. */
  readonly positions: Map<string, number>;
  /** The offset of the first syntax error, if the text is not valid JSON. */
  readonly errorOffset?: number;
}

interface Container {
  readonly kind: "object" | "array";
  readonly path: string;
  index: number;
  /** object: waiting for a key, a colon, a value, or a comma/close; array: value or comma/close. */
  state: "key-or-close" | "key" | "colon" | "value" | "comma-or-close" | "value-or-close";
  key?: string;
  keyOffset?: number;
}

const whitespace = new Set([" ", "\t", "\n", "\r"]);
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const childPath = (parent: string, segment: PathSegment): string => {
  if (typeof segment === "number") return `${parent}[${segment}]`;
  if (identifierPattern.test(segment)) return parent === "" ? segment : `${parent}.${segment}`;
  return `${parent}[${JSON.stringify(segment)}]`;
};

/**
 * Walks a JSON text once, without recursion (so nesting depth cannot overflow the stack), and
 * records where each value starts by path, as `formatPath` writes paths. A repeated key
 * replaces what was recorded for the earlier one, as `JSON.parse` keeps the last. Stops at the
 * first syntax error and reports its offset.
 */
export function scanJson(text: string): JsonScan {
  const positions = new Map<string, number>();
  const stack: Container[] = [];
  // A byte-order mark is not JSON: readers drop one before parsing, so a second one is a
  // syntax error here as it is for JSON.parse (skipping it left that error without a place).
  let cursor = 0;
  let rootDone = false;

  const skipSpace = () => {
    while (cursor < text.length && whitespace.has(text[cursor]!)) cursor += 1;
  };
  const matchAt = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = cursor;
    const match = pattern.exec(text);
    return match ? match[0] : undefined;
  };
  const forgetBelow = (path: string) => {
    for (const key of positions.keys()) {
      if (key.startsWith(path) && (key.length === path.length || key[path.length] === "." || key[path.length] === "["))
        positions.delete(key);
    }
  };
  let stringErrorOffset: number | undefined;
  /** The string literal at the cursor, or undefined with `stringErrorOffset` set to where it goes wrong. */
  const matchString = (): string | undefined => {
    const found = findJsonStringEnd(text, cursor);
    if (found.ok) return text.slice(cursor, found.end);
    stringErrorOffset = found.errorAt;
    return undefined;
  };

  /** Reads a value at the cursor; returns false on a syntax error. */
  const readValue = (path: string, recordAt: number): boolean => {
    positions.set(path, recordAt);
    const char = text[cursor];
    if (char === "{" || char === "[") {
      stack.push({
        kind: char === "{" ? "object" : "array",
        path,
        index: 0,
        state: char === "{" ? "key-or-close" : "value-or-close",
      });
      cursor += 1;
      return true;
    }
    let token: string | undefined;
    if (char === '"') {
      token = matchString();
    } else if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) token = matchAt(numberPattern);
    else for (const literal of ["true", "false", "null"]) if (text.startsWith(literal, cursor)) token = literal;
    if (token === undefined) return false;
    cursor += token.length;
    return true;
  };

  while (true) {
    skipSpace();
    const top = stack.at(-1);
    if (!top) {
      if (rootDone) return cursor < text.length ? { positions, errorOffset: cursor } : { positions };
      if (!readValue("", cursor)) return { positions, errorOffset: stringErrorOffset ?? cursor };
      rootDone = true;
      continue;
    }
    const char = text[cursor];
    if (char === undefined) return { positions, errorOffset: cursor };
    if (top.kind === "array") {
      if (
        (top.state === "value-or-close" || top.state === "comma-or-close") &&
        char === "]" &&
        (top.state === "comma-or-close" || top.index === 0)
      ) {
        stack.pop();
        cursor += 1;
      } else if (top.state === "comma-or-close") {
        if (char !== ",") return { positions, errorOffset: cursor };
        cursor += 1;
        top.state = "value";
      } else {
        const path = childPath(top.path, top.index);
        top.index += 1;
        top.state = "comma-or-close";
        if (!readValue(path, cursor)) return { positions, errorOffset: stringErrorOffset ?? cursor };
      }
      continue;
    }
    switch (top.state) {
      case "key-or-close":
      case "key": {
        if (char === "}" && top.state === "key-or-close") {
          stack.pop();
          cursor += 1;
          break;
        }
        const token = char === '"' ? matchString() : undefined;
        if (token === undefined) return { positions, errorOffset: char === '"' ? stringErrorOffset! : cursor };
        top.key = JSON.parse(token) as string;
        top.keyOffset = cursor;
        cursor += token.length;
        top.state = "colon";
        break;
      }
      case "colon":
        if (char !== ":") return { positions, errorOffset: cursor };
        cursor += 1;
        top.state = "value";
        break;
      case "value": {
        const path = childPath(top.path, top.key!);
        if (positions.has(path)) forgetBelow(path);
        top.state = "comma-or-close";
        if (!readValue(path, top.keyOffset!)) return { positions, errorOffset: stringErrorOffset ?? cursor };
        break;
      }
      default:
        if (char === "}") {
          stack.pop();
          cursor += 1;
        } else if (char === ",") {
          cursor += 1;
          top.state = "key";
        } else {
          return { positions, errorOffset: cursor };
        }
    }
  }
}

/**
 * The position of the deepest existing value along a path: a missing field is placed at the
 * object that should hold it.
 */
export function findPathPosition(
  positions: ReadonlyMap<string, number>,
  segments: readonly PathSegment[],
): number | undefined {
  for (let length = segments.length; length >= 0; length -= 1) {
    const offset = positions.get(formatPath(segments.slice(0, length)));
    if (offset !== undefined) return offset;
  }
  return undefined;
}
