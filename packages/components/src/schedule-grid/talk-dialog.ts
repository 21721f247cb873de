import { indexProgram, type Id, type Program } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import type { ChangeMark } from "../shared/change-marks.js";
import type { ScheduleGridStrings } from "./schedule-grid.strings.js";

/**
 * The dialog's `<talk-card>` parts, renamed for the page: `schedule-grid::part(talk-title)`
 * styles the open talk's title as `talk-card::part(title)` would a card on its own.
 */
export const talkCardExportParts =
  "card: talk-card, badge: talk-badge, change: talk-change, title: talk-title, subtitle: talk-subtitle, time: talk-time, session: talk-session, people: talk-people, abstract: talk-abstract, links: talk-links, actions: talk-actions";

/** What the talk dialog shows and whom it tells about the visitor's actions. */
export interface TalkDialogContext {
  readonly strings: ScheduleGridStrings;
  readonly program: Program;
  /** The open talk, or `undefined` while the dialog is closed. */
  readonly openItemId?: Id;
  readonly isFavourite: boolean;
  /** What changed about the open talk since the previous version (`previous-src`), if anything. */
  readonly changeMark?: ChangeMark;
  readonly viewerZone: string;
  readonly locale: string;
  readonly theme: string;
  /** The element's own `strings`, passed on to the card (it merges the texts it uses). */
  readonly cardStrings: unknown;
  readonly onToggleFavourite: (id: Id) => void;
  readonly onCloseClick: () => void;
  /** The dialog closed (its button, Escape or a script). */
  readonly onClosed: () => void;
}

/**
 * The modal dialog that shows the open talk as a `<talk-card>`, with its own favourite
 * toggle (a grid cell's star is small for a finger) and a close button. The dialog element is
 * always drawn, so that opening a talk only fills it.
 */
export function renderTalkDialog(context: TalkDialogContext): TemplateResult {
  const { strings, openItemId } = context;
  const name = openItemId
    ? (indexProgram(context.program).items.get(openItemId)?.value.title ?? openItemId)
    : strings.close;
  return html`<dialog aria-label=${name} @close=${context.onClosed}>
    <div class="dialog-bar">
      ${
        openItemId
          ? html`<button
              type="button"
              class="tool-button favourite"
              aria-pressed=${context.isFavourite ? "true" : "false"}
              @click=${() => context.onToggleFavourite(openItemId)}
            >
              ${strings.favourite}
            </button>`
          : nothing
      }
      <button type="button" class="tool-button" @click=${context.onCloseClick}>${strings.close}</button>
    </div>
    ${
      openItemId
        ? html`<talk-card
            .program=${context.program}
            item-id=${openItemId}
            time-zone="both"
            viewer-zone=${context.viewerZone}
            locale=${context.locale}
            theme=${context.theme}
            .strings=${context.cardStrings}
            .changeMark=${context.changeMark}
            heading-level="2"
            exportparts=${talkCardExportParts}
            expanded
          ></talk-card>`
        : nothing
    }
  </dialog>`;
}
