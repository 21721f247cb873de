import { afterEach, describe, expect, it } from "vitest";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { useStrictStylePolicy } from "../testing/strict-style-policy.js";
import "./define.js";
import type { TalkCardElement } from "./talk-card.element.js";

const { violations, reportsArrive } = useStrictStylePolicy();

afterEach(() => {
  document.body.replaceChildren();
});

describe("<talk-card> under style-src 'self'", () => {
  it("takes its track's colour as its accent, set through the CSSOM, with no violation", async () => {
    violations.length = 0;
    const card = document.createElement("talk-card") as TalkCardElement;
    Object.assign(card, { program: conferenceProgram(), itemId: "a1", locale: "en-GB", viewerZone: "UTC" });
    document.body.append(card);
    await card.updateComplete;
    await reportsArrive();
    const article = card.shadowRoot!.querySelector("article")!;
    // Set through the CSSOM, which the policy allows (a style= attribute it refuses).
    expect(getComputedStyle(article).getPropertyValue("--talk-card-accent").trim()).toBe("#1f6feb");
    expect(violations.map((event) => `${event.violatedDirective} ${event.sample}`)).toEqual([]);
  });
});
