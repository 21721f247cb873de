import { afterEach, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { deltaProgram, sigmetricsProgram } from "../testing/fixtures.js";
import { renderList } from "./speaker-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<speaker-list> accessibility", () => {
  it.each([
    ["SIGMETRICS speakers, a biography open", sigmetricsProgram, "speakers" as const, true],
    ["SIGMETRICS organisers", sigmetricsProgram, "organisers" as const, false],
    ["DeLTa, everyone", deltaProgram, "all" as const, false],
  ])("has no accessibility violations: %s", async (_name, program, people, openFirst) => {
    const list = await renderList({ people }, program);
    if (openFirst) {
      list.shadowRoot!.querySelector<HTMLButtonElement>("button.toggle")!.click();
      await list.updateComplete;
    }
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });

  it("has no accessibility violations in dark mode", async () => {
    const list = await renderList({ theme: "dark" });
    list.shadowRoot!.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await list.updateComplete;
    document.body.style.background = "#14181d";
    try {
      expect(await findAccessibilityViolations(list)).toEqual([]);
    } finally {
      document.body.style.background = "";
    }
  });
});
