// RFC 5545 text: escaping TEXT values and folding content lines.

/**
 * RFC 5545 TEXT escaping: backslash, semicolon, comma, and every line break (CRLF, LF, a lone
 * CR) as `\n`. Other control characters, which TEXT may not hold, are dropped.
 */
export function escapeICalendarText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n?|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** UTF-8 length of one character (a code point), without TextEncoder (not in the core's lib). */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character:
 * continuation lines start with one space.
 */
export function foldICalendarLine(line: string): string {
  let total = 0;
  for (const char of line) total += utf8Octets(char);
  if (total <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let currentOctets = 0;
  for (const char of line) {
    const octets = utf8Octets(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines lose one octet to the space
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = "";
      currentOctets = 0;
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
