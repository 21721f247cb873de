import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { conferenceProgram } from "../testing/conference-fixture.js";
import "./define.js";
import type { TalkCardElement } from "./talk-card.element.js";

/** The violations of the page's Content-Security-Policy since the policy was set. */
const violations: SecurityPolicyViolationEvent[] = [];

/** Waits for the violation reports, which the browser fires as a task after the violation. */
const reportsArrive = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeAll(() => {
  // Many university sites serve style-src 'self' (issue 18): no inline style attributes.
  document.addEventListener("securitypolicyviolation", (event) => violations.push(event));
  const policy = document.createElement("meta");
  policy.httpEquiv = "Content-Security-Policy";
  policy.content = "style-src 'self'";
  document.head.append(policy);
});

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
