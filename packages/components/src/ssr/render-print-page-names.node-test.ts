import { parseProgram, type Program } from "@lectern/core";
import { describe, expect, it } from "vitest";
import { renderPrintPage } from "./render-print-page.js";

// The printed program names rooms in the page's language, as the elements do.
const result = parseProgram({
  event: { title: "Tagung", kind: "conference", startDate: "2026-06-01", timeZone: "Europe/Berlin", language: "en" },
  rooms: [
    { id: "main", name: "Main hall", translations: [{ language: "de", name: "Großer Saal" }] },
    { id: "lab", name: "Lab" },
  ],
  items: [
    {
      id: "a",
      kind: "contributed-talk",
      title: "Locks",
      room: "main",
      start: "2026-06-01T09:00",
      end: "2026-06-01T09:30",
    },
    {
      id: "b",
      kind: "contributed-talk",
      title: "Keys",
      room: "lab",
      start: "2026-06-01T09:00",
      end: "2026-06-01T09:30",
    },
  ],
});
if (!result.ok) throw new Error(JSON.stringify(result.errors));
const program: Program = result.program;

describe("renderPrintPage: room names", () => {
  it("heads the room columns in German on a German page", async () => {
    const page = await renderPrintPage(program, { lang: "de" });
    expect(page).toContain("Großer Saal");
    expect(page).not.toContain("Main hall");
    expect(page).toContain(">Lab<");
  });

  it("keeps the names as written on a page in the event's language", async () => {
    const page = await renderPrintPage(program);
    expect(page).toContain("Main hall");
    expect(page).not.toContain("Großer Saal");
  });
});
