import { afterEach, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { deltaVersions } from "../testing/delta-versions.js";
import { programFrom } from "../testing/fixtures.js";
import "./define.js";
import type { TalkCardElement } from "./talk-card.element.js";

/** A card of talk-chen in the newer DeLTa version, compared with the previous version at `previousSrc`. */
async function renderCard(previousSrc: string): Promise<TalkCardElement> {
  const card = document.createElement("talk-card");
  Object.assign(card, {
    program: programFrom(deltaVersions().after),
    itemId: "talk-chen",
    locale: "en-GB",
    viewerZone: "America/Sao_Paulo",
    previousSrc,
  });
  document.body.append(card);
  await card.updateComplete;
  return card;
}

const jsonFile = (text: string) => URL.createObjectURL(new Blob([text], { type: "application/json" }));
const visibleText = (element: Element | null | undefined) =>
  element instanceof HTMLElement ? element.innerText.replace(/\s+/g, " ").trim() : undefined;
const note = (card: TalkCardElement) => card.shadowRoot!.querySelector<HTMLElement>('[part="problems"]');

// Each way a previous version can fail to be read, with what the card says of it: the wording
// of <schedule-grid> and <talk-list>, and the problem with its path (or its line in the JSON).
const unreadable = [
  {
    what: "a file the server does not have (404)",
    // Served by the test server itself, which answers 404 for a path it has no file for.
    url: () => new URL(`/no-such-folder/previous-${crypto.randomUUID()}.json`, location.href).href,
    problem: /^\(document\): could not be loaded: the server answered 404/,
  },
  {
    what: "text that is not JSON",
    url: () => jsonFile('{"event": {'),
    problem: /^\(document\) \(line 1, column \d+\): /,
  },
  {
    what: "JSON that is not a valid program",
    url: () => jsonFile(JSON.stringify({ ...deltaVersions().before, items: "none" })),
    problem: /^items \(line 1, column \d+\): expected an array, found the text "none"$/,
  },
];

afterEach(() => {
  document.body.replaceChildren();
});

describe("<talk-card>: a previous-src it cannot read", () => {
  it.each(unreadable)("says so of $what, and why, above the talk it still shows", async ({ url, problem }) => {
    const address = url();
    const card = await renderCard(address);
    await expect
      .poll(() => visibleText(note(card)?.querySelector("strong")))
      .toBe(`The previous version from ${address} could not be read (1 problem), so no changes are marked.`);
    const box = note(card)!;
    expect(box.getAttribute("role")).toBe("alert");
    expect(box.checkVisibility()).toBe(true);
    expect(box.getBoundingClientRect().height).toBeGreaterThan(0);
    expect([...box.querySelectorAll("li")].map(visibleText)).toEqual([expect.stringMatching(problem)]);
    // The talk itself is shown whole, unmarked.
    expect(visibleText(card.shadowRoot!.querySelector(".title"))).toBe(
      "Theory for Discrete Diffusions: Parallel Decoding and Variable-Length Generation",
    );
    expect(visibleText(card.shadowRoot!.querySelector(".time"))).toMatch(/^09:40–10:10/);
    expect(card.shadowRoot!.querySelector(".change")).toBeNull();
  });

  it("has no accessibility violations with the note shown", async () => {
    const card = await renderCard(jsonFile("[1,"));
    await expect.poll(() => note(card)).not.toBeNull();
    expect(await findAccessibilityViolations(card)).toEqual([]);
  });
});
