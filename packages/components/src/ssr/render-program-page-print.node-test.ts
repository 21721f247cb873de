import { parseProgram, type Program } from "@lectern/core";
import delta from "@lectern/core/examples/delta-2026.json";
import { chromium, type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumArgs, chromiumExecutablePath } from "../../chromium-launch.mjs";
import { renderProgramPage } from "./render-program-page.js";

function parsed(input: unknown): Program {
  const result = parseProgram(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.program;
}

/**
 * What a printed sheet of the page shows, read through the declarative shadow roots (the page's
 * own print rules cannot reach inside them; each element's must): the controls still laid out,
 * and the grid's cell titles with those cut (wider than their box, or out of their cell).
 */
async function printedProgram(tab: Page) {
  return tab.evaluate(() => {
    const grid = document.querySelector("schedule-grid")!.shadowRoot!;
    const shown = (element: Element) => element.getClientRects().length > 0;
    const controls = [...grid.querySelectorAll("button, input, select")].filter(shown).length;
    const titles = [...grid.querySelectorAll(".title")].filter(shown).map((title) => {
      const box = title.getBoundingClientRect();
      const cell = (title.closest("a, li, article") ?? title).getBoundingClientRect();
      const outside = box.left < cell.left - 0.5 || box.right > cell.right + 0.5 || box.right > innerWidth + 0.5;
      return { text: title.textContent ?? "", cut: outside || title.scrollWidth > title.clientWidth + 1 };
    });
    return { controls, titles: titles.length, cut: titles.filter((title) => title.cut).map((title) => title.text) };
  });
}

describe("renderProgramPage on paper", () => {
  it("prints DeLTa's rendered page with JavaScript off: every item, no controls, no title cut, a PDF", async () => {
    const page = await renderProgramPage(parsed(delta));
    const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 718, height: 1047 } });
      const tab = await context.newPage();
      await tab.setContent(page);
      await tab.emulateMedia({ media: "print" });
      const printed = await printedProgram(tab);
      expect(printed.controls).toBe(0);
      // The day's 18 items, each with its title on paper.
      expect(printed.titles).toBe(delta.items.length);
      expect(printed.cut).toEqual([]);
      const pdf = await tab.pdf({ format: "A4" });
      expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    } finally {
      await browser.close();
    }
  }, 60_000);
});
