import { describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { renderList, tuesdayBefore, useCleanPage } from "./talk-list-test-kit.js";

useCleanPage();

describe("<talk-list> accessibility", () => {
  it.each([
    ["the next talk three days away", tuesdayBefore, "light"],
    ["a live talk", "2026-04-10T16:30:00+01:00", "light"],
    ["dark theme", tuesdayBefore, "dark"],
    ["everything past", "2027-01-08T12:00:00Z", "light"],
  ] as const)("has no accessibility violations: %s", async (_name, now, theme) => {
    if (theme === "dark") document.body.style.background = "#14181d";
    const list = await renderList({ now, theme });
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });

  it("has no accessibility violations when showing problems", async () => {
    const list = await renderList({ program: { event: {}, items: "none" } });
    // Worded once zod's part has loaded: check the problems, not the "Loading…" before them.
    await expect.poll(() => list.shadowRoot!.querySelector("[role=alert] li"), { timeout: 10_000 }).not.toBeNull();
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });
});
