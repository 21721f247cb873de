import type { Link } from "../model/link.js";
import type { Session } from "../model/session.js";
import { asUri } from "../model/safe-url.js";
import { titleOfLink } from "./link-title.js";

/** True for an absolute http(s) address: the only links a written schedule or page can follow. */
function isWebLink(link: Link): boolean {
  return /^https?:\/\//i.test(link.url);
}

/**
 * The links of a talk's session (its video call, livestream, chat) to write with the talk, for
 * formats that have no session of their own but per-talk links (c3voc's `links`, frab's
 * `<links>`): each labelled with the session's title, "Zoom (Orals I)", so a reader of one
 * talk knows whose call it is. A session link at an address the talk already links to (after
 * percent-encoding, as the writers write addresses) is left out, as is a second link to one
 * address and anything not http(s) (a `mailto:` is no place to join a session).
 */
export function sessionLinksOfTalk(talkLinks: readonly Link[], session: Session | undefined): Link[] {
  const seen = new Set(talkLinks.map((link) => asUri(link.url)));
  const added: Link[] = [];
  for (const link of session?.links ?? []) {
    const url = asUri(link.url);
    if (!isWebLink(link) || seen.has(url)) continue;
    seen.add(url);
    added.push({ kind: link.kind, url, label: `${titleOfLink(link)} (${session!.title})` });
  }
  return added;
}
