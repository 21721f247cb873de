import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, resultsDir, startSite, stopSite, visit } from "./site-session.js";

const pages = [
  "index.html",
  "embed.html",
  "format.html",
  "developers.html",
  "examples/index.html",
  "examples/delta.html",
  "examples/sigmetrics.html",
  "examples/reading-group.html",
  "examples/diffusion-digest.html",
  "examples/delta-papers.html",
  "examples/aggressive-css.html",
  "components/index.html",
  "components/schedule-grid.html",
  "components/talk-card.html",
  "components/speaker-list.html",
  "components/event-summary.html",
  "components/talk-list.html",
  "components/paper-list.html",
  "components/changes-since-visit.html",
  "changes.html",
  "frameworks/index.html",
  "frameworks/react.html",
  "frameworks/vue.html",
  "csp.html",
  "scheduler.html",
  "api/index.html",
  "api/functions/parseProgramJson.html",
];

beforeAll(startSite);
afterAll(stopSite);

describe("every page", () => {
  describe.each([1440, 375])("at %i px wide", (width) => {
    it.each(pages)(
      "%s loads with no errors or failed requests, has no axe violations, and is screenshotted",
      async (path) => {
        const { page, context, problems } = await visit(path, { width });
        await page.screenshot({
          path: new URL(`${path.replace(/[/.]/g, "_")}-${width}.png`, resultsDir).pathname,
          fullPage: true,
        });
        const violations = await accessibilityViolations(page);
        await context.close();
        expect(problems).toEqual([]);
        expect(violations).toEqual([]);
      },
    );
  });
});

describe("the DeLTa example", () => {
  const firstTimes = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelector("schedule-grid")!.shadowRoot!.querySelectorAll(".cell .when")]
        .slice(0, 2)
        .map((node) => node.textContent!.trim()),
    );

  it("switches the schedule from Brasília time to the viewer's (Berlin) and back", async () => {
    const { page, context } = await visit("examples/delta.html", { timezoneId: "Europe/Berlin" });
    expect(await firstTimes(page)).toEqual(["09:00–09:10 · 10 min", "09:10–09:40 · 30 min"]);
    await page
      .locator("schedule-grid")
      .getByLabel(/^Your time/)
      .check();
    expect(await firstTimes(page)).toEqual(["14:00–14:10 · 10 min", "14:10–14:40 · 30 min"]);
    await page
      .locator("schedule-grid")
      .getByLabel(/^Event time/)
      .check();
    expect(await firstTimes(page)).toEqual(["09:00–09:10 · 10 min", "09:10–09:40 · 30 min"]);
    await context.close();
  });

  it("opens the talk named by a #talk-<id> deep link", async () => {
    const { page, context } = await visit("examples/delta.html#talk-talk-doucet");
    const opened = await page.evaluate(() => {
      const dialog = document.querySelector("schedule-grid")!.shadowRoot!.querySelector("dialog")!;
      return { open: dialog.open, item: dialog.querySelector("talk-card")?.getAttribute("item-id") };
    });
    expect(opened).toEqual({ open: true, item: "talk-doucet" });
    await context.close();
  });
});

