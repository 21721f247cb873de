import axe from "axe-core";

/**
 * Runs axe-core (WCAG 2.x A and AA rules, plus best practices) on an element in the real
 * page, shadow DOM included, and returns the violations as readable lines.
 */
export async function findAccessibilityViolations(context: Element): Promise<string[]> {
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
}
