/**
 * How the rich-text fields of a program (`abstract`, `biography`, `description`, `note`) are
 * written. `markdown` is a CommonMark subset; raw HTML in it is shown as text, never as HTML.
 */
export const textFormats = ["plain", "markdown"] as const;

/** One of {@link textFormats}. */
export type TextFormat = (typeof textFormats)[number];