describe("the reading group example (a seminar series)", () => {
  it("puts the next talk first, says when it is, and groups the rest by term", async () => {
    const { page, context, problems } = await visit("examples/reading-group.html", {
      now: "2026-04-07T09:00:00+01:00",
      timezoneId: "Europe/London",
    });
    const list = page.locator("talk-list");
    await expect.poll(() => list.getByText("Next talk, in 3 days").count()).toBe(1);
    const headings = await list.getByRole("heading").allTextContents();
    expect(headings.map((text) => text.trim())).toEqual(
      expect.arrayContaining(["Upcoming talks", "Spring term 2026", "Autumn term 2026", "Past talks"]),
    );
    await expect.poll(() => list.getByText(/Cancelled: Department away day/).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("downloads the whole series as one calendar file", async () => {
    const { page, context } = await visit("examples/reading-group.html");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("talk-list").getByRole("button", { name: "Add series to calendar" }).click(),
    ]);
    const ics = readFileSync(await download.path(), "utf8");
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(ics).toContain("STATUS:CANCELLED");
    await context.close();
  });
});

describe("the paper digest example", () => {
  const summary = (page: Page) => page.locator("paper-list").getByRole("status").first().textContent();

  it("searches by author and filters by topic and confidence, with counts", async () => {
    const { page, context, problems } = await visit("examples/diffusion-digest.html");
    const list = page.locator("paper-list");
    await expect.poll(() => summary(page)).toContain("23 of 23 papers");
    await list.getByLabel("Search").fill("Jonathan Ho");
    await expect.poll(() => summary(page)).toContain("5 of 23 papers");
    await list.getByLabel("Search").fill("");
    await list.getByRole("checkbox", { name: /^Physics/ }).check();
    await expect.poll(() => summary(page)).toMatch(/^\s*\d+ of 23 papers/);
    const physics = Number((await summary(page))!.trim().split(" ")[0]);
    expect(physics).toBeGreaterThan(0);
    expect(physics).toBeLessThan(23);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the paper list of a program", () => {
  it("shows the DeLTa program's talks and orals from the program file, and searches them", async () => {
    const { page, context, problems } = await visit("examples/delta-papers.html");
    const list = page.locator("paper-list");
    const summary = () => list.getByRole("status").first().textContent();
    // 7 invited talks and 6 orals in delta-2026.json; its breaks and remarks are not papers.
    await expect.poll(summary).toContain("13 of 13 papers");
    await list.getByLabel("Search").fill("Jazbec");
    await expect.poll(summary).toContain("1 of 13 papers");
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the aggressive-CSS page", () => {
  it("renders the program as on a plain page: same items, same fonts, colours and layout", async () => {
    const describeGrid = (page: Page) =>
      page.evaluate(() => {
        const root = document.querySelector("schedule-grid")!.shadowRoot!;
        const cell = root.querySelector<HTMLElement>(".cell")!;
        const title = cell.querySelector(".title")!;
        const style = getComputedStyle(title);
        return {
          cells: root.querySelectorAll(".cell").length,
          font: style.fontFamily,
          color: style.color,
          transform: style.textTransform,
          buttonsShown: [...root.querySelectorAll("button")].every(
            (button) => getComputedStyle(button).display !== "none",
          ),
          cellHeight: Math.round(cell.getBoundingClientRect().height),
        };
      });
    const aggressive = await visit("examples/aggressive-css.html");
    const plain = await visit("components/schedule-grid.html");
    const hostile = await describeGrid(aggressive.page);
    const normal = await describeGrid(plain.page);
    await aggressive.context.close();
    await plain.context.close();
    expect(hostile.font).not.toMatch(/Comic Sans/);
    expect(hostile.color).not.toBe("rgb(255, 0, 255)");
    expect(hostile).toEqual({ ...normal });
  });
});

describe("the validator on 'Write your program'", () => {
  it("lists a broken program's problems with their paths", async () => {
    const { page, context } = await visit("format.html");
    await page.getByRole("button", { name: "Check" }).click();
    const result = page.locator(".validator .result");
    await expect.poll(() => result.textContent()).toContain("2 problems");
    const text = (await result.textContent())!;
    expect(text).toContain("items[0].titel (line 1, column ");
    expect(text).toContain('unknown field "titel"; did you mean "title"?');
    await page
      .locator("#validator-input")
      .fill(readFileSync(new URL("../../../packages/core/examples/delta-2026.json", import.meta.url), "utf8"));
    await page.getByRole("button", { name: "Check" }).click();
    await expect.poll(() => result.textContent()).toBe("Valid: 18 items.");
    await context.close();
  });
});

describe("printing and forced colours", () => {
  it("prints the DeLTa page as a clean program: no controls, every item, a PDF", async () => {
    const { page, context } = await visit("examples/delta.html");
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => {
      const root = document.querySelector("schedule-grid")!.shadowRoot!;
      const shown = (selector: string) =>
        [...root.querySelectorAll<HTMLElement>(selector)].filter(
          (element) => getComputedStyle(element).display !== "none",
        ).length;
      return { toolbar: shown(".toolbar"), stars: shown(".fav"), cells: shown(".cell") };
    });
    expect(printed).toEqual({ toolbar: 0, stars: 0, cells: 18 });
    const pdf = await page.pdf({ path: new URL("examples_delta-print.pdf", resultsDir).pathname, format: "A4" });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await context.close();
  });

  it("keeps the schedule usable in forced colours (Windows high contrast)", async () => {
    const { page, context } = await visit("examples/delta.html");
    await page.emulateMedia({ forcedColors: "active" });
    await page.screenshot({ path: new URL("examples_delta-forced-colors.png", resultsDir).pathname });
    const borders = await page.evaluate(() => {
      const cell = document.querySelector("schedule-grid")!.shadowRoot!.querySelector<HTMLElement>(".cell")!;
      return getComputedStyle(cell).borderTopStyle;
    });
    expect(borders).not.toBe("none");
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
