import { afterEach, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { diffusionDigest, digestFrom, syntheticDigest } from "../testing/paper-digests.js";
import "./define.js";
import type { PaperListElement } from "./paper-list.element.js";

const generative = ["Information Technology", "Artificial Intelligence", "Machine Learning", "Generative Models"];
const theory = ["Information Technology", "Artificial Intelligence", "Machine Learning", "Theory"];
const vision = ["Information Technology", "Artificial Intelligence", "Vision"];

/** Four papers: accents, a presenting author, two tags under one branch, a pathless and an unscored tag. */
const smallDigest = () =>
  digestFrom({
    title: "Small",
    people: [
      { id: "ana", name: "Ana Núñez", affiliations: ["USP"] },
      { id: "kim", name: "Kim Lee" },
      { id: "lukasz", name: "Łukasz Kaiser" },
    ],
    papers: [
      {
        id: "p1",
        title: "Denoising diffusion",
        authors: [{ person: "ana" }, { person: "kim", presenting: true, affiliations: ["KAIST"] }],
        year: 2020,
        abstract: "First paragraph.\n\nSecond paragraph.",
        tags: [
          { label: "Generative Models", score: 0.95, path: generative },
          { label: "Vision", score: 0.6, path: vision },
        ],
      },
      { id: "p2", title: "Score theory", authors: [{ person: "kim" }], year: 2021, tags: [{ label: "Theory", score: 0.4, path: theory }] },
      { id: "p3", title: "Latent synthesis", authors: [{ person: "lukasz" }], year: 2022, tags: [{ label: "Vision", score: 0.97, path: vision }] },
      { id: "p4", title: "Another flow", authors: [{ person: "kim" }], tags: [{ label: "Generative Models", path: generative }, { label: "Optimal transport", score: 0.8 }] },
    ],
  });

async function renderList(props: Partial<PaperListElement> = {}, width = 1100): Promise<PaperListElement> {
  const list = document.createElement("paper-list");
  Object.assign(list, { digest: diffusionDigest, locale: "en-GB", ...props });
  list.style.width = `${width}px`;
  document.body.append(list);
  await settle(list);
  return list;
}

/** Waits for Lit updates, including the ones a fetch or the math renderer triggers. */
async function settle(list: PaperListElement): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await list.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
}

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim();
/** What a sighted visitor reads: the text without the visually hidden parts. */
const visibleText = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll(".visually-hidden").forEach((hidden) => hidden.remove());
  return clean(copy.textContent);
};
const root = (list: PaperListElement) => list.shadowRoot!;
const all = (list: PaperListElement, selector: string) => [...root(list).querySelectorAll<HTMLElement>(selector)];
const titles = (list: PaperListElement) => all(list, ".card .title").map((node) => clean(node.textContent));
const cardTitled = (list: PaperListElement, title: string) => all(list, ".card").find((card) => clean(card.querySelector(".title")?.textContent) === title)!;
const summary = (list: PaperListElement) => clean(root(list).querySelector("[part=summary]")?.textContent);
/** Each visible topic as "label count", indented by its depth in the tree. */
const facetOutline = (list: PaperListElement) =>
  all(list, ".facet").map((label) => {
    let depth = -1;
    for (let tree = label.closest(".tree"); tree; tree = tree.parentElement!.closest(".tree")) depth += 1;
    return `${"  ".repeat(depth)}${clean(label.querySelector(".facet-label")?.textContent)} ${clean(label.querySelector(".count")?.textContent)}`;
  });
const checkbox = (list: PaperListElement, label: string) =>
  all(list, ".facet").find((node) => clean(node.querySelector(".facet-label")?.textContent) === label)!.querySelector("input")!;

