import type { Id } from "@lectern/core";
import { noChange, render, type TemplateResult } from "lit";
import { adoptServerCells, isServerPartMarker } from "./adopt-server-cells.js";
import { cellsMarkup } from "./cells-markup.js";
import { Directive, directive, PartType, type ChildPart, type DirectiveResult, type PartInfo } from "lit/directive.js";

/** Where a cell sits in the CSS grid: lines, 1-based, ends exclusive. */
export interface CellPlacement {
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly columnStart: number;
  readonly columnEnd: number;
}

/** What one item's cell shows, worked out by `modelCell`; `cells()` draws it. */
export interface CellModel {
  readonly id: Id;
  /** Classes after `cell`: `plenary`, `live`, `cancelled`. */
  readonly states: string;
  /** Where the cell sits in the grid; `undefined` in lists. */
  readonly placement?: CellPlacement;
  /** The track's colour (the cell's edge), when it has one. */
  readonly trackColor?: string;
  readonly href: string;
  /** The one cell the grid's roving tabindex lets Tab reach. */
  readonly focusable: boolean;
  readonly when: string;
  /** The title as text, or as math (MathML once temml is loaded) when it has TeX. */
  readonly title: string | TemplateResult;
  /** The whole title as plain text: the link's tooltip, for a title cut short on screen. */
  readonly fullTitle: string;
  /** Speakers and authors; empty hides the line. */
  readonly who: string;
  /** The change badges' labels and what the item was, against a previous version. */
  readonly change?: { readonly labels: readonly string[]; readonly was?: string };
  readonly favourite: boolean;
  readonly starLabel: string;
}

/** The DOM of one cell, kept with the model it shows so an update touches only what changed. */
export interface DrawnCell {
  /** The cell, or the `<li>` that holds it in a list. */
  readonly root: HTMLElement;
  readonly cell: HTMLElement;
  readonly open: HTMLAnchorElement;
  readonly when: HTMLElement;
  readonly title: HTMLElement;
  readonly who: HTMLElement;
  readonly star: HTMLElement;
  /** The change badges, made only for a changed item (most cells have none). */
  change?: HTMLElement;
  shown?: CellModel;
}

let prototype: HTMLElement | undefined;

/**
 * The cell's markup, cloned for every item. The star is drawn by CSS: the button's name is
 * its aria-label. The text goes in through textContent, never as HTML.
 */
function cellPrototype(): HTMLElement {
  if (!prototype) {
    const template = document.createElement("template");
    template.innerHTML =
      '<div part="cell" class="cell"><a class="open"><span class="when"></span><span class="title"></span><span class="who"></span></a><button type="button" class="fav"></button></div>';
    prototype = template.content.firstElementChild as HTMLElement;
  }
  return prototype;
}

function drawCell(model: CellModel, inListItem: boolean): DrawnCell {
  const cell = cellPrototype().cloneNode(true) as HTMLElement;
  const open = cell.firstElementChild as HTMLAnchorElement;
  const [when, title, who] = open.children as unknown as [HTMLElement, HTMLElement, HTMLElement];
  const root = inListItem ? document.createElement("li") : cell;
  if (inListItem) root.append(cell);
  return { root, cell, open, when, title, who, star: cell.lastElementChild as HTMLElement };
}

/** Sets an element's text, rewriting its one text node in place when it has one. */
function setText(element: HTMLElement, text: string): void {
  const node = element.firstChild;
  if (node !== null && node.nodeType === Node.TEXT_NODE && node.nextSibling === null) (node as Text).data = text;
  else element.textContent = text;
}

function samePlacement(a: CellPlacement | undefined, b: CellPlacement | undefined): boolean {
  return (
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.rowStart === b.rowStart &&
      a.rowEnd === b.rowEnd &&
      a.columnStart === b.columnStart &&
      a.columnEnd === b.columnEnd)
  );
}

