import { afterEach, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { all, clean, facetOutline, renderList, root, settle, titles } from "./paper-list-test-kit.js";

// <paper-list> reading a program (issue 17): its papers, with facets for tracks, sessions and tags.

afterEach(() => {
  document.body.replaceChildren();
});

const program = () => ({
  textFormat: "markdown",
  event: { title: "Test Workshop", kind: "workshop", startDate: "2026-06-01", timeZone: "Asia/Kolkata" },
  people: [
    { id: "ana", name: "Ana Silva" },
    { id: "li", name: "Li Na" },
  ],
  tracks: [{ id: "ml", name: "Machine learning" }],
  sessions: [
    { id: "orals", title: "Orals I", track: "ml", start: "2026-06-01T09:00", items: ["a", "b"] },
    {
      id: "posters",
      title: "Poster session A",
      start: "2026-06-01T14:00",
      end: "2026-06-01T15:30",
      mode: "concurrent",
      items: ["c"],
    },
  ],
  items: [
    {
      id: "a",
      kind: "contributed-talk",
      title: "Paper A",
      duration: 20,
      authors: [{ person: "ana", presenting: true }, { person: "li" }],
      abstract: "We use *emphasis* and <img src=x onerror=alert(1)> here.",
      tags: [{ label: "Vision", path: ["AI", "Vision"] }],
    },
    { id: "b", kind: "contributed-talk", title: "Paper B", duration: 20, authors: [{ person: "li" }] },
    { id: "c", kind: "poster", title: "Poster C", authors: [{ person: "ana" }], board: "12" },
    { id: "lunch", kind: "lunch", start: "2026-06-01T12:00", end: "2026-06-01T13:00" },
  ],
});

describe("<paper-list> showing a program", () => {
  it("shows the program's papers and posters, not its breaks, from the program property", async () => {
    const list = await renderList({ digest: undefined, program: program() });
    expect(titles(list)).toEqual(["Paper A", "Paper B", "Poster C"]);
  });

  it("fetches a program from src, telling it from a digest by its shape", async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(program())], { type: "application/json" }));
    const list = await renderList({ digest: undefined, src: url });
    await expect.poll(() => titles(list).length).toBe(3);
  });

  it("offers tracks, sessions and tags as facets, a tag keeping its hierarchy", async () => {
    const list = await renderList({ digest: undefined, program: program() });
    const outline = facetOutline(list);
    expect(outline).toEqual(expect.arrayContaining(["Sessions 3", "Tracks 2", "Tags 1"]));
    expect(clean(all(list, ".card")[0]!.querySelector("[part=tags]")?.textContent)).toContain("Tags › AI › Vision");
  });

  it("draws a Markdown abstract as DOM nodes, its raw HTML as text", async () => {
    const list = await renderList({ digest: undefined, program: program() });
    root(list).querySelector<HTMLButtonElement>("[part=toggle]")!.click();
    await expect.poll(() => root(list).querySelector("[part=abstract] em")?.textContent).toBe("emphasis");
    const abstract = root(list).querySelector("[part=abstract]")!;
    expect(abstract.querySelector("img")).toBeNull();
    expect(abstract.textContent).not.toContain("*emphasis*");
  });

  it("lists an invalid program's problems with their paths", async () => {
    const broken = program();
    (broken.items[1] as { kind: string }).kind = "talk";
    const list = await renderList({ digest: undefined, program: broken });
    await expect
      .poll(() => clean(root(list).querySelector("[role=alert]")?.textContent) ?? "", { timeout: 10_000 })
      .toContain("items[1].kind");
  });

  it("has no accessibility violations, left to right and right to left", async () => {
    const list = await renderList({ digest: undefined, program: program() });
    expect(await findAccessibilityViolations(list)).toEqual([]);
    list.dir = "rtl";
    await settle(list);
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });
});
