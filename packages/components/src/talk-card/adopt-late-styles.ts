import { adoptStyles, isServer, supportsAdoptingStyleSheets, type CSSResult, type LitElement } from "lit";

/**
 * Adds `styles` after an element's own (its static `styles`), once it is drawn: for styles
 * that come with a chunk the element imports later, so that the element's own file does not
 * carry them. Lit's `adoptStyles` replaces a shadow root's adopted sheets, so the element's
 * own are given again, the new one last (where it would be as the last of `styles`); where
 * sheets cannot be adopted (Lit then writes `<style>` elements) only the new one is appended.
 * Nothing on the server, nor before the element has its shadow root.
 */
export function adoptLateStyles(host: LitElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  if (isServer || !root) return;
  const own = (host.constructor as typeof LitElement).elementStyles;
  adoptStyles(root, supportsAdoptingStyleSheets ? [...own, styles] : [styles]);
}
