import { afterEach, describe, expect, it } from "vitest";
import { digestFrom } from "../testing/paper-digests.js";
import { all, renderList } from "./paper-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

const longTopics = [
  "Information Technology",
  "Artificial Intelligence",
  "Natural Language Processing",
  "Computational Linguistics",
  "Psycholinguistics",
];
const deepDigest = () =>
  digestFrom({
    title: "Long topic names",
    papers: [
      {
        id: "p1",
        title: "A paper",
        tags: [
          { label: "Psycholinguistics", path: [...longTopics, "Interdisciplinary Neuropsycholinguistics"] },
          { label: "Morphology", path: [...longTopics, "Morphosyntactic Disambiguation"] },
        ],
      },
    ],
  });

/** The text nodes inside `node` (Lit puts comment markers beside them, so `firstChild` is not one). */
function textNodes(node: Element): Text[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) texts.push(text as Text);
  return texts;
}

/** The labels whose text is wider than their box, and so would be cut, without an ellipsis and the full name in a title. */
function cutWithoutSign(node: Element): string[] {
  const text = node.textContent?.trim() ?? "";
  if (node.scrollWidth <= node.clientWidth) return [];
  const signed = getComputedStyle(node).textOverflow === "ellipsis" && node.getAttribute("title") === text;
  return signed ? [] : [text];
}

/** The words of `node`'s text that the layout split over two lines. */
function wordsBrokenAcrossLines(node: Element): string[] {
  const broken: string[] = [];
  for (const text of textNodes(node)) {
    for (const match of (text.textContent ?? "").matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

describe("<paper-list>: the filter panel's layout", () => {
  it("wraps a long topic name between words, never inside one", async () => {
    for (const width of [1100, 720, 375, 320]) {
      const list = await renderList({ digest: deepDigest() }, width);
      const labels = all(list, ".facet-label");
      expect(labels.length).toBeGreaterThan(3);
      // The measure must see the words themselves, not only the markers beside them.
      expect(labels.flatMap(textNodes).map((text) => text.data)).toContain("Interdisciplinary Neuropsycholinguistics");
      expect(labels.flatMap(wordsBrokenAcrossLines), `at ${width} px`).toEqual([]);
      expect(labels.flatMap(cutWithoutSign), `at ${width} px`).toEqual([]);
      const panel = all(list, ".filters")[0]!.getBoundingClientRect();
      const outside = all(list, ".facet-label, .count").filter((node) => {
        const box = node.getBoundingClientRect();
        return box.left < panel.left || box.right > panel.right;
      });
      expect(
        outside.map((node) => node.textContent),
        `at ${width} px`,
      ).toEqual([]);
      list.remove();
    }
  });
});

describe("<paper-list>: on a phone", () => {
  it("starts the first paper within the first screen (667 px) at 375 px wide", async () => {
    const list = await renderList({}, 375);
    const firstCard = all(list, ".card")[0]!;
    expect(firstCard.getBoundingClientRect().top - list.getBoundingClientRect().top).toBeLessThan(667);
  });
});

describe("<paper-list>: the narrow-screen filters button", () => {
  it("shows the sort and topics when pressed, and says so with aria-expanded", async () => {
    const list = await renderList({}, 375);
    const button = all(list, ".more-filters")[0]!;
    const topics = all(list, ".topics")[0]!;
    expect([button.getAttribute("aria-expanded"), topics.checkVisibility()]).toEqual(["false", false]);
    expect(all(list, "input[type=search]")[0]!.checkVisibility()).toBe(true);
    button.click();
    await list.updateComplete;
    expect([button.getAttribute("aria-expanded"), topics.checkVisibility()]).toEqual(["true", true]);
    expect(list.shadowRoot!.getElementById(button.getAttribute("aria-controls")!)?.contains(topics)).toBe(true);
  });

  it("is not there on a wide screen, where every filter shows", async () => {
    const list = await renderList({}, 1100);
    expect(all(list, ".more-filters")[0]!.checkVisibility()).toBe(false);
    expect(all(list, ".topics")[0]!.checkVisibility()).toBe(true);
  });

  it("counts the filters that are set", async () => {
    const list = await renderList({ facets: ["Information Technology"], minConfidence: 0.5 }, 375);
    expect(all(list, ".more-filters")[0]!.textContent?.trim()).toBe("Sort and topics (2 set)");
  });
});

/** 40 papers, each with its own keyword, and one topic that three of them share. */
const keywordDigest = () =>
  digestFrom({
    title: "Keywords",
    papers: Array.from({ length: 40 }, (_, index) => ({
      id: `p${index}`,
      title: `Paper ${index}`,
      tags: [{ label: `keyword ${index}` }, ...(index < 3 ? [{ label: "Shared topic" }] : [])],
    })),
  });

describe("<paper-list>: many one-paper keywords", () => {
  it("shows the most common topics first and the rest behind one button", async () => {
    const list = await renderList({ digest: keywordDigest() });
    const labels = () => all(list, ".facet-label").map((label) => label.textContent?.trim());
    expect(labels()).toHaveLength(12);
    expect(labels()[0]).toBe("Shared topic");
    const more = all(list, ".more-topics")[0]!;
    expect(more.textContent?.trim()).toBe("Show 29 more topics");
    more.click();
    await list.updateComplete;
    expect(labels()).toHaveLength(41);
    expect(all(list, ".more-topics")).toHaveLength(0);
  });

  it("keeps a selected topic in view even when it is not among the most common", async () => {
    const list = await renderList({ digest: keywordDigest(), facets: ["keyword 39"] });
    expect(all(list, ".facet-label").map((label) => label.textContent?.trim())).toContain("keyword 39");
    expect(all(list, ".more-topics")[0]!.textContent?.trim()).toBe("Show 28 more topics");
  });
});
