/** A run of a text field: plain text, or TeX math to render. */
export type TextSegment =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "math"; readonly tex: string; readonly display: boolean };

const delimiters = [
  { open: "$$", close: "$$", display: true },
  { open: "\\[", close: "\\]", display: true },
  { open: "\\(", close: "\\)", display: false },
  { open: "$", close: "$", display: false },
] as const;

/**
 * True when a single `$` at `index` can open inline math: not escaped, followed by a
 * non-space. Prices ("$5 and $10") are the classic false positive; pandoc's rule, also used
 * here, is that the closing `$` must follow a non-space and not precede a digit.
 */
function canOpenDollar(text: string, index: number): boolean {
  const next = text[index + 1];
  return next !== undefined && !/\s/.test(next);
}

function canCloseDollar(text: string, index: number): boolean {
  const previous = text[index - 1];
  const next = text[index + 1];
  return previous !== undefined && !/\s/.test(previous) && !(next !== undefined && /\d/.test(next));
}

/**
 * Splits a text field into plain text and TeX math, recognising `\( \)` and `$ $` (inline),
 * `\[ \]` and `$$ $$` (display). An escaped `\$` is a dollar sign. A delimiter that is never
 * closed is kept as text, so nothing is lost.
 */
export function splitMath(text: string): TextSegment[] {
  // Every delimiter starts with "$" or "\\": most titles have neither and need no walk.
  if (!mightHaveMath(text)) return text ? [{ kind: "text", text }] : [];
  const segments: TextSegment[] = [];
  let plain = "";
  let index = 0;
  const flush = () => {
    if (plain) segments.push({ kind: "text", text: plain });
    plain = "";
  };
  outer: while (index < text.length) {
    if (text.startsWith("\\$", index)) {
      plain += "$";
      index += 2;
      continue;
    }
    for (const { open, close, display } of delimiters) {
      if (!text.startsWith(open, index)) continue;
      if (open === "$" && !canOpenDollar(text, index)) break;
      let end = text.indexOf(close, index + open.length);
      if (open === "$") {
        // pandoc's rule: the first unescaped "$" closes; if it cannot close (a space before
        // it, a digit after it), this "$" opens nothing ("$5 for $n$" is a price, then math).
        while (end !== -1 && text[end - 1] === "\\") end = text.indexOf(close, end + 1);
        if (end !== -1 && !canCloseDollar(text, end)) break;
      }
      if (end === -1 || end === index + open.length) break;
      flush();
      segments.push({ kind: "math", tex: text.slice(index + open.length, end), display });
      index = end + close.length;
      continue outer;
    }
    plain += text[index];
    index += 1;
  }
  flush();
  return segments;
}

function mightHaveMath(text: string): boolean {
  return text.includes("$") || text.includes("\\");
}

/** True when a text contains TeX math that {@link splitMath} would render. */
export function hasMath(text: string): boolean {
  return splitMath(text).some((segment) => segment.kind === "math");
}
