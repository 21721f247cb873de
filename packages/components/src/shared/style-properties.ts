import { noChange } from "lit";
import { Directive, directive, PartType, type ElementPart, type PartInfo } from "lit/directive.js";

/** CSS properties by their CSS names (`grid-row`, `--_rows`); `undefined` removes one. */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

/**
 * Sets an element's inline style properties through the CSSOM (`style.setProperty`) on every
 * render, the first included, and never writes a `style` attribute.
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
    if (partInfo.type !== PartType.ELEMENT)
      throw new Error("styleProperties() goes on an element: <div ${styleProperties({...})}>");
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
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

/** Inline style properties set through the CSSOM, allowed under a strict CSP (see {@link StylePropertiesDirective}). */
export const styleProperties = directive(StylePropertiesDirective);
