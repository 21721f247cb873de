import { noChange, nothing } from "lit";
import { Directive, directive, PartType, type AttributePart, type PartInfo } from "lit/directive.js";

/** CSS properties by their CSS names (`grid-row`, `--_rows`); `undefined` removes one. */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

/**
 * Sets an element's inline style properties through the CSSOM (`style.setProperty`) on every
 * render, the first included, and never writes a `style` attribute in the browser. It is
 * bound as the `style` attribute (`<div style=${styleProperties({...})}>`) so that Lit SSR,
 * which renders a directive's `render()` and has no CSSOM, writes the same properties as the
 * attribute of a static page (where the grid must keep its places without JavaScript); a
 * hydrating browser then sets them through the CSSOM as on any render.
 *
 * Why not Lit's `styleMap`: on its first render it returns the styles as a string, which Lit
 * writes with `setAttribute("style", …)`; a page whose Content-Security-Policy has
 * `style-src 'self'` (without 'unsafe-inline') refuses that, and the grid's cells and
 * headers lose their places (issue 18). The CSSOM is allowed under that policy.
 */
class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    // `strings` is undefined for a lone expression in the browser, ["", ""] under Lit SSR.
    const strings = partInfo.type === PartType.ATTRIBUTE ? (partInfo.strings ?? ["", ""]) : [];
    const isStyle = partInfo.type === PartType.ATTRIBUTE && partInfo.name === "style";
    if (!isStyle || strings.length !== 2 || strings.join("") !== "")
      throw new Error("styleProperties() is the whole style attribute: <div style=${styleProperties({...})}>");
  }

  /** Only Lit SSR calls this (in the browser `update` sets the CSSOM): the properties as CSS text. */
  render(properties: StyleProperties): string | typeof nothing {
    const declarations = Object.entries(properties).filter(([, value]) => value !== undefined);
    return declarations.length > 0 ? declarations.map(([name, value]) => `${name}:${value}`).join(";") : nothing;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (properties[name] === undefined) style.removeProperty(name);
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

/** Inline style properties set through the CSSOM, allowed under a strict CSP (see {@link StylePropertiesDirective}): `style=${styleProperties({...})}`. */
export const styleProperties = directive(StylePropertiesDirective);
