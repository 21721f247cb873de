import { html, isServer, nothing, type TemplateResult } from "lit";
import type { DirectiveResult } from "lit/directive.js";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { CellModel } from "./cells.js";

/** Text made safe inside HTML text and double-quoted attributes, as Lit SSR escapes a binding. */
function escaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

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
 * {@link cellMarkup}'s HTML as one string, for a cell whose title is text: what Lit SSR would
 * write without its markers (a dozen comments a cell), which the browser only removes again
 * when it adopts the cell (adopt-server-cells.ts). Every text and attribute is escaped.
 */
function plainCellMarkup(model: CellModel & { readonly title: string }): string {
  const style = placementStyle(model);
  const open = `<a class="open" href="${escaped(model.href)}" title="${escaped(model.fullTitle)}" tabindex="${model.focusable ? "0" : "-1"}">`;
  return (
    `<div part="cell" class="${escaped(model.states ? `cell ${model.states}` : "cell")}" data-item-id="${escaped(model.id)}"` +
    `${style === nothing ? "" : ` style="${escaped(style)}"`}> ${open}<span class="when">${escaped(model.when)} </span>` +
    `<span class="title">${escaped(model.title)} </span><span class="who"${model.who ? "" : " hidden"}>${escaped(model.who)}</span></a>` +
    `<button type="button" class="fav" aria-pressed="${model.favourite ? "true" : "false"}" aria-label="${escaped(model.starLabel)}"></button> </div>`
  );
}

const hasTextTitle = (model: CellModel): model is CellModel & { readonly title: string } =>
  typeof model.title === "string";

/**
 * The cells for Lit SSR (which runs a directive's `render()` and has no DOM to clone): grid
 * cells, or `<li>`s holding them in lists. As one escaped string when every title is text (a
 * FOSDEM day: 70 KB less HTML and 5,000 fewer comment nodes for the browser to parse, walk and
 * remove), else as Lit templates (a title with math is a template of its own).
 */
export function cellsMarkup(models: readonly CellModel[], inListItems: boolean): TemplateResult | DirectiveResult {
  // Only Lit SSR calls this; `isServer` is false in the browser's build of Lit, so the bundler
  // leaves the string path out of lectern.js.
  if (isServer && models.every(hasTextTitle)) {
    const cells = models.map(plainCellMarkup);
    return unsafeHTML(inListItems ? cells.map((cell) => `<li>${cell}</li>`).join("") : cells.join(""));
  }
  return html`${models.map((model) => (inListItems ? html`<li>${cellMarkup(model)}</li>` : cellMarkup(model)))}`;
}
