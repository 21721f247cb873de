import { describe, expect, it, vi } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import { renderGrid, settle, root, cell, cellText, useCleanPage } from "./schedule-grid.test-helpers.js";

useCleanPage();

// The JSON-LD writer is fetched after the grid has drawn (lectern-structured-data-<hash>.js).
const structuredDataOf = async (grid: HTMLElement): Promise<HTMLScriptElement> => {
  await vi.waitFor(() => expect(grid.querySelector('script[type="application/ld+json"]')).not.toBeNull());
  return grid.querySelector('script[type="application/ld+json"]')!;
};

describe("<schedule-grid>: structured data", () => {
  it("puts the program into the page as schema.org JSON-LD when asked", async () => {
    const grid = await renderGrid({ program: deltaProgram, structuredData: true });
    const data = JSON.parse((await structuredDataOf(grid)).textContent!);
    expect(data).toMatchObject({ "@type": "Event", name: "Deep Generative Models: Theory, Principle, and Efficacy" });
    expect(data.subEvent).toHaveLength(18);
  });

  it("does nothing without the attribute, and takes the script away when it goes", async () => {
    const grid = await renderGrid({ program: deltaProgram });
    // Once the writer is loaded, a request the grid had made would have been answered.
    await import("./structured-data-text.js");
    await settle(grid);
    expect(grid.querySelector('script[type="application/ld+json"]')).toBeNull();
    grid.structuredData = true;
    await structuredDataOf(grid);
    grid.structuredData = false;
    await settle(grid);
    expect(grid.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  it("keeps a hostile title inside its script element", async () => {
    const data = programData(deltaProgram);
    data.items[1].title = "</script><script>window.__pwned=1</script>";
    const grid = await renderGrid({ program: programFrom(data), structuredData: true });
    const script = await structuredDataOf(grid);
    expect(script.textContent).not.toContain("</script>");
    expect(grid.outerHTML).not.toContain("<script>window.__pwned");
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(JSON.parse(script.textContent!).subEvent[1].name).toBe("</script><script>window.__pwned=1</script>");
  });
});

describe("<schedule-grid>: safety and accessibility", () => {
  it("renders an XSS payload in a title as inert text", async () => {
    const data = programData(deltaProgram);
    data.items[1].title = `<img src=x onerror="window.__pwned=1">`;
    const grid = await renderGrid({ program: programFrom(data) });
    expect(cellText(grid, "talk-vidal")).toContain('<img src=x onerror="window.__pwned=1">');
    expect(root(grid).querySelector("img")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each([
    ["the grid", () => conferenceProgram(), 1200, undefined],
    ["the list", () => deltaProgram, 1200, undefined],
    ["a tentative program", () => sigmetricsProgram, 1200, undefined],
    ["every day of the grid", () => conferenceProgram(), 1200, "all"],
    ["every day of the list", () => conferenceProgram(), 500, "all"],
  ] as const)("has no accessibility violations: %s", async (_name, program, width, day) => {
    const grid = await renderGrid({ program: program(), now: "2026-03-28T08:40Z", day }, width);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("has no accessibility violations with the dialog open", async () => {
    const grid = await renderGrid({ program: deltaProgram });
    cell(grid, "talk-vidal").querySelector<HTMLButtonElement>(".open")!.click();
    await settle(grid);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("has no accessibility violations when showing problems", async () => {
    const grid = await renderGrid({ program: { event: {}, items: "none" } });
    // Worded once zod's part has loaded: check the problems, not the "Loading…" before them.
    await expect.poll(() => root(grid).querySelector("[role=alert] li"), { timeout: 10_000 }).not.toBeNull();
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });
});
