import { diffusionDigest, digestFrom } from "../testing/paper-digests.js";
import "./define.js";
import type { PaperListElement } from "./paper-list.element.js";

// What the <paper-list> tests share. Not a test file itself (no `.test.ts`), so it runs only
// where imported.

/** The path of the "Generative Models" tag (the small digest uses three). */
export const generative = [
  "Information Technology",
  "Artificial Intelligence",
  "Machine Learning",
  "Generative Models",
];
/** The path of the "Theory" tag. */
export const theory = ["Information Technology", "Artificial Intelligence", "Machine Learning", "Theory"];
/** The path of the "Vision" tag. */
export const vision = ["Information Technology", "Artificial Intelligence", "Vision"];

/** Four papers: accents, a presenting author, two tags under one branch, a pathless and an unscored tag. */
export const smallDigest = () =>
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
      {
        id: "p2",
        title: "Score theory",
        authors: [{ person: "kim" }],
        year: 2021,
        tags: [{ label: "Theory", score: 0.4, path: theory }],
      },
      {
        id: "p3",
        title: "Latent synthesis",
        authors: [{ person: "lukasz" }],
        year: 2022,
        tags: [{ label: "Vision", score: 0.97, path: vision }],
      },
      {
        id: "p4",
        title: "Another flow",
        authors: [{ person: "kim" }],
        tags: [
          { label: "Generative Models", path: generative },
          { label: "Optimal transport", score: 0.8 },
        ],
      },
    ],
  });

/** A `<paper-list>` (of the diffusion example, in en-GB, `width` pixels wide) with `props` on top, rendered. */
export async function renderList(props: Partial<PaperListElement> = {}, width = 1100): Promise<PaperListElement> {
  const list = document.createElement("paper-list");
  Object.assign(list, { digest: diffusionDigest, locale: "en-GB", ...props });
  list.style.width = `${width}px`;
  document.body.append(list);
  await settle(list);
  return list;
}

/** Waits for Lit updates, including the ones a fetch or the math renderer triggers. */
export async function settle(list: PaperListElement): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await list.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
}

/** Text with its runs of white space made one space, trimmed. */
export const clean = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim();
/** What a sighted visitor reads: the text without the visually hidden parts. */
export const visibleText = (node: Element) => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll(".visually-hidden").forEach((hidden) => hidden.remove());
  return clean(copy.textContent);
};
/** The list's shadow root. */
export const root = (list: PaperListElement) => list.shadowRoot!;
/** Every node of the shadow root that `selector` matches. */
export const all = (list: PaperListElement, selector: string) => [
  ...root(list).querySelectorAll<HTMLElement>(selector),
];
/** The shown cards' titles, in order. */
export const titles = (list: PaperListElement) => all(list, ".card .title").map((node) => clean(node.textContent));
/** The card of the paper titled `title`. */
export const cardTitled = (list: PaperListElement, title: string) =>
  all(list, ".card").find((card) => clean(card.querySelector(".title")?.textContent) === title)!;
/** The "N of M papers" line. */
export const summary = (list: PaperListElement) => clean(root(list).querySelector("[part=summary]")?.textContent);
/** Each visible topic as "label count", indented by its depth in the tree. */
export const facetOutline = (list: PaperListElement) =>
  all(list, ".facet").map((label) => {
    let depth = -1;
    for (let tree = label.closest(".tree"); tree; tree = tree.parentElement!.closest(".tree")) depth += 1;
    return `${"  ".repeat(depth)}${clean(label.querySelector(".facet-label")?.textContent)} ${clean(label.querySelector(".count")?.textContent)}`;
  });
/** The checkbox of the topic labelled `label`. */
export const checkbox = (list: PaperListElement, label: string) =>
  all(list, ".facet")
    .find((node) => clean(node.querySelector(".facet-label")?.textContent) === label)!
    .querySelector("input")!;

/** Sets a field's value as a visitor would (an input or change event), and waits. */
export async function type(list: PaperListElement, selector: string, value: string): Promise<void> {
  const input = root(list).querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
  await settle(list);
}
