import { describeCodePoint, forbiddenXmlCharacters, isXmlCharacter } from "../export/xml-characters.js";

/** A place in an XML text that libxml2 would reject, and why. */
export interface XmlFault {
  readonly offset: number;
  readonly message: string;
}

const predefinedEntities = new Set(["amp", "lt", "gt", "quot", "apos"]);

/** The first character XML 1.0 forbids, written raw. */
function findForbiddenCharacter(text: string): XmlFault | undefined {
  forbiddenXmlCharacters.lastIndex = 0;
  const match = forbiddenXmlCharacters.exec(text);
  if (!match) return undefined;
  const codePoint = match[0].codePointAt(0)!;
  const what = codePoint >= 0xd800 && codePoint <= 0xdfff ? "a lone surrogate" : "a character XML 1.0 does not allow";
  return { offset: match.index, message: `holds ${describeCodePoint(codePoint)}, ${what} (not even as a reference)` };
}

/** Entity names the DOCTYPE's internal subset declares (`<!ENTITY name "...">`). */
function declaredEntities(doctype: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const match of (doctype ?? "").matchAll(/<!ENTITY\s+([^\s%]\S*)\s/g)) names.add(match[1]!);
  return names;
}

/** The end of a markup construct that starts at `start` and ends with `close`, or the text's end. */
const endOf = (text: string, start: number, close: string) => {
  const at = text.indexOf(close, start);
  return at < 0 ? text.length : at + close.length;
};

/** The end of a DOCTYPE declaration, past its internal subset in brackets. */
function endOfDoctype(text: string, start: number): number {
  let inSubset = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (char === "[") inSubset = true;
    else if (char === "]") inSubset = false;
    else if (char === ">" && !inSubset) return index + 1;
    else if ((char === '"' || char === "'") && inSubset) index = endOf(text, index + 1, char) - 1;
  }
  return text.length;
}

/** A fault in the references of a run of character data or an attribute value. */
function findReferenceFault(text: string, from: number, to: number, declared: Set<string>): XmlFault | undefined {
  const references = /&(#x[0-9a-fA-F]+|#[0-9]+|[^\s&;<]+);/g;
  references.lastIndex = from;
  for (let match = references.exec(text); match && match.index < to; match = references.exec(text)) {
    const name = match[1]!;
    if (name.startsWith("#")) {
      const codePoint = name[1] === "x" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      if (!isXmlCharacter(codePoint))
        return {
          offset: match.index,
          message: `${match[0]} refers to ${codePoint > 0x10ffff ? "no character" : describeCodePoint(codePoint)}, which XML 1.0 does not allow`,
        };
    } else if (!predefinedEntities.has(name) && !declared.has(name)) {
      return {
        offset: match.index,
        message: `the entity ${match[0]} is not defined (XML defines only &amp; &lt; &gt; &quot; &apos;; HTML names such as &nbsp; need a DOCTYPE that declares them)`,
      };
    }
  }
  return undefined;
}

/**
 * What libxml2 rejects and fast-xml-parser's validator lets through: a character XML 1.0
 * forbids, a reference to an undefined entity or to a forbidden character (`&#0;`), and a
 * second root element or text after the root. Expects a text the validator accepted, so
 * tags are balanced; answers the first fault found.
 */
export function findXmlFault(text: string): XmlFault | undefined {
  const forbidden = findForbiddenCharacter(text);
  if (forbidden) return forbidden;
  let declared = new Set<string>();
  let depth = 0;
  let rootSeen = false;
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf("<", index);
    const textEnd = open < 0 ? text.length : open;
    if (depth === 0 && text.slice(index, textEnd).trim() !== "")
      return { offset: index + text.slice(index, textEnd).search(/\S/), message: "has text outside the root element" };
    const inText = findReferenceFault(text, index, textEnd, declared);
    if (inText) return inText;
    if (open < 0) break;
    if (text.startsWith("<!--", open)) index = endOf(text, open + 4, "-->");
    else if (text.startsWith("<![CDATA[", open)) index = endOf(text, open + 9, "]]>");
    else if (text.startsWith("<?", open)) index = endOf(text, open + 2, "?>");
    else if (text.startsWith("<!DOCTYPE", open)) {
      index = endOfDoctype(text, open);
      declared = declaredEntities(text.slice(open, index));
    } else if (text.startsWith("</", open)) {
      depth -= 1;
      index = endOf(text, open, ">");
    } else {
      if (depth === 0 && rootSeen)
        return {
          offset: open,
          message: "has a second root element; an XML document has exactly one (here <schedule>)",
        };
      const end = findTagEnd(text, open);
      const inAttributes = findReferenceFault(text, open, end, declared);
      if (inAttributes) return inAttributes;
      if (text[end - 2] !== "/") depth += 1;
      rootSeen ||= depth <= 1;
      index = end;
    }
  }
  return undefined;
}

/** The end of a start tag, past quoted attribute values (which may hold `>`). */
function findTagEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"' || char === "'") index = endOf(text, index + 1, char) - 1;
    else if (char === ">") return index + 1;
  }
  return text.length;
}
