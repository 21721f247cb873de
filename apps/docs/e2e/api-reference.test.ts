// The API reference of @lectern/core on the docs site (TypeDoc, built by the site's build).
// That every page of it loads cleanly and passes axe is in site.test.ts's page list.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, stopSite, visit } from "./site-session.js";

beforeAll(startSite);
afterAll(stopSite);

/** The first sentence of an export's TSDoc, read from core's source (so a doc edit updates the test). */
function firstDocSentence(sourcePath: string, exportName: string): string {
  const source = readFileSync(new URL(`../../../packages/core/src/${sourcePath}`, import.meta.url), "utf8");
  const comment = new RegExp(`/\\*\\*([\\s\\S]*?)\\*/\\s*export function ${exportName}\\b`).exec(source);
  if (!comment) throw new Error(`no TSDoc before ${exportName} in ${sourcePath}`);
  const text = comment[1]!
    .replace(/^\s*\* ?/gm, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.slice(0, text.indexOf(":") > 0 ? text.indexOf(":") : text.indexOf("."));
}

describe("the API reference", () => {
  it("is linked from every page's navigation and lists the exports", async () => {
    const { page, context, problems } = await visit("index.html");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "API reference" }).click();
    await page.waitForURL(/\/api\/index\.html$/);
    await expect
      .poll(() => page.getByRole("link", { name: "parseProgramJson", exact: true }).count())
      .toBeGreaterThan(0);
    expect(await page.title()).toContain("@lectern/core");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows parseProgramJson with its signature and its documentation", async () => {
    const { page, context, problems } = await visit("api/functions/parseProgramJson.html");
    const main = page.locator(".col-content");
    expect(await main.getByRole("heading", { level: 1 }).textContent()).toMatch(/parseProgramJson/);
    const text = (await main.textContent())!.replace(/\s+/g, " ");
    expect(text).toContain("parseProgramJson(text: string): ParseResult");
    expect(text).toContain(firstDocSentence("parse/parse-program-json.ts", "parseProgramJson"));
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is what developers.html names: plenaryItems, not its deprecated alias spanningItems", () => {
    const page = readFileSync(new URL("../dist/developers.html", import.meta.url), "utf8");
    expect(page).toContain("plenaryItems");
    expect(page).not.toContain("spanningItems");
  });
});
