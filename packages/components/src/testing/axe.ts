import axe from "axe-core";

/**
 * Lays out what `content-visibility: auto` skips. axe reads sizes and positions (target size,
 * contrast), and an element of a skipped subtree has none: the cards and cells off screen in a
 * test page would fail for a layout a reader never meets (the browser lays them out as they
 * scroll near). Adopted by every shadow root under test while axe runs, then taken away.
 */
const layOutSkippedContent = new CSSStyleSheet();
layOutSkippedContent.replaceSync("* { content-visibility: visible !important; }");

/** `root`'s open shadow roots and theirs, at every depth. */
function shadowRootsUnder(root: Element | ShadowRoot): ShadowRoot[] {
  const hosts = [...(root instanceof Element ? [root] : []), ...root.querySelectorAll("*")].filter(
    (element) => element.shadowRoot,
  );
  return hosts.flatMap((host) => [host.shadowRoot!, ...shadowRootsUnder(host.shadowRoot!)]);
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules, plus best practices) on an element in the real
 * page, shadow DOM included, and returns the violations as readable lines.
 */
export async function findAccessibilityViolations(context: Element): Promise<string[]> {
  const roots = [document, ...shadowRootsUnder(context)];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, layOutSkippedContent];
  try {
    const results = await axe.run(context, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
      // Page-level rules do not apply to an element rendered alone in a test page.
      rules: {
        region: { enabled: false },
        "landmark-one-main": { enabled: false },
        "page-has-heading-one": { enabled: false },
      },
    });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${node.target.join(" > ")}`),
    );
  } finally {
    for (const root of roots)
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== layOutSkippedContent);
  }
}
