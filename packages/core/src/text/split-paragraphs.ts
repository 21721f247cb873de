/**
 * The paragraphs of a plain-text field: separated by a blank line (spaces allowed on it).
 * Single line breaks stay inside their paragraph. Empty paragraphs are dropped.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
