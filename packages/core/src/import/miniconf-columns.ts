import type { LinkKind } from "../model/link.js";
import { toSafeUrl } from "../model/safe-url.js";

/** Link columns real MiniConf sites write (template, ISMIR, SIGDIAL/INLG, ACL), by kind. */
export const miniconfLinkColumns: ReadonlyMap<string, LinkKind> = new Map<string, LinkKind>([
  ["pdf_path", "pdf"],
  ["pdf", "pdf"],
  ["paper", "pdf"],
  ["pdf_url", "pdf"],
  ["video", "video"],
  ["full_video", "video"],
  ["slides_pdf", "slides"],
  ["slides", "slides"],
  ["poster_pdf", "poster"],
  ["poster", "poster"],
  ["code", "code"],
  ["openreview", "openreview"],
  ["forum", "openreview"],
]);

/** Columns whose `;`- or `|`-separated words become tags, in this order. */
export const miniconfTagColumns = ["keywords", "primary_subject", "secondary_subject"] as const;

/** Columns the papers importer reads besides links and tags. */
const paperColumns = [
  "uid",
  "title",
  "abstract",
  "authors",
  "authors_and_affil",
  "primary_author",
  "sessions",
  "session",
  "day",
  "position",
  "paper_presentation",
  "paper_type",
  "track",
];

/** Columns the speakers importer reads (the template's, and `website` that later sites add). */
const speakerColumns = [
  "uid",
  "image",
  "title",
  "institution",
  "speaker",
  "abstract",
  "bio",
  "session",
  "day",
  "website",
];

/** Every column a papers or speakers row is read from, by file. */
const knownColumns = {
  papers: new Set<string>([...paperColumns, ...miniconfLinkColumns.keys(), ...miniconfTagColumns]),
  speakers: new Set<string>(speakerColumns),
};

/** The columns of a papers or speakers header that nothing imports, each named once (not once per row). */
export function unreadColumns(columns: readonly string[], file: keyof typeof knownColumns = "papers"): string[] {
  const known = knownColumns[file];
  return [...new Set(columns.filter((name) => name && !known.has(name)))];
}

/**
 * A cell's address as a safe absolute link: as written when it is http(s); a site-relative
 * path ("static/papers/9.pdf", as SIGDIAL writes) joined onto `siteUrl` when one is given;
 * otherwise undefined, and the caller warns once for the column.
 */
export function linkAddress(value: string, siteUrl: string | undefined): string | undefined {
  const safe = toSafeUrl(value);
  if (safe !== undefined) return safe;
  if (!siteUrl || /^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  return toSafeUrl(`${siteUrl.replace(/\/+$/, "")}/${value.replace(/^\/+/, "")}`);
}

/** Splits a tag cell: ISMIR separates subjects with ";", the template keywords with "|". */
export function splitTagCell(value: string): string[] {
  return value
    .split(value.includes("|") ? "|" : ";")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** MiniConf writes lists in one cell, separated by "|". */
export const splitPipeList = (value: string | undefined) =>
  (value ?? "")
    .split("|")
    .map((entry) => entry.trim())
    .filter(Boolean);

/** ISMIR writes a subject under its area as "Area -> subject". */
const subjectLevel = /\s*->\s*/;

/**
 * A tag from one entry of a tag cell: "MIR tasks -> music transcription" is the tag "music
 * transcription" under "MIR tasks" (a path, so a paper list files it in its area's tree rather
 * than as one more flat label); an entry without "->" is a tag of its own.
 */
export function tagOfEntry(entry: string): { label: string; path?: string[] } {
  const levels = entry.split(subjectLevel).filter(Boolean);
  if (levels.length < 2) return { label: entry };
  return { label: levels.at(-1)!, path: levels };
}
