import { afterEach, describe, expect, it } from "vitest";
import { diffusionDigest } from "../testing/paper-digests.js";
import { cardTitled, clean, renderList, root, settle, smallDigest, visibleText } from "./paper-list-test-kit.js";

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
      "Jonathan Ho (UC Berkeley),",
      "Ajay Jain (UC Berkeley),",
      "Pieter Abbeel (UC Berkeley)",
    ]);
    expect(clean(card.querySelector(".published")?.textContent)).toBe("NeurIPS 2020");
  });

  it("adds the year when the venue does not name it", async () => {
    expect(
      clean(
        cardTitled(
          await renderList(),
          "Hierarchical Text-Conditional Image Generation with CLIP Latents",
        ).querySelector(".published")?.textContent,
      ),
    ).toBe("arXiv preprint, 2022");
  });

  it("marks the presenting author and shows a paper's own affiliations for an author", async () => {
    const card = cardTitled(await renderList({ digest: smallDigest() }), "Denoising diffusion");
    expect([...card.querySelectorAll(".authors li")].map((node) => clean(node.textContent))).toEqual([
      "Ana Núñez (USP),",
      "Kim Lee* (presenting) (KAIST)",
    ]);
    expect(card.querySelector(".presenting-mark")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("marks equal-contribution authors with †, says it in words, and explains the mark once under the authors", async () => {
    const digest = smallDigest() as { papers: { authors?: Record<string, unknown>[] }[] };
    digest.papers[0]!.authors = [
      { person: "ana", equalContribution: true },
      { person: "kim", equalContribution: true, presenting: true, affiliations: ["KAIST"] },
    ];
    const list = await renderList({ digest });
    const card = cardTitled(list, "Denoising diffusion");
    expect([...card.querySelectorAll(".authors li")].map((node) => clean(node.textContent))).toEqual([
      "Ana Núñez† (equal contribution) (USP),",
      "Kim Lee†* (equal contribution, presenting) (KAIST)",
    ]);
    expect(visibleText(card.querySelector(".authors")!)).toBe("Ana Núñez† (USP), Kim Lee†* (KAIST)");
    const legend = card.querySelector(".legend");
    expect(clean(legend?.textContent)).toBe("† equal contribution");
    expect(legend?.getAttribute("aria-hidden")).toBe("true");
    // A paper without the mark has no legend to explain it.
    expect(cardTitled(list, "Latent synthesis").querySelector(".legend")).toBeNull();
  });

  it("shows tags with their scores as text, most confident first, with the hierarchy for mouse and screen reader", async () => {
    const card = cardTitled(await renderList(), "Denoising Diffusion Probabilistic Models");
    const tags = [...card.querySelectorAll<HTMLElement>(".tag")];
    expect(
      tags.map(
        (tag) =>
          clean(tag.querySelector(".tag-label")?.textContent) +
          " " +
          clean(tag.querySelector(".score")?.lastChild?.textContent),
      ),
    ).toEqual(["Generative Models 0.98", "Image Synthesis 0.81"]);
    expect(tags[1]!.title).toBe("Information Technology › Artificial Intelligence › Vision › Image Synthesis");
    expect(clean(tags[1]!.textContent)).toBe(
      "Information Technology › Artificial Intelligence › Vision › Image Synthesis confidence 0.81",
    );
  });

  it("writes each comma right after an author, with no space before it", async () => {
    const card = cardTitled(await renderList({ digest: smallDigest() }), "Denoising diffusion");
    const [first] = card.querySelectorAll(".authors li");
    const separator = first!.querySelector(".separator")!;
    const before = separator.previousElementSibling!;
    // A space would put the comma a few pixels to the right of the text before it.
    expect(separator.getBoundingClientRect().left - before.getBoundingClientRect().right).toBeLessThan(0.5);
    expect(clean(card.querySelector(".authors")?.textContent)).toBe("Ana Núñez (USP), Kim Lee* (presenting) (KAIST)");
  });

  it("shows every level of a tag's place in the hierarchy, not only the last", async () => {
    const card = cardTitled(await renderList(), "Denoising Diffusion Probabilistic Models");
    const tag = card.querySelectorAll<HTMLElement>(".tag")[1]!;
    expect(visibleText(tag)).toBe("Information Technology › Artificial Intelligence › Vision › Image Synthesis 0.81");
  });

  it("shows a tag listed twice on one paper once, with its highest score", async () => {
    const digest = smallDigest() as { papers: { tags?: unknown[] }[] };
    digest.papers[2]!.tags = [
      { label: "Vision", score: 0.5, path: ["Information Technology", "Artificial Intelligence", "Vision"] },
      { label: "Vision", score: 0.97, path: ["Information Technology", "Artificial Intelligence", "Vision"] },
    ];
    const card = cardTitled(await renderList({ digest }), "Latent synthesis");
    expect([...card.querySelectorAll(".tag .score")].map((score) => clean(score.lastChild?.textContent))).toEqual([
      "0.97",
    ]);
  });

  it("writes scores in the locale", async () => {
    const card = cardTitled(await renderList({ locale: "de" }), "Denoising Diffusion Probabilistic Models");
    expect(clean(card.querySelector(".score")?.lastChild?.textContent)).toBe("0,98");
  });

  it("writes scores in the page's lang when it has no locale, again when the lang changes", async () => {
    const wrapper = document.createElement("div");
    wrapper.lang = "de";
    document.body.append(wrapper);
    const list = document.createElement("paper-list");
    list.digest = diffusionDigest;
    wrapper.append(list);
    await settle(list);
    const score = () =>
      clean(
        cardTitled(list, "Denoising Diffusion Probabilistic Models").querySelector(".score")?.lastChild?.textContent,
      );
    expect(score()).toBe("0,98");
    wrapper.lang = "en";
    list.requestUpdate();
    await settle(list);
    expect(score()).toBe("0.98");
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
    expect([
      button.getAttribute("aria-expanded"),
      button.getAttribute("aria-controls"),
      abstract.checkVisibility(),
    ]).toEqual(["false", abstract.id, false]);
    button.click();
    await settle(list);
    expect([button.getAttribute("aria-expanded"), visibleText(button), abstract.checkVisibility()]).toEqual([
      "true",
      "Hide abstract",
      true,
    ]);
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
    const list = await renderList({ digest: smallDigest() });
    const card = cardTitled(list, "Denoising diffusion");
    card.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await settle(list);
    expect([...card.querySelectorAll(".abstract p")].map((node) => node.textContent)).toEqual([
      "First paragraph.",
      "Second paragraph.",
    ]);
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
