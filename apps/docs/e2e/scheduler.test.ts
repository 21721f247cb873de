// The "Schedule a program" page end to end in Chromium: the example is scheduled in the page's
// Web Worker and its result shown; Cancel ends the worker of a run that would take long.
import type { Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hardProgram } from "../../../packages/core/src/schedule/auto/worker/hard-program.test-kit.js";
import { accessibilityViolations, resultsDir, startSite, stopSite, visit } from "./site-session.js";

beforeAll(startSite);
afterAll(stopSite);

describe("the scheduler page", () => {
  it("schedules the example in a worker: proven optimal, its rules, its schedule; no axe violations", async () => {
    const { page, context, problems } = await visit("scheduler.html");
    await page.getByRole("button", { name: "Use the example" }).click();
    await page.waitForFunction(() => document.querySelector("textarea")!.value.includes('"items"'));
    const example = JSON.parse(await page.locator("textarea").inputValue()) as {
      items: { id: string; start?: string }[];
    };
    await page.getByRole("button", { name: "Schedule" }).click();
    const result = page.locator(".result[data-status]");
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getAttribute("data-status")).toBe("optimal");
    await expect.poll(() => result.textContent()).toContain("proven optimal");
    const scheduled = await page
      .getByRole("table", { name: "Schedule" })
      .locator("tr td:first-child")
      .allTextContents();
    // The example's published talk (t1 has a room and a start) stays where it is: the schedule
    // lists the items it placed, and no move.
    const unplaced = example.items.filter((item) => item.start === undefined).map((item) => item.id);
    expect(unplaced).toEqual(["t2", "t3", "t4"]);
    expect(scheduled.sort()).toEqual(unplaced);
    expect(await page.getByRole("table", { name: "Moves against the input" }).locator("td").allTextContents()).toEqual([
      "None",
    ]);
    expect(await page.locator(".progress").textContent()).toBe("Done.");
    await page.screenshot({ path: new URL("scheduler-result.png", resultsDir).pathname, fullPage: true });
    const violations = await accessibilityViolations(page);
    await context.close();
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
  });

  it("shows where a pasted program is wrong, and schedules nothing", async () => {
    const { page, context } = await visit("scheduler.html");
    await page.locator("textarea").fill('{"event": {"title": 3}}');
    await page.getByRole("button", { name: "Schedule" }).click();
    await expect.poll(() => page.locator(".result").textContent()).toMatch(/problem\(s\) in the program:.*event/s);
    expect(page.workers()).toEqual([]);
    await context.close();
  });

  it("Cancel ends the worker of a long run and says so", async () => {
    const { page, context } = await visit("scheduler.html");
    // 400 talks: with LP pricing the 200-talk default is proven in about 1.5 s, before a cancel.
    await page.locator("textarea").fill(JSON.stringify(hardProgram(400, 16, 27)));
    const started = new Promise<Worker>((resolve) => page.once("worker", resolve));
    await page.getByRole("button", { name: "Schedule" }).click();
    const worker = await started;
    const closed = new Promise<void>((resolve) => worker.once("close", () => resolve()));
    await expect.poll(() => page.locator(".progress").textContent()).toMatch(/^Scheduling…/);
    await page.waitForTimeout(1_000);
    await page.getByRole("button", { name: "Cancel" }).click();
    await closed;
    await expect.poll(() => page.locator(".result").getAttribute("data-status")).toBe("cancelled");
    expect(await page.locator(".progress").textContent()).toBe("Cancelled.");
    expect(await page.getByRole("button", { name: "Cancel" }).isDisabled()).toBe(true);
    await context.close();
  }, 60_000);
});