/**
 * Writes a cell's grid lines, row span and track colour through the CSSOM (`style.setProperty`),
 * never as a `style` attribute: a page whose Content-Security-Policy has `style-src 'self'`
 * refuses inline style attributes, and every cell would lose its place (issue 18).
 */
function place(cell: HTMLElement, model: CellModel): void {
  const { style } = cell;
  const placement = model.placement;
  // A cell reused from the grid for a list item keeps no `style` behind. (Removing the
  // attribute is allowed under the policy.) Chromium writes the attribute for CSSOM changes
  // lazily: hasAttribute() brings it up to date first, or the removal is undone as style="".
  if (!placement && model.trackColor === undefined) {
    if (cell.hasAttribute("style")) cell.removeAttribute("style");
    return;
  }
  const span = placement ? placement.rowEnd - placement.rowStart : 1;
  setOrRemove(style, "grid-row", placement && `${placement.rowStart} / ${placement.rowEnd}`);
  setOrRemove(style, "grid-column", placement && `${placement.columnStart} / ${placement.columnEnd}`);
  setOrRemove(style, "--_span", span > 1 ? String(span) : undefined);
  setOrRemove(style, "--_track", model.trackColor);
}

function setOrRemove(style: CSSStyleDeclaration, property: string, value: string | undefined): void {
  if (value === undefined) style.removeProperty(property);
  else style.setProperty(property, value);
}

function show(drawn: DrawnCell, next: CellModel): void {
  const shown = drawn.shown;
  if (shown?.id !== next.id) drawn.cell.dataset["itemId"] = next.id;
  if (shown?.states !== next.states) drawn.cell.className = next.states ? `cell ${next.states}` : "cell";
  if (!samePlacement(shown?.placement, next.placement) || shown?.trackColor !== next.trackColor)
    place(drawn.cell, next);
  if (shown?.href !== next.href) drawn.open.setAttribute("href", next.href);
  if (shown?.fullTitle !== next.fullTitle) drawn.open.title = next.fullTitle;
  if (shown?.focusable !== next.focusable) drawn.open.tabIndex = next.focusable ? 0 : -1;
  // The trailing spaces keep the link's name "time title speakers"; they collapse on screen.
  if (shown?.when !== next.when) setText(drawn.when, `${next.when} `);
  if (typeof next.title !== "string") render(next.title, drawn.title);
  else if (shown?.title !== next.title) setText(drawn.title, `${next.title} `);
  if (shown?.who !== next.who) {
    setText(drawn.who, next.who);
    drawn.who.hidden = !next.who;
  }
  if (shown?.change !== next.change) showChange(drawn, next.change);
  if (shown?.favourite !== next.favourite) drawn.star.setAttribute("aria-pressed", next.favourite ? "true" : "false");
  if (shown?.starLabel !== next.starLabel) drawn.star.setAttribute("aria-label", next.starLabel);
  drawn.shown = next;
}

/**
 * Writes the change badges (visible text inside the link, so its name says "Moved, was
 * 14:00–14:30" too) before the time, or removes them.
 */
function showChange(drawn: DrawnCell, change: CellModel["change"]): void {
  if (!change) {
    drawn.change?.remove();
    drawn.change = undefined;
    return;
  }
  drawn.change ??= document.createElement("span");
  drawn.change.className = "change";
  drawn.change.replaceChildren(
    ...change.labels.map((label) =>
      Object.assign(document.createElement("span"), { className: "badge", textContent: label }),
    ),
    ...(change.was
      ? [Object.assign(document.createElement("span"), { className: "was", textContent: ` ${change.was} ` })]
      : []),
  );
  if (drawn.change.parentNode !== drawn.open) drawn.open.prepend(drawn.change);
}

