/**
 * The characters XML 1.0 allows (its `Char` production): tab, line feed, carriage return, and
 * everything from U+0020 except lone surrogates, U+FFFE and U+FFFF. libxml2 rejects a whole
 * document for one character outside it, written raw or as a reference (`&#0;`).
 */
export function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** Every character XML 1.0 forbids (lone surrogates included: the `u` flag reads pairs as one). */
export const forbiddenXmlCharacters = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** `U+FFFE`: how a problem names a character. */
export function describeCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** XML text or attribute content, and the forbidden characters left out of it. */
export interface EscapedXml {
  readonly text: string;
  readonly dropped: readonly number[];
}

/**
 * Escapes text for an XML element or a double-quoted attribute, and leaves out every
 * character XML 1.0 forbids (which no escape can carry: `&#xFFFE;` is as invalid as the raw
 * character), listing them so the writer can say what it changed.
 */
export function escapeXml(text: string): EscapedXml {
  const dropped: number[] = [];
  const allowed = text.replace(forbiddenXmlCharacters, (char) => {
    dropped.push(char.codePointAt(0)!);
    return "";
  });
  return {
    text: allowed.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"),
    dropped,
  };
}
