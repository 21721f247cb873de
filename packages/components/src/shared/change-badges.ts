import { html, type TemplateResult } from "lit";
import { describeChangeMark, type ChangeMarkText, type ChangeMarkTextOptions } from "./change-mark-texts.js";
import type { ChangeMark } from "./change-marks.js";

// Part of lectern-changes-<hash>.js with the diff (vite.bundle.config.ts): only an element that
// has marks to show (a previous version, or marks handed over by the grid) ever draws one.

/** The texts {@link renderChangeBadges} words a mark with. */
export type ChangeBadgeStrings = Parameters<typeof describeChangeMark>[2];

/**
 * A mark's badges as visible words ("Moved", "Cancelled", "New": never colour alone), then
 * what the item was ("was 14:00–14:30, Room 2"), for `<talk-card>`, `<talk-list>`'s cards and
 * the grid's talk dialog. Style it with the `change` part; `changeBadgeStyles` draws it.
 */
export function renderChangeBadges(
  mark: ChangeMark,
  options: ChangeMarkTextOptions,
  ui: ChangeBadgeStrings,
): TemplateResult {
  return renderChangeText(describeChangeMark(mark, options, ui), mark.badges);
}

/**
 * The markup of worded badges and their "was …", each badge with its kind as a class
 * (`change-moved`, `change-cancelled`, by `kinds`, in the labels' order) for styling only:
 * also what `<changes-since-visit>` lists.
 */
export function renderChangeText(text: ChangeMarkText, kinds: readonly string[]): TemplateResult {
  return html`<p part="change" class="change">
    ${text.labels.map((label, index) => html`<span class="badge change-badge change-${kinds[index]}">${label}</span> `)}
    ${text.was ? html`<span class="was">${text.was}</span>` : ""}
  </p>`;
}
