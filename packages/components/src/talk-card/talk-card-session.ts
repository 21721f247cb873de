import { describePerson } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import type { UiStrings } from "../shared/ui-strings.js";
import type { CardSession } from "./card-session.js";

/** "Session: Orals I" and, when it has chairs, "Chair: Ana Silva, Li Na". */
export function renderCardSession(
  session: CardSession | undefined,
  strings: UiStrings,
): TemplateResult | typeof nothing {
  if (!session) return nothing;
  const chairs = (session.chairs ?? []).map((person) => describePerson(person) ?? strings.nameToBeAnnounced);
  return html`<p part="session" class="meta session">
    <span class="session-title">${strings.session}: ${session.title}</span>
    ${chairs.length > 0 ? html`<span class="session-chairs">${strings.chair}: ${chairs.join(", ")}</span>` : nothing}
  </p>`;
}
