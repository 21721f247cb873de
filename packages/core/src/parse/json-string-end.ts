/** Where a JSON string literal ends, or where it first goes wrong. */
export type JsonStringEnd =
  { readonly ok: true; readonly end: number } | { readonly ok: false; readonly errorAt: number };

const simpleEscapes = '"\\/bfnrt';
const isHexDigit = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/**
 * Reads the JSON string literal whose opening quote is at `start`: `end` is the offset just
 * past its closing quote; `errorAt` the offset of a bad escape, a raw control character, or
 * the end of the text. A loop, not a regular expression: V8's regular expressions backtrack on
 * a stack of their own, and a `(...)*` over one string of about 8 MiB overflows it, which made
 * every problem of such a file "could not be read".
 */
export function findJsonStringEnd(text: string, start: number): JsonStringEnd {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 34) return { ok: true, end: index + 1 };
    if (code < 0x20) return { ok: false, errorAt: index };
    if (code === 92) {
      const escape = text.charCodeAt(index + 1);
      if (escape === 117) {
        for (let digit = index + 2; digit < index + 6; digit += 1)
          if (!isHexDigit(text.charCodeAt(digit))) return { ok: false, errorAt: index };
        index += 6;
      } else if (!Number.isNaN(escape) && simpleEscapes.includes(String.fromCharCode(escape))) {
        index += 2;
      } else {
        return { ok: false, errorAt: index };
      }
      continue;
    }
    index += 1;
  }
  return { ok: false, errorAt: text.length };
}
