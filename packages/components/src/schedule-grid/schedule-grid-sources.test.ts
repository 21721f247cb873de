import { describe, expect, it } from "vitest";
import { loadProgram } from "@lectern/core";
import { deltaProgram, programData, sigmetricsProgram } from "../testing/fixtures.js";
import { renderGrid, settle, root, cellIds, useCleanPage } from "./schedule-grid.test-helpers.js";

useCleanPage();

describe("<schedule-grid>: data sources", () => {
  it("shows a program given as a property", async () => {
    const grid = await renderGrid({ program: deltaProgram });
    expect(cellIds(grid)).toHaveLength(18);
  });

  it("reads an inline <script type=application/json> child", async () => {
    const grid = document.createElement("schedule-grid");
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = JSON.stringify(deltaProgram);
    grid.append(script);
    Object.assign(grid, { locale: "en-GB" });
    document.body.append(grid);
    await settle(grid);
    expect(cellIds(grid)).toHaveLength(18);
  });

  it("fetches the src URL", async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(sigmetricsProgram)], { type: "application/json" }));
    const grid = await renderGrid({ src: url });
    await expect.poll(() => cellIds(grid).length).toBe(11);
  });

  it("prefers the property to inline JSON, and inline JSON to src", async () => {
    const grid = document.createElement("schedule-grid");
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = JSON.stringify(sigmetricsProgram);
    grid.append(script);
    Object.assign(grid, { src: "/does-not-exist.json", locale: "en-GB" });
    document.body.append(grid);
    await settle(grid);
    expect(cellIds(grid)).toHaveLength(11);
    grid.program = deltaProgram;
    await settle(grid);
    expect(cellIds(grid)).toHaveLength(18);
  });

  it("lists the problems of invalid data with their paths and lines, never a blank box", async () => {
    const data = programData(deltaProgram);
    data.items[3].start = "2026-04-27T25:00";
    data.items[5].kind = "keynot";
    const text = JSON.stringify(data, null, 2);
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const grid = await renderGrid({ src: url });
    await expect.poll(() => root(grid).querySelector("[role=alert]")).not.toBeNull();
    const alert = root(grid).querySelector("[role=alert]")!.textContent!.replace(/\s+/g, " ");
    expect(alert).toContain("2 problems to fix");
    expect(alert).toMatch(
      /items\[3\]\.start \(line \d+, column \d+\): "2026-04-27T25:00": "25:00" is not a time of day/,
    );
    expect(alert).toMatch(
      /items\[5\]\.kind \(line \d+, column \d+\): the text "keynot" is not allowed; expected one of: .* \(did you mean "keynote"\?\)/,
    );
  });

  it("shows a program of the right shape at once, and words a wrong one once zod's part is loaded", async () => {
    const grid = document.createElement("schedule-grid");
    Object.assign(grid, { locale: "en-GB", program: deltaProgram });
    document.body.append(grid);
    await grid.updateComplete;
    // Checked without zod: drawn in the first update.
    expect(cellIds(grid)).toHaveLength(18);
    const broken = programData(deltaProgram);
    broken.items[5].kind = "keynot";
    grid.program = broken as never;
    await grid.updateComplete;
    expect(root(grid).querySelector("[role=status]")?.textContent).toBe("Loading the program…");
    await expect
      .poll(() => root(grid).querySelector("[role=alert]")?.textContent ?? "", { timeout: 10_000 })
      .toContain("items[5].kind");
  });

  it("keeps the newer program when a wrong one set before it is worded later", async () => {
    const broken = programData(deltaProgram);
    broken.items[5].kind = "keynot";
    const grid = document.createElement("schedule-grid");
    Object.assign(grid, { locale: "en-GB", program: broken });
    document.body.append(grid);
    await grid.updateComplete;
    expect(root(grid).querySelector("[role=status]")).not.toBeNull();
    grid.program = sigmetricsProgram;
    await settle(grid);
    // Once zod's part has answered about the wrong program (the element asked first), that
    // answer must not replace this one.
    expect((await loadProgram(broken)).ok).toBe(false);
    await settle(grid);
    expect(root(grid).querySelector("[role=alert]")).toBeNull();
    expect(cellIds(grid)).toHaveLength(11);
  });

  it("says when the src cannot be loaded", async () => {
    const url = URL.createObjectURL(new Blob(["{}"]));
    URL.revokeObjectURL(url);
    const grid = await renderGrid({ src: url });
    await expect
      .poll(() => root(grid).querySelector("[role=alert]")?.textContent ?? "")
      .toContain("could not be loaded");
  });

  it("explains what is missing when there is no program at all", async () => {
    const grid = await renderGrid({});
    expect(root(grid).querySelector("[role=alert]")?.textContent).toContain("set the src attribute");
  });
});
