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

/** Prints the page to PDF in Chromium; returns its page count and the titles that overflow. */
async function printed(page: string, format: "A4" | "Letter", landscape: boolean) {
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs] });
  try {
    const tab = await browser.newPage();
    await tab.setContent(page);
    await tab.emulateMedia({ media: "print" });
    const cut = await tab.$$eval(".print-title", (titles) =>
      titles.filter((title) => title.scrollWidth > title.clientWidth).map((title) => title.textContent),
    );
    const pdf = (await tab.pdf({ format, landscape })).toString("latin1");
    return { pages: (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length, cut };
  } finally {
    await browser.close();
  }
}

describe("renderPrintPage", () => {
  it("puts the single-track DeLTa workshop on at most two A4 portrait pages, zone named, no title cut", async () => {
    const page = await renderPrintPage(parsed(delta));
    expect(page).toContain("All times America/Sao_Paulo (Brasília Time (GMT−3))");
    expect(page).toContain("@page { size: portrait; }");
    const { pages, cut } = await printed(page, "A4", false);
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
