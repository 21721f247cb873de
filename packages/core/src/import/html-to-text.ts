// A Map, not an object: "&constructor;" must find nothing, not Object's constructor.
const namedEntities = new Map<string, string>(
  Object.entries({
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: " ",
    ndash: "–",
    mdash: "—",
    hellip: "…",
    laquo: "«",
    raquo: "»",
    rsquo: "’",
    lsquo: "‘",
    rdquo: "”",
    ldquo: "“",
    eacute: "é",
    uuml: "ü",
    ouml: "ö",
    auml: "ä",
    copy: "©",
  }),
);

/** Decodes HTML character references (`&amp;`, `&#233;`, `&#xE9;`); unknown ones stay as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities.get(name.toLowerCase()) ?? whole;
  });
}

/**
 * Plain text from the HTML that schedule exports put in abstracts: paragraphs and list items
 * become paragraphs and lines, line breaks stay, every tag is dropped and entities decoded.
 * The result is text (Lectern never renders program text as HTML), so markup, scripts and
 * event handlers in an imported file can do nothing.
 */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n• ")
    .replace(/<\/(p|div|h[1-6]|ul|ol|blockquote|pre|table|tr)\s*>/gi, "\n\n")
    .replace(/<(p|div|h[1-6]|ul|ol|blockquote|pre|table|tr)\b[^>]*>/gi, "\n\n")
    .replace(/<[^>]*>/g, "");
  return decodeHtmlEntities(withBreaks)
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean)
    .join("\n\n");
}
