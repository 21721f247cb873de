import { html, nothing, type TemplateResult } from "lit";
import type { CellModel } from "./cells.js";

/**
 * A cell's grid lines, span and track colour as a `style` attribute: only for the static page
 * Lit SSR writes (the browser's cells use the CSSOM, which a `style-src 'self'` policy allows).
 */
function placementStyle(model: CellModel): string | typeof nothing {
  const declarations: string[] = [];
  const placement = model.placement;
  if (placement) {
    const span = placement.rowEnd - placement.rowStart;
    declarations.push(`grid-row:${placement.rowStart} / ${placement.rowEnd}`);
    declarations.push(`grid-column:${placement.columnStart} / ${placement.columnEnd}`);
    if (span > 1) declarations.push(`--_span:${span}`);
  }
  if (model.trackColor !== undefined) declarations.push(`--_track:${model.trackColor}`);
  return declarations.length > 0 ? declarations.join(";") : nothing;
}

function cellMarkup(model: CellModel): TemplateResult {
  // The same markup as cells.ts's prototype, so the hydrated page looks the same; the texts
  // are bound as text, never parsed as HTML.
  return html`<div
    part="cell"
    class=${model.states ? `cell ${model.states}` : "cell"}
    data-item-id=${model.id}
    style=${placementStyle(model)}
  >
    <a class="open" href=${model.href} title=${model.fullTitle} tabindex=${model.focusable ? "0" : "-1"}
      ><span class="when">${model.when} </span><span class="title">${model.title} </span
      ><span class="who" ?hidden=${!model.who}>${model.who}</span></a
    ><button
      type="button"
      class="fav"
      aria-pressed=${model.favourite ? "true" : "false"}
      aria-label=${model.starLabel}
    ></button>
  </div>`;
}

/**
 * The cells as a Lit template, for Lit SSR (which runs a directive's `render()` and has no DOM
 * to clone): grid cells, or `<li>`s holding them in lists.
 */
export function cellsMarkup(models: readonly CellModel[], inListItems: boolean): TemplateResult {
  return html`${models.map((model) => (inListItems ? html`<li>${cellMarkup(model)}</li>` : cellMarkup(model)))}`;
}
