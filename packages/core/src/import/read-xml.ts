import { XMLParser, XMLValidator } from "fast-xml-parser";
import { createPositionFinder } from "../parse/json-positions.js";
import type { RejectedResult } from "../parse/parse-result.js";
import { problemAt, type PathSegment } from "../parse/problem.js";
import type { ImportSource } from "./import-source.js";
import { describeNonText, rejectWith } from "./read-input.js";
import { withoutByteOrderMark } from "../text/byte-order-mark.js";
import { findXmlFault } from "./xml-strictness.js";

/** A parsed XML element: attributes and child elements by name, its text as `#text`. */
export type XmlNode = Record<string, unknown>;

/** What {@link readXml} answers: the document's elements and where they came from, or why it cannot be read. */
export type XmlInput =
  { readonly ok: true; readonly document: XmlNode; readonly source: ImportSource } | RejectedResult;

// Typed as the `Symbol` wrapper by the library; it is a symbol.
const metadata = XMLParser.getMetaDataSymbol() as unknown as symbol;

// fast-xml-parser refuses names such as "constructor" and "__proto__" (they could pollute
// prototypes); libxml2 accepts them. They are renamed out of the way, so that an unknown
// element with such a name is ignored like any other unknown element.
const isRiskyName = (name: string) => name in Object.prototype || name === "__proto__" || name === "prototype";
const safeName = (name: string) => (isRiskyName(name) ? `xml:${name}` : name);

/** Where a path of the parsed document starts in the text: the deepest element on it. */
function locateElement(document: XmlNode, segments: readonly PathSegment[]): number | undefined {
  let node: unknown = document;
  let offset: number | undefined;
  for (const segment of segments) {
    const next: unknown =
      typeof segment === "number"
        ? Array.isArray(node)
          ? node[segment]
          : undefined
        : node !== null && typeof node === "object" && !Array.isArray(node) && Object.hasOwn(node, segment)
          ? (node as XmlNode)[segment]
          : undefined;
    if (next === undefined || next === null) break;
    node = next;
    const start =
      typeof next === "object"
        ? (next as Record<symbol, { startIndex?: number } | undefined>)[metadata]?.startIndex
        : undefined;
    if (start !== undefined) offset = start;
  }
  return offset;
}

/**
 * Reads an XML text as strictly as libxml2 does, so that a file Lectern imports is one every
 * XML tool reads: syntax errors, forbidden characters, undefined entities, references to
 * forbidden characters (`&#0;`), a second root and DOCTYPE errors are problems with their
 * line and column. Each element of the result remembers where it starts, so an importer's
 * problems can name lines too. Never throws.
 *
 * `isArray` names the elements that may repeat, by their dotted path (`schedule.day`).
 */
export function readXml(input: unknown, isArray: (path: string) => boolean): XmlInput {
  const nonText = describeNonText(input);
  if (nonText !== undefined) return rejectWith(problemAt([], nonText));
  const text = withoutByteOrderMark(input as string);
  const positionOf = createPositionFinder(text);
  const at = (offset: number, message: string) =>
    rejectWith({ ...problemAt([], message), ...positionOf(Math.max(0, Math.min(offset, text.length))) });
  if (text.trim() === "") return at(0, "is empty: there is no XML to read");
  const syntax = XMLValidator.validate(text);
  if (syntax !== true)
    return rejectWith({
      ...problemAt([], `is not well-formed XML: ${syntax.err.msg}`),
      line: syntax.err.line,
      column: syntax.err.col,
    });
  const fault = findXmlFault(text);
  if (fault) return at(fault.offset, `is not well-formed XML: ${fault.message}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    textNodeName: "#text",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    alwaysCreateTextNode: true,
    captureMetaData: true,
    transformTagName: safeName,
    transformAttributeName: safeName,
    isArray: (_name, path) => isArray(String(path)),
  });
  let document: XmlNode;
  try {
    document = parser.parse(text) as XmlNode;
  } catch (error) {
    // What the parser refuses beyond the validator is in the DOCTYPE (external entities, a
    // malformed declaration, entities that expand too far): the DOCTYPE is the place.
    const doctype = text.indexOf("<!DOCTYPE");
    return at(
      doctype < 0 ? 0 : doctype,
      `cannot be read: ${error instanceof Error ? error.message : "the XML parser failed"}`,
    );
  }
  return {
    ok: true,
    document,
    source: {
      locate: (segments) => {
        const offset = locateElement(document, segments);
        return offset === undefined ? positionOf(0) : positionOf(offset);
      },
    },
  };
}
