// The Eleventy example of "For developers" (index.11ty.js, talks.11ty.js), run the way Eleventy
// runs a JavaScript template: `data()`, one page per entry of its pagination (with `_data/`
// as the global data, here the DeLTa program), the `permalink` function for its path and
// `render` for its HTML. Eleventy itself is not installed; its contract is this small.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import ProgramPages from "./index.11ty.js";
import TalkPages from "./talks.11ty.js";

type PageData = Record<string, unknown>;
interface JavaScriptTemplate {
  data(): PageData & {
    pagination: { data: string; size: number; alias: string };
    permalink: (data: PageData) => string;
  };
  render(data: PageData): Promise<string>;
}

const program = JSON.parse(
  readFileSync(new URL("../../../../packages/core/examples/delta-2026.json", import.meta.url), "utf8"),
) as { items: { id: string; title?: string }[] };

/** Every page a template writes, by path, as Eleventy would paginate it (size 1: one entry a page). */
async function pagesOf(Template: unknown): Promise<Map<string, string>> {
  const template = new (Template as new () => JavaScriptTemplate)();
  const data = { program, ...template.data() };
  const { pagination } = data;
  const entries = pagination.data.split(".").reduce<unknown>((value, key) => (value as PageData)[key], data);
  const pages = new Map<string, string>();
  for (const entry of entries as unknown[]) {
    const pageData = { ...data, [pagination.alias]: entry };
    pages.set(data.permalink(pageData), await template.render(pageData));
  }
  return pages;
}

describe("the Eleventy example", () => {
  it("writes the program page and the speakers page, server-rendered", async () => {
    const pages = await pagesOf(ProgramPages);
    expect([...pages.keys()]).toEqual(["index.html", "speakers.html"]);
    expect(pages.get("index.html")).toMatch(/<schedule-grid[^>]*><template shadowroot="open" shadowrootmode="open">/);
    expect(pages.get("speakers.html")).toMatch(/<speaker-list[^>]*><template shadowroot="open" shadowrootmode="open">/);
  });

  it("writes one page per item under talks/, each with its own talk", async () => {
    const pages = await pagesOf(TalkPages);
    expect([...pages.keys()]).toEqual(program.items.map((item) => `talks/${item.id}.html`));
    const vidal = pages.get("talks/talk-vidal.html")!;
    expect(vidal).toContain("How Geometry Shapes Optimization in Deep Generative Models");
    expect(vidal).toContain('<script type="module" src="../lectern.js"></script>');
  });

  it("names the problem of a broken program file", async () => {
    const template = new (TalkPages as unknown as new () => JavaScriptTemplate)();
    const broken = { ...program, items: [{ id: "x", kind: "talk" }] };
    await expect(async () => template.render({ program: broken, item: broken.items[0] })).rejects.toThrow(
      /^_data\/program\.json: items\[0\]\.kind/,
    );
  });
});
