import type { Link } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import type { UiStrings } from "./ui-strings.js";

/**
 * A session's own links (its video call, livestream, chat: "Zoom", "Discord"), each by its
 * label or its kind's name, for the list's session headings and a talk card's session line.
 * The addresses are the program's, which the model only accepts as http(s).
 */
export function renderSessionLinks(
  links: readonly Link[] | undefined,
  strings: Pick<UiStrings, "links">,
): TemplateResult | typeof nothing {
  if (!links || links.length === 0) return nothing;
  return html`<span class="session-links"
    >${links.map(
      (link, index) =>
        html`${index > 0 ? ", " : ""}<a href=${link.url} rel="noopener">${link.label ?? strings.links[link.kind]}</a>`,
    )}</span
  >`;
}
