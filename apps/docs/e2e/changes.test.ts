// The "Show what changed" page end to end in Chromium, from lectern.js as a webmaster hosts
// it: the grid's badges against previous-src, and <changes-since-visit> across two visits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, startSite, stopSite, visit } from "./site-session.js";

beforeAll(startSite);
afterAll(stopSite);

describe("the changes page", () => {
  it("marks the grid's items against previous-src: Moved with its old time, Retitled, New", async () => {
    const { page, context, problems } = await visit("changes.html");
    await page.waitForFunction(
      () => document.querySelector("schedule-grid")!.shadowRoot!.querySelectorAll(".change").length === 3,
    );
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelector("schedule-grid")!.shadowRoot!.querySelectorAll<HTMLElement>(".cell")]
          .filter((cell) => cell.querySelector(".change"))
          .map((cell) => [
            cell.dataset.itemId,
            cell.querySelector(".change")!.textContent!.replace(/\s+/g, " ").trim(),
          ]),
      ),
    );
    expect(marks).toEqual({
      "talk-vidal": "Retitled was “Geometry in Deep Generative Models”",
      "talk-chen": "Moved was 14:00–14:30",
      "oral-query-lower-bounds": "New",
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("lists, on the next visit, a starred talk that moved since the last one", async () => {
    const { page, context, problems } = await visit("changes.html");
    const box = () =>
      page.evaluate(
        () =>
          document
            .querySelector("changes-since-visit")!
            .shadowRoot?.querySelector('[part="changes"]')
            ?.textContent?.replace(/\s+/g, " ")
            .trim() ?? "",
      );
    // First visit: nothing to say yet. Star Sitan Chen's talk: the box records it as seen now.
    expect(await box()).toBe("");
    await page
      .locator("schedule-grid")
      .getByRole("button", { name: /^Add “Theory for Discrete Diffusions/ })
      .click();
    await page.waitForFunction(() =>
      Object.entries(localStorage).some(([key, value]) => key.endsWith(":last-seen") && value.includes("talk-chen")),
    );
    // As if the organisers had moved it since: what was seen said an hour earlier.
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((name) => name.endsWith(":last-seen"))!;
      const seen = JSON.parse(localStorage.getItem(key)!) as Record<string, { s: number; e: number }>;
      seen["talk-chen"]!.s -= 3_600_000;
      seen["talk-chen"]!.e -= 3_600_000;
      localStorage.setItem(key, JSON.stringify(seen));
    });
    await page.reload({ waitUntil: "networkidle" });
    await page.waitForFunction(() =>
      document.querySelector("changes-since-visit")?.shadowRoot?.querySelector('[part="changes"]'),
    );
    expect(await box()).toBe(
      "Changed since your last visit Theory for Discrete Diffusions: Parallel Decoding and Variable-Length Generation Moved was Mon 27 Apr 08:40–09:10 now Mon 27 Apr 09:40–10:10 Mark as seen",
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator("changes-since-visit").getByRole("button", { name: "Mark as seen" }).click();
    expect(await box()).toBe("");
    expect(problems).toEqual([]);
    await context.close();
  });
});
