import { parseProgram, type Program } from "@lectern/core";
import delta from "@lectern/core/examples/delta-2026.json";
import { describe, expect, it } from "vitest";
import { fosdemShapedData } from "../testing/fosdem-shaped-data.js";
import {
  escapeHtml,
  renderProgramPage,
  renderSpeakersPage,
  renderTalkPage,
  talkPageFileName,
} from "./render-program-page.js";

function parsed(input: unknown): Program {
  const result = parseProgram(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.program;
}

const program = parsed(delta);

/** The declarative shadow root of the first `<tag>` in the page. */
function shadowOf(page: string, tag: string): string {
  const start = page.indexOf(`<${tag}`);
  expect(start).toBeGreaterThan(-1);
  const rest = page.slice(start);
  const open = rest.indexOf('<template shadowroot="open" shadowrootmode="open">');
  expect(open).toBeGreaterThan(-1);
  return rest.slice(open, rest.indexOf(`</${tag}>`));
}

describe("renderProgramPage", () => {
  it("writes a whole document with the event's title, language and JSON-LD", async () => {
    const page = await renderProgramPage(program);
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain("<title>Deep Generative Models: Theory, Principle, and Efficacy</title>");
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toContain('<script type="application/ld+json">');
    expect(page).toContain('<link rel="modulepreload" href="lectern.js">');
    expect(page).toContain('<script type="module" src="lectern.js"></script>');
  });

  it("puts a talk's title and its time in the event zone inside the grid's declarative shadow DOM", async () => {
    const grid = shadowOf(await renderProgramPage(program), "schedule-grid");
    // Checked by hand in delta-2026.json: talk-vidal, 09:10–09:40 in America/Sao_Paulo.
    expect(grid).toContain("How Geometry Shapes Optimization in Deep Generative Models");
    expect(grid).toMatch(/9:10\s*–\s*9:40\sAM/u);
    // Only the shown zone's radio is on (HTML reads checked="false" as on).
    expect(grid.match(/<input[^>]*type="radio"[^>]*>/g)?.filter((input) => input.includes("checked"))).toHaveLength(1);
  });

  it("places the grid's headers and time labels with style attributes, readable without JavaScript", async () => {
    // The browser sets them through the CSSOM; a static page has only its markup.
    const grid = shadowOf(await renderProgramPage(parsed(fosdemShapedData())), "schedule-grid");
    expect(grid).toMatch(/<div\s+class="room-header"[^>]*style="grid-column:2 \/ span 1"/);
    expect(grid).toMatch(
      /<div class="time-label" style="grid-row:2">\s*(<!--[^>]*-->)*<time datetime="[^"]+">(<!--[^>]*-->)*\d/,
    );
  });

  it("puts the JSON-LD after the content, where it cannot hold back the first paint", async () => {
    const page = await renderProgramPage(program);
    expect(page.indexOf('<script type="application/ld+json">')).toBeGreaterThan(page.indexOf("</main>"));
  });

  it("links every talk to its own page", async () => {
    const page = await renderProgramPage(program);
    expect(page).toContain(`href="talks/${talkPageFileName("talk-vidal")}"`);
    expect(page).toContain('href="speakers.html"');
    const nav = page.slice(page.indexOf('<nav aria-label="Talks">'), page.indexOf("</nav>"));
    const links = [...nav.matchAll(/<li><a href="talks\/([^"]+)">([^<]*)<\/a><\/li>/g)];
    expect(links.map((link) => link[1])).toEqual(program.items.map((item) => talkPageFileName(item.id)));
    expect(links.map((link) => link[2])).toEqual(program.items.map((item) => escapeHtml(item.title ?? "")));
    // Nothing hydrates the page's own markup: the list is written without Lit's markers.
    expect(nav).not.toContain("<!--lit-node");
    expect(nav.match(/<!--/g)?.length ?? 0).toBeLessThanOrEqual(2);
  });

  it("shows an untrusted title as text, never as markup", async () => {
    const data = JSON.parse(JSON.stringify(delta)) as { items: { title: string }[] };
    data.items[1]!.title = "<img src=x onerror=alert(1)>";
    const page = await renderProgramPage(parsed(data));
    expect(page).not.toContain("<img src=x");
    expect(shadowOf(page, "schedule-grid")).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain(`>&lt;img src=x onerror=alert(1)&gt;</a></li>`);
  });
});

describe("renderTalkPage and renderSpeakersPage", () => {
  it("renders one talk with links back up one folder", async () => {
    const page = await renderTalkPage(program, "talk-vidal");
    expect(shadowOf(page, "talk-card")).toContain("How Geometry Shapes Optimization in Deep Generative Models");
    expect(page).toContain('src="../lectern.js"');
    expect(page).toMatch(/<talk-card\s+data-lectern-program/);
    expect(page).toContain('href="../index.html"');
  });

  it("says which id is missing", async () => {
    await expect(renderTalkPage(program, "nope")).rejects.toThrow(/no item has the id "nope"/);
  });

  it("renders the speakers", async () => {
    expect(shadowOf(await renderSpeakersPage(program), "speaker-list")).toContain("Vidal");
  });
});

describe("the program handed to the browser", () => {
  it("is inline, escaped, and read back whole", async () => {
    const data = JSON.parse(JSON.stringify(delta)) as { items: { title: string }[] };
    data.items[1]!.title = "</script><img src=x onerror=alert(1)>";
    const page = await renderProgramPage(parsed(data));
    const inline = /<script type="application\/json" id="lectern-program">([^<]*)<\/script>/.exec(page);
    expect(inline).not.toBeNull();
    expect((JSON.parse(inline![1]!) as Program).items[1]!.title).toBe("</script><img src=x onerror=alert(1)>");
    const handedTo = [...page.matchAll(/<([a-z-]+)\s+data-lectern-program/g)].map((match) => match[1]);
    expect(handedTo).toEqual(["event-summary", "schedule-grid"]);
  });
});
