import { parseProgram } from "@lectern/core";
import { describe, expect, it } from "vitest";
import { deltaProgram } from "../testing/fixtures.js";
import { ismirSessionsProgram } from "../testing/ismir-sessions-program.js";
import { inlineProgramScript, programHandOverScript } from "./program-hand-over.js";
import { renderElement } from "./render-element.js";

describe("renderElement", () => {
  it("renders the element with its attributes, its content in declarative shadow DOM", async () => {
    const grid = await renderElement(deltaProgram, "schedule-grid", { "time-zone": "event" });
    expect(grid).toMatch(
      /^<!--lit-part[^>]*--><!--lit-node 0--><schedule-grid\s+data-lectern-program locale="en" time-zone="event">/,
    );
    expect(grid).toContain('<template shadowroot="open" shadowrootmode="open">');
    // talk-vidal, 09:10–09:40 in America/Sao_Paulo (the event's zone, as asked).
    expect(grid).toContain("How Geometry Shapes Optimization in Deep Generative Models");
    expect(grid).toMatch(/9:10\s*–\s*9:40\sAM/u);
    expect(grid.trimEnd()).toMatch(/<\/schedule-grid><!--\/lit-part-->$/);
  });

  it("names a poster session's chair and room in its grid cell, readable without JavaScript", async () => {
    const parsed = parseProgram(ismirSessionsProgram);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const grid = await renderElement(parsed.program, "schedule-grid", { view: "grid" });
    // The cell of day 1's poster session, up to the list of its posters.
    const cell = /<div\s+class="session-cell"[^>]*data-session-id="day1-session1"[\s\S]*?<ol/.exec(grid)?.[0];
    expect(cell).toContain("Poster session 1");
    expect(cell?.replace(/<!--[^>]*-->/g, "")).toMatch(
      /class="session-details"[^>]*>Chair: Session Chair One · Poster area</,
    );
  });

  it("links a session's band and a poster session's cell to their calls, named with the session", async () => {
    const withLinks = structuredClone(ismirSessionsProgram);
    for (const session of withLinks.sessions)
      Object.assign(session, { links: [{ kind: "web", url: `https://zoom.example/j/${session.id}`, label: "Zoom" }] });
    const parsed = parseProgram(withLinks);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const grid = (await renderElement(parsed.program, "schedule-grid", { view: "grid", day: "2024-11-12" })).replace(
      /<!--[^>]*-->/g,
      "",
    );
    const linkOf = (id: string, title: string) =>
      new RegExp(
        `<a\\s+href="https://zoom.example/j/${id}"\\s+rel="noopener"\\s+aria-label="Zoom \\(${title}\\)"\\s*>Zoom</a\\s*>`,
      );
    const band = /<div\s+class="session-band linked"[^>]*data-session-id="day2-orals"[\s\S]*?<\/div>/.exec(grid)?.[0];
    expect(band).toMatch(linkOf("day2-orals", "Orals: transcription and beat tracking"));
    const cell = /<div\s+class="session-cell"[^>]*data-session-id="day2-session4"[\s\S]*?<ol/.exec(grid)?.[0];
    expect(cell).toMatch(linkOf("day2-session4", "Poster session 4"));
  });

  it("shows times in the event's zone only, whatever zone the server runs in", async () => {
    // Each talk of speaker-list names the visitor's time too when it differs from the event's.
    const list = await renderElement(deltaProgram, "speaker-list");
    expect(list).toContain("Brasília");
    expect(list).not.toContain("your time");
  });

  it("writes an empty value as a bare attribute and escapes the others", async () => {
    const list = await renderElement(deltaProgram, "speaker-list", { people: "speakers", hidden: "", title: '"><b>' });
    expect(list).toContain('people="speakers" hidden title="&quot;&gt;&lt;b&gt;"');
    expect(list).not.toContain('"><b>');
  });

  it("refuses a tag that is not Lectern's and an attribute name that could break the tag", async () => {
    await expect(renderElement(deltaProgram, "script" as "talk-card")).rejects.toThrow(
      /"script" is not a Lectern element/,
    );
    await expect(renderElement(deltaProgram, "talk-card", { "onload=x y": "1" })).rejects.toThrow(
      /"onload=x y" is not an attribute name/,
    );
  });
});

describe("the program hand-over", () => {
  it("reads the inline program back whole, even a title that would end the script", () => {
    const data = { ...deltaProgram, event: { ...deltaProgram.event, title: "</script><b>x</b>" } };
    const text = /^<script type="application\/json" id="lectern-program">([^<]*)<\/script>$/.exec(
      inlineProgramScript(data),
    );
    expect((JSON.parse(text![1]!) as typeof data).event.title).toBe("</script><b>x</b>");
    expect(programHandOverScript).toContain('document.getElementById("lectern-program")');
  });
});
