// The strict-CSP example: served by the site's server with the policy the docs recommend
// (scripts/strict-csp.mjs), it must draw the grid with no violation at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strictCsp, strictCspExamplePath } from "../scripts/strict-csp.mjs";
import { accessibilityViolations, resultsDir, startSite, stopSite, visit } from "./site-session.js";

beforeAll(startSite);
afterAll(stopSite);

describe("the strict-CSP example", () => {
  it("draws the two-room grid with no securitypolicyviolation, cells in distinct columns, axe clean", async () => {
    const { page, context, problems } = await visit(strictCspExamplePath.slice(1), {
      // Recorded from the first byte: the browser fires one event per blocked resource, attribute or script.
      beforeLoad: (page) =>
        page.addInitScript(() => {
          const violations: string[] = [];
          (window as unknown as { cspViolations: string[] }).cspViolations = violations;
          document.addEventListener("securitypolicyviolation", (event) => {
            // The element that broke the policy, even inside a shadow root (div.room-header).
            const origin = event.composedPath()[0];
            const where =
              origin instanceof Element
                ? `${origin.localName}${origin.classList.length ? `.${[...origin.classList].join(".")}` : ""}`
                : event.blockedURI;
            violations.push(
              `${event.effectiveDirective} on ${where || "the page"}${event.sample ? `: ${event.sample}` : ""}`,
            );
          });
        }),
    });
    const header = await page.evaluate(async () => (await fetch(location.href)).headers.get("content-security-policy"));
    expect(header).toBe(strictCsp);
    await page.screenshot({ path: new URL("examples_strict-csp.png", resultsDir).pathname, fullPage: true });
    const layout = await page.evaluate(() => {
      const root = document.querySelector("schedule-grid")!.shadowRoot!;
      const cellColumns = (titles: string[]) =>
        titles.map((title) => {
          const cell = [...root.querySelectorAll<HTMLElement>(".cell")].find(
            (node) => node.querySelector(".title")?.textContent?.trim() === title,
          )!;
          return Math.round(cell.getBoundingClientRect().left);
        });
      return {
        cells: root.querySelectorAll(".cell").length,
        // Two talks at 09:00, one per room: side by side, not stacked in the first column.
        parallel: cellColumns(["Score matching without the score", "Normalising flows on graphs"]),
        violations: (window as unknown as { cspViolations: string[] }).cspViolations,
      };
    });
    const axeViolations = await accessibilityViolations(page);
    await context.close();
    // One comparison, so a failure shows every part of the result at once.
    expect({
      cspViolations: layout.violations,
      cells: layout.cells,
      distinctColumns: new Set(layout.parallel).size,
      problems,
      axeViolations,
    }).toEqual({
      cspViolations: [],
      cells: 5,
      distinctColumns: 2,
      problems: [],
      axeViolations: [],
    });
  });
});
