import { html, nothing, type TemplateResult } from "lit";
import { describeChairs } from "../shared/describe-chairs.js";
import { renderSessionLinks } from "../shared/render-session-links.js";
import type { UiStrings } from "../shared/ui-strings.js";
import type { CardSession } from "./card-session.js";

/** "Session: Orals I" and, when it has them, "Chair: Ana Silva, Li Na" and its links ("Zoom"). */
export function renderCardSession(
  session: CardSession | undefined,
  strings: UiStrings,
): TemplateResult | typeof nothing {
  if (!session) return nothing;
  const chairs = describeChairs(session.chairs ?? [], strings);
  return html`<p part="session" class="meta session">
    <span class="session-title">${strings.session}: ${session.title}</span>
    ${chairs ? html`<span class="session-chairs">${chairs}</span>` : nothing} ${renderSessionLinks(session, strings)}
  </p>`;
}
