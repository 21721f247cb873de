// The pages `lectern render` writes (renderProgramPage and co., from the built files), in
// Chromium: readable and navigable with JavaScript off (declarative shadow DOM), then hydrated
// by lectern.js: the server's nodes kept, no error or warning, no layout shift, interactive.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startStaticServer } from "../scripts/static-server.mjs";
import { chromiumArgs, chromiumExecutablePath } from "../../../packages/components/chromium-launch.mjs";
import { exampleProgram, fosdemProgram, writeStaticSites } from "./static-site.js";

const fosdem = fosdemProgram();
/** The elements the rendered pages hold. */
const lecternTags = "schedule-grid, event-summary, talk-card, speaker-list";
let server: { origin: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  const root = await writeStaticSites({
    delta: { program: exampleProgram("delta-2026.json"), withTalkPages: true },
    sigmetrics: { program: exampleProgram("sigmetrics-2026.json"), withTalkPages: false },
    ...(fosdem ? { fosdem: { program: fosdem, withTalkPages: false } } : {}),
  });
  server = await startStaticServer(root, 0);
  browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: [...chromiumArgs] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh 1440x900 context in a zone, with JavaScript on or off. */
function newContext(javaScriptEnabled: boolean, timezoneId = "America/Sao_Paulo"): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled, timezoneId, locale: "en-GB", viewport: { width: 1440, height: 900 } });
}

describe("a rendered program page with JavaScript off", () => {
  it("shows the program's titles and times in declarative shadow DOM, and its links lead to the talk pages", async () => {
    const context = await newContext(false);
    const page = await context.newPage();
    await page.goto(`${server.origin}/delta/index.html`);
    const grid = page.locator("schedule-grid");
    const title = "How Geometry Shapes Optimization in Deep Generative Models";
    expect(await grid.getByText(title).isVisible()).toBe(true);
    // Node's ICU writes thin spaces around the dash, Chromium's plain ones: \s matches both.
    expect(await grid.getByText(/9:10\s–\s9:40\sAM/).isVisible()).toBe(true);
    expect(await page.locator("event-summary").getByText("DeLTa 2026").first().isVisible()).toBe(true);
    // Controls that would do nothing without JavaScript are not shown (their space is kept).
    expect(await grid.getByRole("searchbox").isVisible()).toBe(false);
    expect(await grid.locator(".fav").first().isVisible()).toBe(false);
    await page.getByRole("navigation", { name: "Talks" }).getByRole("link", { name: title }).click();
    await page.waitForURL(/talks\/talk-vidal\.html$/);
    expect(await page.locator("talk-card").getByRole("heading", { name: title }).isVisible()).toBe(true);
    await page.getByRole("link", { name: "Speakers" }).click();
    await page.waitForURL(/speakers\.html$/);
    expect(await page.locator("speaker-list").getByText("René Vidal").first().isVisible()).toBe(true);
    await context.close();
  });

  it("names each item's room in a two-room program's list", async () => {
    const context = await newContext(false);
    const page = await context.newPage();
    await page.goto(`${server.origin}/sigmetrics/index.html`);
    const grid = page.locator("schedule-grid");
    for (const room of ["Rogel Ballroom", "Idea Hub"])
      expect(await grid.getByText(room).first().isVisible()).toBe(true);
    await context.close();
  });

  it.runIf(fosdem !== undefined)("draws FOSDEM's grid: rooms as columns, times down the side", async () => {
    const context = await newContext(false, "Europe/Brussels");
    const page = await context.newPage();
    await page.goto(`${server.origin}/fosdem/index.html`);
    const layout = await page.locator("schedule-grid").evaluate((grid) => {
      const root = grid.shadowRoot!;
      const left = (selector: string) =>
        [...root.querySelectorAll(selector)].map((node) => Math.round(node.getBoundingClientRect().left));
      const labels = [...root.querySelectorAll(".time-label")];
      return {
        roomColumns: new Set(left(".room-header")).size,
        rooms: root.querySelectorAll(".room-header").length,
        firstLabel: labels[0]?.textContent?.trim(),
        // Every time label in the first column, one under another.
        labelColumns: new Set(left(".time-label")).size,
        labelsGoDown: labels.every(
          (label, index) =>
            index === 0 || label.getBoundingClientRect().top > labels[index - 1]!.getBoundingClientRect().top,
        ),
      };
    });
    await context.close();
    expect(layout).toEqual({
      roomColumns: layout.rooms,
      rooms: layout.rooms,
      // FOSDEM 2024 opens with "Welcome to FOSDEM 2024" at 09:30 in Brussels.
      firstLabel: "9:30 AM",
      labelColumns: 1,
      labelsGoDown: true,
    });
    expect(layout.rooms).toBeGreaterThan(20);
  });
});

/** What a page said while it loaded and hydrated, and the layout shifts it made. */
interface Hydrated {
  page: Page;
  context: BrowserContext;
  problems: string[];
  /** The cumulative layout shift until hydration was done (no user input yet). */
  layoutShift: () => Promise<number>;
  /** True when the first cell and the event summary's heading are still the server's nodes. */
  keptServerNodes: () => Promise<boolean>;
}

/**
 * Opens a page with lectern.js held back until the server's markup is parsed and marked, then
 * lets it run and waits until every element has hydrated and updated with the visitor's own.
 */
