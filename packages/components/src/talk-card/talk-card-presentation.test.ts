import { afterEach, describe, expect, it } from "vitest";
import { parseProgram, type Program } from "@lectern/core";
import { findAccessibilityViolations } from "../testing/axe.js";
import { presentationProgram } from "../testing/presentation-program.js";
import "./define.js";
import type { TalkCardElement } from "./talk-card.element.js";

const program = (() => {
  const result = parseProgram(presentationProgram);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.program;
})();

async function renderCard(itemId: string, props: Partial<TalkCardElement> = {}, given: Program = program) {
  const card = Object.assign(document.createElement("talk-card"), {
    program: given,
    itemId,
    locale: "en-GB",
    ...props,
  });
  document.body.append(card);
  await card.updateComplete;
  return card;
}

/** The texts of the card's badges, in order. */
const badges = (card: TalkCardElement) =>
  [...card.shadowRoot!.querySelectorAll('header [part="badge"]')].map((badge) => badge.textContent!.trim());

afterEach(() => document.body.replaceChildren());

describe("<talk-card> presentation", () => {
  it('says "Remote" in words beside the kind, with no accessibility violation', async () => {
    const card = await renderCard("talk-remote");
    expect(badges(card)).toEqual(["Oral", "Remote"]);
    expect(await findAccessibilityViolations(card)).toEqual([]);
  });

  it('says "Hybrid" for a hybrid item', async () => {
    expect(badges(await renderCard("talk-hybrid"))).toEqual(["Oral", "Hybrid"]);
  });

  it("marks nothing for an item in person, said or not", async () => {
    expect(badges(await renderCard("talk-here"))).toEqual(["Oral"]);
    expect(badges(await renderCard("talk-unsaid"))).toEqual(["Oral"]);
  });

  it("takes the page's words for the mark", async () => {
    const card = await renderCard("talk-remote", { strings: { remote: "Online", hybrid: "Hybrid" } });
    expect(badges(card)).toEqual(["Oral", "Online"]);
  });
});
