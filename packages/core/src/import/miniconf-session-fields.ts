import type { Link } from "../model/link.js";
import { toSafeUrl } from "../model/safe-url.js";
import { asText, type JsonObject } from "./json-values.js";

/** The keys (columns, in a CSV) a sessions entry is read from, as each file writes them. */
export const miniconfSessionFields = {
  id: ["UID", "uid", "id", "session_id"],
  title: ["long_name", "title", "name"],
  start: ["start", "start_time"],
  end: ["end", "end_time"],
  // A CSV's header is read lowercased, so its "UIDs" column is "uids".
  papers: ["papers", "paper_ids", "UIDs", "uids"],
  room: ["room", "location"],
  chairs: ["chairs", "chair", "moderator"],
  type: ["type", "session_type"],
} as const;

/**
 * Keys that hold a session's meeting links (EMNLP's `zoom_link`, SIGDIAL's `zoom` and
 * `discord`), lowercased, with the label each link is shown by.
 */
const linkKeys = new Map<string, string>([
  ["zoom", "Zoom"],
  ["zoom_link", "Zoom"],
  ["discord", "Discord"],
  ["slack", "Slack"],
  ["rocketchat", "Rocket.Chat"],
  ["gather", "Gather"],
  ["livestream", "Livestream"],
  ["link", "Link"],
  ["url", "Link"],
]);

const readKeys = new Set<string>(Object.values(miniconfSessionFields).flat());

/**
 * A session entry's meeting links, in the file's key order, and the keys whose value is no
 * usable http(s) address (SIGDIAL's calendar writes placeholders such as
 * "https://zoom.us/j/###Sun II###"), for the caller to warn about.
 */
export function sessionLinksOf(entry: JsonObject): { links: Link[]; unusable: { key: string; value: string }[] } {
  const links: Link[] = [];
  const unusable: { key: string; value: string }[] = [];
  for (const [key, value] of Object.entries(entry)) {
    const label = linkKeys.get(key.toLowerCase());
    const text = label === undefined ? undefined : asText(value);
    if (!label || !text) continue;
    // "###" is a site template's placeholder, not an address a visitor could follow.
    const url = text.includes("###") ? undefined : toSafeUrl(text);
    if (url) links.push({ kind: key.toLowerCase() === "livestream" ? "livestream" : "web", url, label });
    else unusable.push({ key, value: text });
  }
  return { links, unusable };
}

/**
 * The keys of a sessions file that nothing reads, each once with the line of the first entry
 * that has it, and what to say about it.
 */
export function unreadSessionKeys(
  entries: readonly { readonly entry: JsonObject; readonly line: number }[],
): { key: string; line: number; message: string }[] {
  const unread = new Map<string, { key: string; line: number; message: string }>();
  for (const { entry, line } of entries)
    for (const key of Object.keys(entry)) {
      if (key === "" || readKeys.has(key) || linkKeys.has(key.toLowerCase()) || unread.has(key)) continue;
      unread.set(key, { key, line, message: `column "${key}" is not imported` });
    }
  return [...unread.values()];
}

/**
 * "Oral", "Orals" as a word, or run into an id ("inlgoralsession1", as SIGDIAL's papers name
 * their session); in an id, not the end of another word ("doctoralsession", "temporal_session").
 */
const oralWords =
  /(^|[^a-z])orals?([^a-z]|$)|(?<!doct|mor|c|ch|fl|elect|pect|temp|corp|may|past|litt|sor)oral[_-]?sessions?/i;

/**
 * Whether a session is a sequence of talks (an oral session) by what the file calls it: its
 * type or its title says "oral" (SIGDIAL's "INLG Oral Session 1: ..."). A session named a
 * poster, Q&A or Gather session is not, nor one whose file says nothing.
 */
export function isOralSession(names: readonly unknown[]): boolean {
  return names.some((name) => oralWords.test(asText(name) ?? ""));
}
