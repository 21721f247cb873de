import { afterEach, describe, expect, it } from "vitest";
import {
  all,
  cardTitled,
  checkbox,
  clean,
  facetOutline,
  renderList,
  root,
  settle,
  smallDigest,
  summary,
  titles,
  type,
} from "./paper-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
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

  it("paints the first page of papers before the topic tree, which follows a frame later", async () => {
    const list = document.createElement("paper-list");
    Object.assign(list, { digest: smallDigest(), locale: "en-GB" });
    document.body.append(list);
    // The first update: the cards, and the topics' fieldset waiting (busy, empty).
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.resolve();
    const topics = () => root(list).querySelector("fieldset.topics")!;
    const first = { cards: all(list, ".card").length, busy: topics().getAttribute("aria-busy"), boxes: checkboxes() };
    // updateComplete waits for the tree too.
    await list.updateComplete;
    expect(first).toEqual({ cards: 4, busy: "true", boxes: 0 });
    expect({ busy: topics().getAttribute("aria-busy"), boxes: checkboxes() }).toEqual({ busy: "false", boxes: 7 });

    function checkboxes() {
      return topics().querySelectorAll("input[type=checkbox]").length;
    }
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
    expect(facetOutline(list)).toEqual([
      "Information Technology 3",
      "  Artificial Intelligence 3",
      "    Machine Learning 2",
      "      Generative Models 2",
      "    Vision 1",
    ]);
    expect(clean(root(list).querySelector(".confidence-value")?.textContent)).toBe("0.90");
    expect(
      [...cardTitled(list, "Denoising diffusion").querySelectorAll(".tag-label")].map((node) => node.textContent),
    ).toEqual(["Generative Models"]);
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
    expect(titles(list)).toEqual([
      "Classifier-Free Diffusion Guidance",
      "Diffusion Models Beat GANs on Image Synthesis",
    ]);
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
    const button = all(list, ".twisty").find(
      (node) => node.getAttribute("aria-label") === "Subtopics of Machine Learning",
    )!;
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