/**
 * Draws the cells of a grid or list, keyed by item id, with no comment markers between them.
 *
 * Why not Lit's `map` or `repeat`: they put two marker comments around every item, which on
 * a FOSDEM day is 866 extra nodes, and each cell is a template instance with its own parts.
 * Here a cell is a clone of one prototype, and an update (a favourite, a focus move, the
 * clock) rewrites only the fields that changed. Cells are direct children of the part's
 * parent (grid items must be), or `<li>`s holding them in lists.
 *
 * A cell whose item is no longer shown is reused for a newly shown one, in place, before any
 * new cell is made: a day switch then rewrites the texts of some 440 cells instead of
 * removing them and cloning, filling and inserting as many again (on FOSDEM 2024 its script
 * fell by 1-8 ms in three interleaved A/B runs; see the README). A cell that holds the focus
 * is never reused, so focus never silently lands on another talk.
 */
class CellsDirective extends Directive {
  private drawn = new Map<Id, DrawnCell>();
  private updated = false;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error("cells() goes in a child position");
  }

  /** Only Lit SSR calls this (in the browser `update` draws the cells): the cells as markup. */
  render(models: readonly CellModel[], inListItems = false): TemplateResult | DirectiveResult {
    return cellsMarkup(models, inListItems);
  }

  override update(part: ChildPart, [models, inListItems = false]: [readonly CellModel[], boolean?]): typeof noChange {
    // The start marker's own parent: on the first render Lit sets values while the template
    // is still a fragment, and part.parentNode would name the container it will go into.
    const parent = part.startNode?.parentNode ?? part.parentNode;
    // Hydrating a server-rendered page: the cells are there already.
    const adopted = !this.updated && isServerPartMarker(part.startNode) ? adoptServerCells(part.startNode) : undefined;
    this.updated = true;
    const next = new Map<Id, DrawnCell>();
    const spare = this.spareCells(models, parent, inListItems);
    // Where the next cell belongs: right after the part's start, in model order.
    let cursor = part.startNode?.nextSibling ?? parent.firstChild;
    for (const model of models) {
      let drawn = this.drawn.get(model.id);
      // A title that gains or loses math is drawn afresh: Lit's parts and textContent do not mix.
      if (drawn && typeof drawn.shown?.title !== typeof model.title) drawn = undefined;
      const server = drawn ? undefined : adopted?.get(model.id);
      // The server's title (text, or math the browser may not have drawn yet) makes way for Lit's.
      if (server && typeof model.title !== "string") server.title.replaceChildren();
      drawn ??= server ?? (typeof model.title === "string" ? spare.pop() : undefined) ?? drawCell(model, inListItems);
      show(drawn, model);
      next.set(model.id, drawn);
      if (drawn.root === cursor) cursor = cursor.nextSibling;
      else parent.insertBefore(drawn.root, cursor);
    }
    for (const drawn of [...this.drawn.values(), ...(adopted?.values() ?? [])])
      if (!isShown(next, drawn)) drawn.root.remove();
    this.drawn = next;
    return noChange;
  }

  /**
   * The drawn cells that no model keeps, of the same shape (list item or not), with
   * plain-text titles and without the focus; last first, so that `pop()` hands them out in
   * document order and they mostly stay where they are.
   */
  private spareCells(models: readonly CellModel[], parent: Node, inListItems: boolean): DrawnCell[] {
    const kept = new Set(models.map((model) => model.id));
    const root = parent.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement;
    const spare: DrawnCell[] = [];
    for (const [id, drawn] of this.drawn) {
      if (kept.has(id) || typeof drawn.shown?.title !== "string" || (drawn.root !== drawn.cell) !== inListItems)
        continue;
      if (focused && drawn.root.contains(focused)) continue;
      spare.push(drawn);
    }
    return spare.reverse();
  }
}

function isShown(shown: ReadonlyMap<Id, DrawnCell>, drawn: DrawnCell): boolean {
  return drawn.shown !== undefined && shown.get(drawn.shown.id) === drawn;
}

/** The cells of the given items, in order (see {@link CellsDirective}). */
export const cells = directive(CellsDirective);
