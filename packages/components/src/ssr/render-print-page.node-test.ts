import { readFileSync } from "node:fs";
import { importSessionize, parseProgram, type Program } from "@lectern/core";
import delta from "@lectern/core/examples/delta-2026.json";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumArgs, chromiumExecutablePath } from "../../chromium-launch.mjs";
import { renderPrintPage } from "./render-print-page.js";

function parsed(input: unknown): Program {
  const result = parseProgram(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.program;
}

// The printable width of each sheet in CSS px (96 per inch) inside the stylesheet's 10 mm margins,
// so the layout the checks measure is the one the paper gets.
const millimetre = 96 / 25.4;
const sheetMillimetres = { A4: [210, 297], Letter: [215.9, 279.4] } as const;

/**
 * Prints the page to PDF in Chromium; returns its page count, how many titles it shows and
 * the titles that are cut: wider than their box, or reaching out of their cell or the sheet.
 */
async function printed(page: string, format: "A4" | "Letter", landscape: boolean) {
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs] });
  try {
    const tab = await browser.newPage();
    const [short, long] = sheetMillimetres[format];
    const width = Math.floor(((landscape ? long : short) - 20) * millimetre);
    await tab.setViewportSize({ width, height: Math.floor(((landscape ? short : long) - 20) * millimetre) });
    await tab.setContent(page);
    await tab.emulateMedia({ media: "print" });
    const titles = await tab.$$eval(".print-title", (found) =>
      found.map((title) => {
        const box = title.getBoundingClientRect();
        const cell = (title.closest("td, li") ?? title).getBoundingClientRect();
        const outside = box.left < cell.left - 0.5 || box.right > cell.right + 0.5 || box.right > innerWidth + 0.5;
        return { text: title.textContent, cut: title.scrollWidth > title.clientWidth || outside };
      }),
    );
    const cut = titles.filter((title) => title.cut).map((title) => title.text);
    const pdf = (await tab.pdf({ format, landscape })).toString("latin1");
    return { pages: (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length, titles: titles.length, cut };
  } finally {
    await browser.close();
  }
}

describe("renderPrintPage", () => {
  it("puts the single-track DeLTa workshop on at most two A4 portrait pages, zone named, no title cut", async () => {
    const page = await renderPrintPage(parsed(delta));
    expect(page).toContain("All times America/Sao_Paulo (Brasília Time (GMT−3))");
    expect(page).toContain("@page { size: portrait; }");
    const { pages, titles, cut } = await printed(page, "A4", false);
    // Every one of the day's 18 items is on paper.
    expect(titles).toBe(delta.items.length);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(cut).toEqual([]);
  }, 60_000);

  it("puts a one-day three-room program (Global Azure Linz 2025) on one landscape page, A4 and Letter", async () => {
    const source = readFileSync(
      new URL("../../../core/test/fixtures/sessionize/global-azure-linz-2025.json", import.meta.url),
      "utf8",
    );
    const imported = importSessionize(source, { timeZone: "Europe/Vienna" });
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    const page = await renderPrintPage(imported.program);
    expect(page).toContain("@page { size: landscape; }");
    expect(page).toContain("All times Europe/Vienna");
    // Checked by hand in the export: the three rooms are Saal 9, Saal 12 and Saal 13.
    expect(page).toMatch(/Saal 9[\s\S]*Saal 12[\s\S]*Saal 13/u);
    for (const format of ["A4", "Letter"] as const) {
      const { pages, cut } = await printed(page, format, true);
      expect(pages).toBe(1);
      expect(cut).toEqual([]);
    }
  }, 60_000);
});
