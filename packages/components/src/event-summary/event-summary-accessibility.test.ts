import { afterEach, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { deltaProgram, sigmetricsProgram } from "../testing/fixtures.js";
import { button, deadlines, programWith, renderSummary } from "./event-summary-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<event-summary> accessibility", () => {
  it.each([
    ["DeLTa with the call for papers open", deltaProgram, true],
    ["SIGMETRICS (tentative, people to be announced)", sigmetricsProgram, false],
    [
      "important dates and a date range",
      programWith(sigmetricsProgram, (data) => ((data.event.endDate = "2026-06-10"), deadlines(data))),
      false,
    ],
  ] as const)("has no violations: %s", async (_name, program, openCallForPapers) => {
    const summary = await renderSummary({}, program);
    if (openCallForPapers) {
      button(summary, "Call for papers").click();
      await summary.updateComplete;
    }
    expect(await findAccessibilityViolations(summary)).toEqual([]);
  });

  it.each([
    ["DeLTa", deltaProgram],
    ["SIGMETRICS", sigmetricsProgram],
  ] as const)("has no violations in dark mode: %s", async (_name, program) => {
    document.body.style.background = "#14181d";
    try {
      const summary = await renderSummary({ theme: "dark" }, program);
      expect(await findAccessibilityViolations(summary)).toEqual([]);
    } finally {
      document.body.style.background = "";
    }
  });
});
