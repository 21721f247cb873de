import { afterEach, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { digestFrom, syntheticDigest } from "../testing/paper-digests.js";
import { all, checkbox, clean, renderList, root, settle, smallDigest, summary } from "./paper-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<paper-list>: strings, layout, safety and accessibility", () => {
  it("takes every text from strings", async () => {
    const list = await renderList({
      digest: smallDigest(),
      strings: {
        search: "Suche",
        matching: (count, total) => `${count} von ${total} Artikeln`,
        sortOrders: { year: "Jahr" } as never,
        links: { arxiv: "arXiv-Seite" } as never,
      },
    });
    expect(summary(list)).toBe("4 von 4 Artikeln");
    expect(clean(root(list).querySelector(".field-label")?.textContent)).toBe("Suche");
    expect(all(list, "option").map((option) => option.textContent)).toContain("Jahr");
    expect(all(list, "option").map((option) => option.textContent)).toContain("Title");
  });

  it("puts the filters beside the papers when wide and above them when narrow", async () => {
    const list = await renderList({}, 1100);
    const layout = root(list).querySelector(".layout")!;
    expect(getComputedStyle(layout).gridTemplateColumns.split(" ")).toHaveLength(2);
    list.style.width = "320px";
    expect(getComputedStyle(layout).gridTemplateColumns.split(" ")).toHaveLength(1);
    const filters = root(list).querySelector(".filters")!.getBoundingClientRect();
    expect(root(list).querySelector(".results")!.getBoundingClientRect().top).toBeGreaterThanOrEqual(filters.bottom);
  });

  it("renders an XSS payload in a title, an abstract and an author's name as inert text", async () => {
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const list = await renderList({
      digest: digestFrom({
        title: "x",
        people: [{ id: "evil", name: payload }],
        papers: [
          {
            id: "p",
            title: payload,
            abstract: `${payload} $\\href{javascript:alert(1)}{x}$`,
            authors: [{ person: "evil" }],
            tags: [{ label: payload, score: 0.5 }],
          },
        ],
      }),
    });
    root(list).querySelector<HTMLButtonElement>("button.toggle")!.click();
    await settle(list);
    expect(clean(root(list).querySelector(".title")?.textContent)).toBe(payload);
    expect(clean(root(list).querySelector(".author-name")?.textContent)).toBe(payload);
    expect(root(list).querySelector(".abstract")?.textContent).toContain(payload);
    expect(root(list).querySelectorAll("img, script, a[href^=javascript]")).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("has no accessibility violations: the example digest, an abstract open and a topic selected", async () => {
    const list = await renderList();
    root(list).querySelector<HTMLButtonElement>("button.toggle")!.click();
    checkbox(list, "Vision").click();
    await settle(list);
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });

  it("has no accessibility violations with 2,000 papers in a narrow column", async () => {
    const list = await renderList({ digest: syntheticDigest(2000) }, 360);
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });

  it("has no accessibility violations in dark mode", async () => {
    document.body.style.background = "#14181d";
    try {
      const list = await renderList({ theme: "dark", minConfidence: 0.5 });
      root(list).querySelector<HTMLButtonElement>("button.toggle")!.click();
      await settle(list);
      expect(await findAccessibilityViolations(list)).toEqual([]);
    } finally {
      document.body.style.background = "";
    }
  });

  it("has no accessibility violations when showing problems", async () => {
    const list = await renderList({ digest: { papers: "none" } });
    // Worded once zod's part has loaded: check the problems, not the "Loading…" before them.
    await expect.poll(() => root(list).querySelector("[role=alert] li"), { timeout: 10_000 }).not.toBeNull();
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });
});
