/** Loads the module that registers a tag (its `define` module). */
export type ElementLoader = () => Promise<unknown>;

/**
 * Registers elements whose code is fetched only when the page first uses their tag: now, if
 * the tag is already in the document, or later, when a script or a framework adds it. This is
 * how `lectern.js` stays one `<script>` for a webmaster while a page with only a
 * `<schedule-grid>` does not download `<paper-list>`.
 *
 * Why a MutationObserver and not a placeholder class: a tag can be defined once, so the real
 * class must be the first definition. Until the chunk arrives the element is undefined
 * (`:not(:defined)` styles it) and properties set on it are kept by Lit when it upgrades.
 * Tags inside other elements' shadow roots are not seen; Lectern's own elements import what
 * they render.
 */
export function defineOnFirstUse(loaders: Readonly<Record<string, ElementLoader>>, root: Document = document): void {
  const pending = new Map(Object.entries(loaders).filter(([tag]) => !customElements.get(tag)));
  if (pending.size === 0) return;
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    loader().catch((error: unknown) => {
      // The element stays undefined; say why in the console rather than fail silently.
      console.error(`Lectern could not load <${tag}>:`, error);
    });
  };
  const loadUsedIn = (node: ParentNode) => {
    for (const tag of [...pending.keys()]) if (node.querySelector(tag)) load(tag);
  };
  loadUsedIn(root);
  if (pending.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (pending.has(node.localName)) load(node.localName);
        else if (node.firstElementChild) loadUsedIn(node);
      }
    }
    if (pending.size === 0) observer.disconnect();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
}
