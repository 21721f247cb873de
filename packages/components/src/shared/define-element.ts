/**
 * Registers a Lectern element under its tag, unless the tag is taken:
 * - free: defines it;
 * - taken by this very class (its define module is imported by two entry points, or the
 *   element is registered by `define.js` and by its own `define.js`): does nothing, silently;
 * - taken by another class (another library's `<talk-card>`, or a second copy of Lectern on the
 *   page): keeps that class, since a tag can be defined only once, and says so with
 *   `console.warn` naming the tag, rather than let the page show someone else's element
 *   without a word.
 *
 * Never throws for a taken tag, so one cannot stop the registration of the others.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  const owner = customElements.get(tag);
  if (owner === elementClass) return;
  if (owner) {
    console.warn(
      `Lectern's <${tag}> is not registered: another class (${owner.name || "anonymous"}) already defines the tag, and the page keeps it.`,
    );
    return;
  }
  customElements.define(tag, elementClass);
}
