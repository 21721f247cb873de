import type { PaperDigest, Program } from "@lectern/core";

/**
 * A copy of a program (or paper digest) without any `extra` (what importers keep of a source's fields Lectern
 * has no place for, such as frab's GUIDs and URLs): the served file carries only what the
 * components show. Every model object may have `extra` and none has another field of that
 * name, so dropping the key at every depth is exact; `extra` values are not walked into.
 */
export function withoutExtra<Document extends Program | PaperDigest>(document: Document): Document {
  return strip(document) as Document;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "extra")
      .map(([key, field]) => [key, strip(field)]),
  );
}
