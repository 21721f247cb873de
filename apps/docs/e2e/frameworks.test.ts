// The React and Vue example pages: each is its framework's app, bundled by Vite from
// frameworks/react/ and frameworks/vue/ with <schedule-grid> from npm (no lectern.js). That
// they load cleanly and pass axe is in site.test.ts's page list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, stopSite, visit } from "./site-session.js";

beforeAll(startSite);
afterAll(stopSite);

describe.each([
  ["React", "frameworks/react.html", "#react-example"],
  ["Vue", "frameworks/vue.html", "#vue-example"],
])("the %s example", (_framework, path, container) => {
  it("renders the DeLTa program's cells in <schedule-grid> inside the app, with no lectern.js", async () => {
    const { page, context, problems } = await visit(path);
    const drawn = await page.evaluate((selector) => {
      const grid = document.querySelector(`${selector} schedule-grid`);
      return {
        scripts: [...document.scripts].map((script) => script.src).filter((src) => src.includes("lectern")),
        day: grid?.getAttribute("day") ?? (grid as unknown as { day?: string } | null)?.day,
        cells: grid?.shadowRoot?.querySelectorAll(".cell").length ?? 0,
        firstTitle: grid?.shadowRoot?.querySelector(".cell .title")?.textContent?.trim(),
      };
    }, container);
    expect(drawn.scripts).toEqual([]);
    expect(drawn.day).toBe("2026-04-27");
    expect(drawn.cells).toBe(18);
    expect(drawn.firstTitle).toBe("Opening Remarks");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("receives the element's favourites-change event in the framework's state", async () => {
    const { page, context, problems } = await visit(path);
    const status = page.locator(`${container} .favourites-count`);
    expect(await status.textContent()).toContain("No favourites yet");
    await page
      .locator(`${container} schedule-grid`)
      .getByRole("button", { name: "Add “Opening Remarks” to my favourites" })
      .click();
    await expect.poll(() => status.textContent()).toBe("1 favourite(s): opening");
    expect(problems).toEqual([]);
    await context.close();
  });
});
