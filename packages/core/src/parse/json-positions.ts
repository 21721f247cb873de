import { formatPath, type PathSegment } from "./problem.js";

/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** 1-based line and column of a character offset. */
export function positionOfOffset(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where each value of a JSON text starts, by path (`items[3].start`); for object members, the
 * offset is the member's key, which is where a reader looks. Only called on text that
 * `JSON.parse` accepted, and only when there are problems to place, so speed is no concern.
 */
export function mapJsonPositions(text: string): Map<string, number> {
  const positions = new Map<string, number>();
  let cursor = 0;

  const skipSpace = () => {
    while (cursor < text.length && /\s/.test(text[cursor]!)) cursor += 1;
  };
  const readString = (): string => {
    const start = cursor;
    cursor += 1;
    while (cursor < text.length && text[cursor] !== '"') cursor += text[cursor] === "\\" ? 2 : 1;
    cursor += 1;
    return JSON.parse(text.slice(start, cursor)) as string;
  };
  const readValue = (path: PathSegment[], keyOffset: number) => {
    skipSpace();
    positions.set(formatPath(path), keyOffset >= 0 ? keyOffset : cursor);
    const char = text[cursor];
    if (char === "{") {
      cursor += 1;
      skipSpace();
      while (text[cursor] !== "}" && cursor < text.length) {
        skipSpace();
        const memberOffset = cursor;
        const key = readString();
        skipSpace();
        cursor += 1; // the colon
        readValue([...path, key], memberOffset);
        skipSpace();
        if (text[cursor] === ",") cursor += 1;
        skipSpace();
      }
      cursor += 1;
    } else if (char === "[") {
      cursor += 1;
      skipSpace();
      let index = 0;
      while (text[cursor] !== "]" && cursor < text.length) {
        readValue([...path, index], -1);
        index += 1;
        skipSpace();
        if (text[cursor] === ",") cursor += 1;
        skipSpace();
      }
      cursor += 1;
    } else if (char === '"') {
      readString();
    } else {
      while (cursor < text.length && !/[\s,\]}]/.test(text[cursor]!)) cursor += 1;
    }
  };
  readValue([], -1);
  return positions;
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
