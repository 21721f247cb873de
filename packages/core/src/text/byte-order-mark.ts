/**
 * Removes a byte-order mark (U+FEFF) from the start of a text. Editors on Windows and
 * spreadsheet programs write one at the start of UTF-8 files; it is not part of the content,
 * and left in place it makes `JSON.parse` fail and a CSV's first column name differ.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
