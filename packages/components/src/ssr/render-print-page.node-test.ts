import { parseProgram, type Program } from "@lectern/core";
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
});
