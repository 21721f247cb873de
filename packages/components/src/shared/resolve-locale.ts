/**
 * The locale an element formats dates in: its own `locale` attribute, else the nearest
 * `lang` in the page (crossing shadow roots), else the browser's language.
 */
export function resolveLocale(element: Element, explicit: string | undefined): string {
  if (explicit) return explicit;
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute("lang")) return node.getAttribute("lang")!;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return navigator.language || "en";
}

/** The viewer's IANA zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