async function openHydrated(path: string, timezoneId?: string, context?: BrowserContext): Promise<Hydrated> {
  context ??= await newContext(true, timezoneId);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/lectern\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${server.origin}/${path}`, { waitUntil: "commit" });
  await page.waitForFunction(() => document.readyState !== "loading");
  await page.evaluate(() => {
    const mark = (node: Element | null | undefined) => node && Object.assign(node, { fromServer: true });
    mark(document.querySelector("schedule-grid")?.shadowRoot?.querySelector(".cell"));
    mark(document.querySelector("event-summary")?.shadowRoot?.querySelector("[part=title]"));
  });
  release();
  await page.waitForFunction(
    (tags) => [...document.querySelectorAll(tags)].every((element) => customElements.get(element.localName)),
    lecternTags,
  );
  await page.evaluate(async (tags) => {
    for (const element of document.querySelectorAll(tags))
      while (!(await (element as Element & { updateComplete: Promise<boolean> }).updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, lecternTags);
  return {
    page,
    context,
    problems,
    layoutShift: () =>
      page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((a, b) => a + b, 0)),
    keptServerNodes: () =>
      page.evaluate(() =>
        [
          document.querySelector("schedule-grid")?.shadowRoot?.querySelector(".cell"),
          document.querySelector("event-summary")?.shadowRoot?.querySelector("[part=title]"),
        ].every((node) => (node as { fromServer?: boolean } | null)?.fromServer === true),
      ),
  };
}

describe("a rendered program page hydrated by lectern.js", () => {
  it("keeps the server's nodes, says nothing in the console, shifts nothing, and works", async () => {
    const { page, context, problems, layoutShift, keptServerNodes } = await openHydrated("delta/index.html");
    const shift = await layoutShift();
    const kept = await keptServerNodes();
    const grid = page.locator("schedule-grid");
    const star = grid.getByRole("button", { name: /Add “Opening Remarks” to my favourites/ });
    await star.click();
    const pressed = await grid.locator("button.fav").first().getAttribute("aria-pressed");
    await grid.getByRole("link", { name: /How Geometry Shapes Optimization/ }).click();
    const dialogOpen = await grid
      .locator("dialog talk-card")
      .waitFor({ state: "visible", timeout: 15_000 })
      .then(
        () => true,
        () => false,
      );
    // Hidden while the element was not defined, the controls are shown once it is.
    const searchShown = await grid.getByRole("searchbox").isVisible();
    expect({ problems, shift, kept, pressed, dialogOpen, searchShown }).toEqual({
      problems: [],
      shift: 0,
      kept: true,
      pressed: "true",
      dialogOpen: true,
      searchShown: true,
    });
    // The visitor's favourite comes back on the next visit: read once the page has hydrated.
    await page.close();
    const again = await openHydrated("delta/index.html", undefined, context);
    expect(await again.page.locator("schedule-grid button.fav").first().getAttribute("aria-pressed")).toBe("true");
    expect(again.problems).toEqual([]);
    await context.close();
  });

  it("shows the visitor's own zone once hydrated, without an error, in another zone than the event's", async () => {
    const { page, context, problems, layoutShift } = await openHydrated("delta/index.html", "Asia/Tokyo");
    const label = await page
      .locator("schedule-grid")
      .getByText(/^Your time/)
      .textContent();
    const shift = await layoutShift();
    console.log(`DeLTa page hydrated in Asia/Tokyo: cumulative layout shift ${shift.toFixed(4)}`);
    await context.close();
    expect({ problems, label }).toEqual({ problems: [], label: "Your time (GMT+9)" });
  });

  it("follows the address once hydrated: #talk-<id> opens that talk", async () => {
    const { page, context, problems } = await openHydrated("delta/index.html#talk-talk-vidal");
    // The dialog opens once the <talk-card> chunk has arrived, which may be after hydration.
    const open = await page
      .locator("schedule-grid dialog talk-card")
      .getByText(/How Geometry Shapes/)
      .waitFor({ state: "visible", timeout: 15_000 })
      .then(
        () => true,
        () => false,
      );
    await context.close();
    expect({ problems, open }).toEqual({ problems: [], open: true });
  });

  it("hydrates a talk page and the speakers page too, without an error or a layout shift", async () => {
    const talk = await openHydrated("delta/talks/talk-vidal.html");
    const card = talk.page.locator("talk-card");
    const result = {
      problems: talk.problems,
      shift: await talk.layoutShift(),
      heading: await card.getByRole("heading", { name: /How Geometry Shapes/ }).isVisible(),
    };
    // Interactive: the card's abstract toggle answers.
    const toggle = card.locator("button[aria-expanded]");
    await toggle.click();
    const expanded = await toggle.getAttribute("aria-expanded");
    const speakers = await openHydrated("delta/speakers.html", undefined, talk.context);
    const speakersResult = { problems: speakers.problems, shift: await speakers.layoutShift() };
    await talk.context.close();
    expect({ ...result, expanded, speakers: speakersResult }).toEqual({
      problems: [],
      shift: 0,
      heading: true,
      expanded: "false",
      speakers: { problems: [], shift: 0 },
    });
  });

  it.runIf(fosdem !== undefined)(
    "hydrates FOSDEM 2024's grid (35 rooms) without an error or a layout shift",
    async () => {
      const { page, context, problems, layoutShift, keptServerNodes } = await openHydrated(
        "fosdem/index.html",
        "Europe/Brussels",
      );
      const result = {
        problems,
        shift: await layoutShift(),
        kept: await keptServerNodes(),
        janson: await page.locator("schedule-grid").getByText("Janson").first().isVisible(),
      };
      await context.close();
      expect(result).toEqual({ problems: [], shift: 0, kept: true, janson: true });
    },
  );
});
