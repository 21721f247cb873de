import type { Link } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { isWebAddress } from "./is-web-address.js";
import type { UiStrings } from "./ui-strings.js";

/** What {@link renderSessionLinks} reads of a session: a resolved session or a card's `session`. */
export interface SessionWithLinks {
  readonly title: string;
  readonly links?: readonly Link[];
}

/**
 * The links of a session an element draws: only http(s) addresses ({@link isWebAddress}),
 * as a card's `session` is the page's data, not validated, and `mailto:` is no call to join.
 */
export function sessionWebLinks(session: SessionWithLinks): readonly Link[] {
  return (session.links ?? []).filter((link) => isWebAddress(link.url));
}

/**
 * A session's own links (its video call, livestream, chat: "Zoom", "Discord"), each by its
 * label or its kind's name, for the list's session headings, the grid's session band and
 * cell, and a talk card's session line; `nothing` when it has none. Each link's accessible
 * name also names the session ("Zoom (Orals I)", `sessionLink`): a day lists many calls.
 * Only {@link sessionWebLinks} become links.
 */
export function renderSessionLinks(
  session: SessionWithLinks,
  strings: Pick<UiStrings, "links" | "sessionLink">,
): TemplateResult | typeof nothing {
  const links = sessionWebLinks(session);
  if (links.length === 0) return nothing;
  return html`<span class="session-links"
    >${links.map((link, index) => {
      const text = link.label ?? strings.links[link.kind];
      return html`${index > 0 ? ", " : ""}<a
          href=${link.url}
          rel="noopener"
          aria-label=${strings.sessionLink(text, session.title)}
          >${text}</a
        >`;
    })}</span
  >`;
}
