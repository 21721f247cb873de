import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resultsDir, startSite, stopSite, visit } from "./site-session.js";

beforeAll(startSite);
afterAll(stopSite);

/** The texts a visitor reads in each Lectern element of the DeLTa page (shadow DOM included). */
const shown = (page: Page) => ({
  title: page.locator("event-summary").getByRole("heading", { level: 1 }),
  talk: page.locator("schedule-grid").getByText("How Geometry Shapes Optimization in Deep Generative Models").first(),
  time: page.locator("schedule-grid").getByText("09:10–09:40 · 30 min").first(),
  speaker: page.locator("speaker-list").getByText("René Vidal").first(),
});

describe("the pre-rendered DeLTa example (examples/delta.html)", () => {
  it("shows the summary, the schedule in Brasília time and the speakers with JavaScript off", async () => {
    const { page, context, problems } = await visit("examples/delta.html", { javaScriptEnabled: false });
    await page.screenshot({ path: new URL("examples_delta-no-js-1440.png", resultsDir).pathname, fullPage: true });
    const { title, talk, time, speaker } = shown(page);
    expect(await title.textContent()).toContain("Deep Generative Models: Theory, Principle, and Efficacy");
    for (const text of [talk, time, speaker]) expect(await text.isVisible()).toBe(true);
    // Every item of delta-2026.json is a cell of the grid, drawn by the server.
    expect(await page.locator("schedule-grid .cell").count()).toBe(18);
    // (axe runs in the page's JavaScript: site.test.ts checks this page with it on.) With
    // JavaScript off the browser refuses the preloaded scripts, and says so: nothing else fails.
    expect(problems.filter((problem) => !/^failed: \S+\.js csp$/.test(problem))).toEqual([]);
    await context.close();
  });

  it("is the same page once lectern.js has taken it over, without fetching the program", async () => {
    const requested: string[] = [];
    const { page, context, problems } = await visit("examples/delta.html", {
      beforeLoad: async (page) => page.on("request", (request) => requested.push(new URL(request.url()).pathname)),
    });
    const { talk, time, speaker } = shown(page);
    for (const text of [talk, time, speaker]) expect(await text.isVisible()).toBe(true);
    // The elements took the inline program: no request for the JSON, and the live grid answers.
    expect(requested.filter((path) => path.endsWith(".json"))).toEqual([]);
    await page.locator("schedule-grid a.open:visible", { hasText: "How Geometry Shapes" }).first().click();
    expect(await page.locator("schedule-grid").locator("dialog[open] talk-card").getAttribute("item-id")).toBe(
      "talk-vidal",
    );
    // What the page preloads is what it then runs: each chunk fetched once, none missing.
    const preloaded = await page.$$eval('link[rel="modulepreload"]', (links) =>
      links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
    );
    expect(preloaded).toEqual(
      expect.arrayContaining([
        "/lectern.js",
        expect.stringMatching(/^\/lectern-event-summary-/),
        expect.stringMatching(/^\/lectern-speaker-list-/),
      ]),
    );
    for (const path of preloaded) expect(requested.filter((other) => other === path)).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the pre-rendered SIGMETRICS example (examples/sigmetrics.html)", () => {
  it("shows the tentative program, its organisers and speakers with JavaScript off, then hydrates without a fetch", async () => {
    const off = await visit("examples/sigmetrics.html", { javaScriptEnabled: false });
    // Checked in sigmetrics-2026.json: the first talk, an organiser and the tentative note.
    const grid = off.page.locator("schedule-grid");
    expect(await grid.getByText("Theory for Discrete Diffusions").first().isVisible()).toBe(true);
    expect(await off.page.locator("speaker-list").getByText("Yuxin Chen").first().isVisible()).toBe(true);
    expect(await off.page.locator("event-summary").getByText("Tentative schedule").first().isVisible()).toBe(true);
    expect(off.problems.filter((problem) => !/^failed: \S+\.js csp$/.test(problem))).toEqual([]);
    await off.context.close();

    const requested: string[] = [];
    const on = await visit("examples/sigmetrics.html", {
      beforeLoad: async (page) => page.on("request", (request) => requested.push(new URL(request.url()).pathname)),
    });
    expect(await on.page.locator("schedule-grid").getByText("Theory for Discrete Diffusions").first().isVisible()).toBe(
      true,
    );
    expect(requested.filter((path) => path.endsWith(".json"))).toEqual([]);
    expect(on.problems).toEqual([]);
    await on.context.close();
  });
});
