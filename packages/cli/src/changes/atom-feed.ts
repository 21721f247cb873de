import { createHash } from "node:crypto";
import type { ProgramDiff } from "@lectern/core";
import { changesAsText } from "./changes-report.js";

/** What a new feed entry is made of besides the diff. */
export interface AtomEntryOptions {
  /** When this version is published, epoch milliseconds (the entry's `updated`). */
  readonly nowMs: number;
  /** The organiser's note for this version, shown above the changes. */
  readonly note?: string;
  /** The feed published before (`--feed FILE`), whose entries are kept after the new one. */
  readonly previousFeed?: string;
}

const ATOM_NS = "http://www.w3.org/2005/Atom";

const xmlEntities: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** XML text: the five special characters escaped, characters XML may not hold dropped. */
function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/[&<>"']/g, (character) => xmlEntities[character]!);
}

/** A name-based `urn:uuid:` (SHA-1, version 5 layout): the same name, the same id, every run. */
function uuidUrn(name: string): string {
  const hex = createHash("sha1").update(name).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `<entry>…</entry>` blocks of a feed this function wrote before, verbatim, newest first. */
export function entriesOf(feed: string): string[] | undefined {
  if (!feed.includes(`<feed xmlns="${ATOM_NS}"`)) return undefined;
  return feed.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
}

/**
 * An Atom feed (RFC 4287) of a program's versions: the new version's changes as the first
 * entry, then the entries of `previousFeed`, kept as they were, so the feed accumulates. The
 * feed's id comes from the event's title (stable across versions); an entry's from the feed's,
 * its number in the feed and its `updated`, so two versions published in one second differ. Text content only: the program's text is never markup. `undefined` when
 * `previousFeed` is not a feed this writes.
 */
export function changesAsAtom(diff: ProgramDiff, options: AtomEntryOptions): string | undefined {
  const kept = options.previousFeed === undefined ? [] : entriesOf(options.previousFeed);
  if (kept === undefined) return undefined;
  const feedId = uuidUrn(`lectern changes feed: ${diff.eventTitle}`);
  const updated = new Date(options.nowMs).toISOString().replace(/\.\d{3}Z$/, "Z");
  const note = options.note?.trim();
  const summary = `${diff.changes.length} ${diff.changes.length === 1 ? "change" : "changes"}`;
  const entry = [
    "<entry>",
    // The entry's number in the feed joins the time: two publications in one second differ.
    `<id>${uuidUrn(`${feedId} ${kept.length + 1} ${updated}`)}</id>`,
    `<title>${xmlText(`Program updated ${updated.slice(0, 10)}: ${note?.split("\n")[0] ?? summary}`)}</title>`,
    `<updated>${updated}</updated>`,
    `<content type="text">${xmlText(`${note ? `${note}\n\n` : ""}${changesAsText(diff)}`)}</content>`,
    "</entry>",
  ].join("\n");
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}">`,
    `<id>${feedId}</id>`,
    `<title>${xmlText(`Changes to ${diff.eventTitle}`)}</title>`,
    `<updated>${updated}</updated>`,
    `<author><name>${xmlText(`${diff.eventTitle} organisers`)}</name></author>`,
    `<generator>Lectern</generator>`,
    entry,
    ...kept,
    "</feed>",
    "",
  ].join("\n");
}
