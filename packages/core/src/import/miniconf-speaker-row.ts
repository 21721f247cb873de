import type { RowPlace } from "./csv-lines.js";
import { splitPipeList } from "./miniconf-columns.js";
import { cellAddress, type PaperRow, type PaperRowContext } from "./miniconf-paper-row.js";

/**
 * The session a speakers row names: its `session` cell, qualified by its `day` when the file
 * writes one (the template's CHIL 2020 data numbers sessions per day: "thu" session 1 and
 * "fri" session 1 are two sessions), as the papers rows name ISMIR's day/session.
 */
export function speakerSessions(row: PaperRow): string[] {
  const sessions = splitPipeList(row.get("session"));
  const day = row.get("day");
  return day ? sessions.map((session) => `Day ${day}, session ${session}`) : sessions;
}

/**
 * Reads one row of a speakers CSV into an invited talk by its speaker (a person with the
 * row's institution, bio, photo and website) and the sessions it is in. A photo or website
 * that is a site-relative path is made absolute with `siteUrl`, and warned about without it.
 */
export function readSpeakerRow(
  row: PaperRow,
  place: RowPlace,
  context: PaperRowContext,
): { item: Record<string, unknown>; sessions: string[] } {
  const id = context.itemId(row.get("UID") || `speaker-${row.line}`);
  const photo = cellAddress(row, "image", place, context, "photos");
  const website = cellAddress(row, "website", place, context, "links");
  const speaker = context.personFor(row.get("speaker") || `Speaker ${row.line}`, {
    ...(row.get("institution") ? { affiliations: [row.get("institution")] } : {}),
    ...(row.get("bio") ? { biography: row.get("bio") } : {}),
    ...(photo ? { photo } : {}),
    ...(website ? { links: [{ kind: "web", url: website }] } : {}),
  });
  const item = {
    id,
    kind: "invited-talk",
    ...(row.get("title") ? { title: row.get("title") } : { tba: ["title"] }),
    ...(row.get("abstract") ? { abstract: row.get("abstract") } : {}),
    speakers: [speaker],
  };
  return { item, sessions: speakerSessions(row) };
}