async function type(list: PaperListElement, selector: string, value: string): Promise<void> {
  const input = root(list).querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
  await settle(list);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("<paper-list>: a paper card", () => {
  it("shows the title as a heading, authors in order with affiliations, venue and year", async () => {
    const card = cardTitled(await renderList(), "Denoising Diffusion Probabilistic Models");
    const heading = card.querySelector(".title")!;
    expect([heading.getAttribute("role"), heading.getAttribute("aria-level")]).toEqual(["heading", "3"]);
    expect(card.querySelector(".authors")?.tagName).toBe("OL");
    expect([...card.querySelectorAll(".authors li")].map((node) => clean(node.textContent))).toEqual([
      "Jonathan Ho (UC Berkeley)",
      "Ajay Jain (UC Berkeley)",
      "Pieter Abbeel (UC Berkeley)",
    ]);
    expect(clean(card.querySelector(".published")?.textContent)).toBe("NeurIPS 2020");
  });

  it("adds the year when the venue does not name it", async () => {
    expect(clean(cardTitled(await renderList(), "Hierarchical Text-Conditional Image Generation with CLIP Latents").querySelector(".published")?.textContent)).toBe(
      "arXiv preprint, 2022",
    );
  });

  it("marks the presenting author and shows a paper's own affiliations for an author", async () => {
    const card = cardTitled(await renderList({ digest: smallDigest() }), "Denoising diffusion");
    expect([...card.querySelectorAll(".authors li")].map((node) => clean(node.textContent))).toEqual(["Ana Núñez (USP)", "Kim Lee* (presenting) (KAIST)"]);
    expect(card.querySelector(".presenting-mark")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("shows tags with their scores as text, most confident first, with the hierarchy for mouse and screen reader", async () => {
    const card = cardTitled(await renderList(), "Denoising Diffusion Probabilistic Models");
    const tags = [...card.querySelectorAll<HTMLElement>(".tag")];
    expect(tags.map((tag) => clean(tag.querySelector(".tag-label")?.textContent) + " " + clean(tag.querySelector(".score")?.lastChild?.textContent))).toEqual([
      "Generative Models 0.98",
      "Image Synthesis 0.81",
    ]);
    expect(tags[1]!.title).toBe("Information Technology › Artificial Intelligence › Vision › Image Synthesis");
    expect(clean(tags[1]!.textContent)).toBe("Information Technology › Artificial Intelligence › Vision › Image Synthesis confidence 0.81");
  });

  it("writes scores in the locale", async () => {
    const card = cardTitled(await renderList({ locale: "de" }), "Denoising Diffusion Probabilistic Models");
    expect(clean(card.querySelector(".score")?.lastChild?.textContent)).toBe("0,98");
  });

  it("shows typed links with text labels, telling cards apart for screen readers", async () => {
    const card = cardTitled(await renderList(), "Denoising Diffusion Probabilistic Models");
    const links = [...card.querySelectorAll<HTMLAnchorElement>(".links a")];
    expect(links.map((link) => [visibleText(link), link.href])).toEqual([
      ["arXiv", "https://arxiv.org/abs/2006.11239"],
      ["PDF", "https://arxiv.org/pdf/2006.11239"],
      ["Code", "https://github.com/hojonathanho/diffusion"],
    ]);
    expect(clean(links[0]!.textContent)).toBe("arXiv (Denoising Diffusion Probabilistic Models)");
  });

  it("keeps the abstract behind a real button with aria-expanded until clicked", async () => {
    const list = await renderList();
    const events: [string, boolean][] = [];
    list.addEventListener("paper-abstract-toggle", (event) => events.push([event.paperId, event.expanded]));
    const card = cardTitled(list, "Denoising Diffusion Probabilistic Models");
    const button = card.querySelector<HTMLButtonElement>("button.toggle")!;
    const abstract = card.querySelector<HTMLElement>(".abstract")!;
    expect([button.getAttribute("aria-expanded"), button.getAttribute("aria-controls"), abstract.checkVisibility()]).toEqual(["false", abstract.id, false]);
    button.click();
    await settle(list);
    expect([button.getAttribute("aria-expanded"), visibleText(button), abstract.checkVisibility()]).toEqual(["true", "Hide abstract", true]);
    expect(clean(abstract.textContent)).toMatch(/^Trains a diffusion model by predicting the noise/);
    button.click();
    await settle(list);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(events).toEqual([
      ["ddpm", true],
      ["ddpm", false],
    ]);
  });

  it("renders an abstract's paragraphs", async () => {
    const card = cardTitled(await renderList({ digest: smallDigest() }), "Denoising diffusion");
    expect([...card.querySelectorAll(".abstract p")].map((node) => node.textContent)).toEqual(["First paragraph.", "Second paragraph."]);
  });

  it("renders math in an abstract as MathML", async () => {
    const list = await renderList();
    const card = cardTitled(list, "Score-Based Generative Modeling through Stochastic Differential Equations");
    card.querySelector<HTMLButtonElement>("button.toggle")!.click();
    // temml is fetched on first use; on a loaded machine that can take more than the default second.
    await expect.poll(() => card.querySelector(".abstract math"), { timeout: 5000 }).not.toBeNull();
    expect(card.querySelector(".abstract")!.textContent).not.toContain("$dx");
  });

  it("uses heading-level for the titles", async () => {
    const list = await renderList({ headingLevel: 2 });
    expect(root(list).querySelector(".title")?.getAttribute("aria-level")).toBe("2");
  });
});

describe("<paper-list>: filters", () => {
  it("shows the topic tree with counts, a paper counted once per topic", async () => {
    const list = await renderList({ digest: smallDigest() });
    expect(facetOutline(list)).toEqual([
      "Information Technology 4",
      "  Artificial Intelligence 4",
      "    Machine Learning 3",
      "      Generative Models 2",
      "      Theory 1",
      "    Vision 2",
      "Optimal transport 1",
    ]);
    expect(summary(list)).toBe("4 of 4 papers");
  });

  it("filters by a topic, and says how many papers match", async () => {
    const list = await renderList({ digest: smallDigest() });
    const changes: string[][] = [];
    list.addEventListener("paper-filter-change", (event) => changes.push([...event.facets]));
    checkbox(list, "Vision").click();
    await settle(list);
    expect(titles(list)).toEqual(["Denoising diffusion", "Latent synthesis"]);
    expect(summary(list)).toBe("2 of 4 papers");
    expect(root(list).querySelector("[part=summary]")?.getAttribute("role")).toBe("status");
    expect(changes).toEqual([["Information Technology > Artificial Intelligence > Vision"]]);
  });

  it("includes the descendants when a parent topic is selected", async () => {
    const list = await renderList({ digest: smallDigest() });
    checkbox(list, "Machine Learning").click();
    await settle(list);
    expect(titles(list)).toEqual(["Denoising diffusion", "Score theory", "Another flow"]);
  });

  it("filters by minimum confidence, updating counts and hiding unsure tags", async () => {
    const list = await renderList({ digest: smallDigest() });
    await type(list, "input[type=range]", "0.9");
    expect(titles(list)).toEqual(["Denoising diffusion", "Latent synthesis", "Another flow"]);
    expect(facetOutline(list)).toEqual(["Information Technology 3", "  Artificial Intelligence 3", "    Machine Learning 2", "      Generative Models 2", "    Vision 1"]);
    expect(clean(root(list).querySelector(".confidence-value")?.textContent)).toBe("0.90");
    expect([...cardTitled(list, "Denoising diffusion").querySelectorAll(".tag-label")].map((node) => node.textContent)).toEqual(["Generative Models"]);
  });

  it("searches author names without accents", async () => {
    const list = await renderList();
    await type(list, "input[type=search]", "bjorn OMMER");
    expect(titles(list)).toEqual(["High-Resolution Image Synthesis with Latent Diffusion Models"]);
    expect(summary(list)).toBe("1 of 23 papers");
  });

  it("searches titles and abstracts, every word required", async () => {
    const list = await renderList();
    await type(list, "input[type=search]", "guidance classifier");
    expect(titles(list)).toEqual(["Classifier-Free Diffusion Guidance", "Diffusion Models Beat GANs on Image Synthesis"]);
  });

  it("counts topics within the search", async () => {
    const list = await renderList({ digest: smallDigest() });
    await type(list, "input[type=search]", "lukasz");
    expect(facetOutline(list)).toEqual(["Information Technology 1", "  Artificial Intelligence 1", "    Vision 1"]);
  });

  it("says so when nothing matches", async () => {
    const list = await renderList();
    await type(list, "input[type=search]", "no such paper anywhere");
    expect(clean(root(list).querySelector(".empty")?.textContent)).toBe("No paper matches these filters.");
    expect(summary(list)).toBe("0 of 23 papers");
  });

  it.each([
    ["year", ["Latent synthesis", "Score theory", "Denoising diffusion", "Another flow"]],
    ["title", ["Another flow", "Denoising diffusion", "Latent synthesis", "Score theory"]],
    ["score", ["Another flow", "Latent synthesis", "Denoising diffusion", "Score theory"]],
    ["relevance", ["Denoising diffusion", "Score theory", "Latent synthesis", "Another flow"]],
  ])("sorts by %s", async (order, expected) => {
    const list = await renderList({ digest: smallDigest() });
    await type(list, "select", order);
    expect(titles(list)).toEqual(expected);
  });

  it("clears every filter with one button", async () => {
    const list = await renderList({ digest: smallDigest(), query: "kim", minConfidence: 0.5 });
    expect(titles(list)).toHaveLength(2);
    root(list).querySelector<HTMLButtonElement>("button.clear")!.click();
    await settle(list);
    expect(titles(list)).toHaveLength(4);
    expect(root(list).querySelector("button.clear")).toBeNull();
  });

  it("keeps each checkbox bound to its topic when a search hides others", async () => {
    const list = await renderList({ digest: smallDigest() });
    const vision = checkbox(list, "Vision");
    // Only Łukasz's paper is left: Machine Learning, before Vision, disappears.
    await type(list, "input[type=search]", "lukasz");
    expect(checkbox(list, "Vision")).toBe(vision);
  });

  it("opens and closes a topic's subtopics with a button that says whether they are shown", async () => {
    const list = await renderList({ digest: smallDigest() });
    const button = all(list, ".twisty").find((node) => node.getAttribute("aria-label") === "Subtopics of Machine Learning")!;
    expect(button.getAttribute("aria-expanded")).toBe("true");
    button.click();
    await settle(list);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(facetOutline(list).map((line) => line.trim())).not.toContain("Theory 1");
  });

  it("fires no events without a user action", async () => {
    let fired = 0;
    const list = await renderList({ digest: smallDigest() });
    list.addEventListener("paper-filter-change", () => (fired += 1));
    list.addEventListener("paper-abstract-toggle", () => (fired += 1));
    Object.assign(list, { query: "kim", facets: ["Optimal transport"], sort: "year" });
    await settle(list);
    expect(titles(list)).toEqual(["Another flow"]);
    expect(root(list).querySelector("select")?.value).toBe("year");
    expect(fired).toBe(0);
  });
});

describe("<paper-list>: 2,000 papers", () => {
  const large = syntheticDigest(2000);

  it("shows the first page only, and 'Show more' adds the next, moving focus to it", async () => {
    const list = await renderList({ digest: large });
    expect(all(list, ".card")).toHaveLength(50);
    expect(summary(list)).toBe("2,000 of 2,000 papers");
    const more = root(list).querySelector<HTMLButtonElement>("[part=show-more]")!;
    expect(clean(more.textContent)).toBe("Show 50 more");
    expect(clean(root(list).querySelector(".more span")?.textContent)).toBe("Showing 50 of 2,000");
    more.click();
    await settle(list);
    const cards = all(list, ".card");
    expect(cards).toHaveLength(100);
    expect(root(list).activeElement).toBe(cards[50]);
  });

  it("starts again at the first page when the filter changes", async () => {
    const list = await renderList({ digest: large });
    root(list).querySelector<HTMLButtonElement>("[part=show-more]")!.click();
    await settle(list);
    await type(list, "input[type=search]", "diffusion");
    expect(all(list, ".card")).toHaveLength(50);
  });

  it("honours page-size", async () => {
    const list = await renderList({ digest: large, pageSize: 20 });
    expect(all(list, ".card")).toHaveLength(20);
  });
});

describe("<paper-list>: data sources", () => {
  it("reads an inline <script type=application/json> child", async () => {
    const list = document.createElement("paper-list");
    const script = Object.assign(document.createElement("script"), { type: "application/json", textContent: JSON.stringify(smallDigest()) });
    list.append(script);
    document.body.append(list);
    await settle(list);
    expect(titles(list)).toHaveLength(4);
  });

  it("fetches the src URL", async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(smallDigest())], { type: "application/json" }));
    const list = await renderList({ digest: undefined, src: url });
    await expect.poll(() => titles(list).length).toBe(4);
  });

  it("lists the problems of invalid data with their paths and lines, never a blank box", async () => {
    const data = JSON.parse(JSON.stringify(smallDigest()));
    data.papers[1].tags[0].score = 1.5;
    data.papers[2].yaer = 2022;
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    const list = await renderList({ digest: undefined, src: url });
    await expect.poll(() => root(list).querySelector("[role=alert]")).not.toBeNull();
    const alert = clean(root(list).querySelector("[role=alert]")!.textContent)!;
    expect(alert).toContain(`The papers from ${url} could not be shown: 2 problems to fix.`);
    expect(alert).toMatch(/papers\[1\]\.tags\[0\]\.score \(line \d+, column \d+\): must be between 0 and 1/);
    expect(alert).toMatch(/papers\[2\]\.yaer \(line \d+, column \d+\): .*did you mean "year"\?/);
  });

  it("shows the problems of a digest property", async () => {
    const list = await renderList({ digest: { title: "x", papers: [{ id: "a" }] } });
    // A digest of the wrong shape is worded once zod's part has loaded.
    await expect.poll(() => clean(root(list).querySelector("[role=alert] li")?.textContent) ?? "", { timeout: 10_000 }).toMatch(/^papers\[0\]\.title/);
  });

  it("says when the src cannot be loaded", async () => {
    const url = URL.createObjectURL(new Blob(["{}"]));
    URL.revokeObjectURL(url);
    const list = await renderList({ digest: undefined, src: url });
    await expect.poll(() => root(list).querySelector("[role=alert]")?.textContent ?? "").toContain("could not be loaded");
  });

  it("explains what is missing when there is no digest at all", async () => {
    const list = await renderList({ digest: undefined });
    expect(root(list).querySelector("[role=alert]")?.textContent).toContain("set the src attribute");
  });
});

describe("<paper-list>: strings, layout, safety and accessibility", () => {
  it("takes every text from strings", async () => {
    const list = await renderList({
      digest: smallDigest(),
      strings: { search: "Suche", matching: (count, total) => `${count} von ${total} Artikeln`, sortOrders: { year: "Jahr" } as never, links: { arxiv: "arXiv-Seite" } as never },
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
        papers: [{ id: "p", title: payload, abstract: `${payload} $\\href{javascript:alert(1)}{x}$`, authors: [{ person: "evil" }], tags: [{ label: payload, score: 0.5 }] }],
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
