import { parseProgram } from "@lectern/core";
import { describe, expect, it } from "vitest";
import { presentationProgram } from "../testing/presentation-program.js";
import { renderElement } from "./render-element.js";

// "Remote" and "Hybrid" are in the server's HTML, so a page read without JavaScript says them.

const program = (() => {
  const parsed = parseProgram(presentationProgram);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.program;
})();

/** The `when` text of an item's server-rendered cell, without Lit's markers. */
function cellWhen(html: string, id: string): string | undefined {
  const cell = new RegExp(`data-item-id="${id}"[\\s\\S]*?<span class="when">([^<]*)</span>`).exec(
    html.replace(/<!--[^>]*-->/g, ""),
  );
  return cell?.[1]?.replace(/\s+/g, " ").trim();
}

describe("server-rendered presentation marks", () => {
  it("writes them in the grid cells' time line, grid and list view, and not for in person", async () => {
    for (const view of ["grid", "list"]) {
      const grid = await renderElement(program, "schedule-grid", { view, "time-zone": "event" });
      expect(cellWhen(grid, "talk-remote")).toMatch(/ · Remote$/);
      expect(cellWhen(grid, "talk-hybrid")).toMatch(/ · Hybrid$/);
      expect(cellWhen(grid, "talk-unsaid")).not.toMatch(/Remote|Hybrid/);
    }
  });

  it("writes the talk card's badge", async () => {
    const card = await renderElement(program, "talk-card", { "item-id": "talk-remote" });
    expect(card.replace(/<!--[^>]*-->/g, "")).toMatch(
      /<span part="badge" class="badge presentation-remote">Remote<\/span>/,
    );
  });
});
