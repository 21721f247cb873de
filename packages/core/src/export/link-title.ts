import type { Link, LinkKind } from "../model/link.js";

// What a link with no label of its own is called in a written title ("Livestream (Orals I)").
const kindTitles = new Map<LinkKind, string>([
  ["web", "Web page"],
  ["other", "Link"],
]);

/**
 * "Zoom", or for a link without a label its kind's name ("Livestream", "Web page"): how the
 * exports title a session's link ("Zoom (Orals I)"). Its own module, so that the browser
 * bundle can put it with the JSON-LD writer, the only part of it that names links.
 */
export function titleOfLink(link: Link): string {
  return link.label ?? kindTitles.get(link.kind) ?? link.kind.charAt(0).toUpperCase() + link.kind.slice(1);
}
