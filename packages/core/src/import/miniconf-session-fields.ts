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

const readKeys = new Set<string>(Object.values(miniconfSessionFields).flat());

/**
 * Keys that hold a session's meeting links (EMNLP's `zoom_link`, SIGDIAL's `zoom` and
 * `discord`): a session has no links in the model, so they are named in their own warning.
 */
const linkKeys = /^(zoom|zoom_link|discord|slack|rocketchat|rocketchat_id|gather|livestream|link|url)$/i;

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
      if (key === "" || readKeys.has(key) || unread.has(key)) continue;
      const message = linkKeys.test(key)
        ? `column "${key}" is not imported: it holds session links, and a session has no links in the program model`
        : `column "${key}" is not imported`;
      unread.set(key, { key, line, message });
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
