import { afterEach, describe, expect, it } from "vitest";
import type { Program } from "@lectern/core";
import { findAccessibilityViolations } from "../testing/axe.js";
import { issue17Program } from "../testing/issue17-program.js";
import "./define.js";
import type { TalkCardElement } from "./talk-card.element.js";

async function renderCard(itemId: string, program: Program = issue17Program(), props: Partial<TalkCardElement> = {}) {
  const card = Object.assign(document.createElement("talk-card"), {
    program,
    itemId,
    locale: "en-GB",
    viewerZone: "Asia/Tokyo",
    ...props,
  });
  document.body.append(card);
  await card.updateComplete;
  return card;
}

/** Waits until the lazily loaded Markdown lexer has drawn the abstract. */
async function untilMarkdown(card: TalkCardElement, selector: string) {
  for (let attempt = 0; attempt < 100 && !card.shadowRoot!.querySelector(selector); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await card.updateComplete;
  }
}

const root = (card: TalkCardElement) => card.shadowRoot!;
const text = (card: TalkCardElement, selector: string) =>
  root(card).querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim();

afterEach(() => document.body.replaceChildren());

describe("<talk-card> rich text", () => {
  it("draws a Markdown abstract as emphasis, a list and a link, and never the HTML inside it", async () => {
    const card = await renderCard("oral", issue17Program("markdown"), { expanded: true });
    await untilMarkdown(card, ".abstract strong");
    expect(text(card, ".abstract strong")).toBe("two");
    expect([...root(card).querySelectorAll(".abstract li")].map((li) => li.textContent?.trim())).toEqual([
      "one",
      "two",
    ]);
    expect(root(card).querySelector(".abstract a")?.getAttribute("href")).toBe("https://example.org/two");
    expect(root(card).querySelector(".abstract img")).toBeNull();
  });

  it("keeps a plain program's asterisks as written", async () => {
    const card = await renderCard("oral", issue17Program("plain"), { expanded: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await card.updateComplete;
    expect(root(card).querySelector(".abstract strong")).toBeNull();
    expect(text(card, ".abstract")).toContain("**two**");
  });
});

describe("<talk-card> people", () => {
  it("shows each person's safe links, named for screen readers, and drops a javascript: one", async () => {
    const card = await renderCard("oral");
    const links = [...root(card).querySelectorAll<HTMLAnchorElement>(".person-link")];
    expect(links.map((link) => link.getAttribute("aria-label"))).toEqual([
      "GitHub of Jane Doe",
      "ORCID of Jane Doe",
      "Bluesky of Li Na",
    ]);
    expect(links[1]!.href).toBe("https://orcid.org/0000-0002-1825-0097");
    expect(links.some((link) => link.href.startsWith("javascript:"))).toBe(false);
  });

  it("marks equal contributors with an explained mark and a legend", async () => {
    const card = await renderCard("oral");
    expect(root(card).querySelectorAll(".equal-mark")).toHaveLength(2);
    expect(text(card, ".authors li")).toContain("(equal contribution)");
    expect(text(card, ".legend")).toBe("† equal contribution");
  });

  it("has no legend when nobody contributed equally", async () => {
    const card = await renderCard("german");
    expect(root(card).querySelector(".legend")).toBeNull();
  });
});

describe("<talk-card> session, language, time", () => {
  it("names the session it is in and its chair", async () => {
    const card = await renderCard("oral");
    expect(text(card, ".session")).toBe("Session: Orals I Chair: Ana Silva");
  });

  it("links to the session's own call and chat, by their labels", async () => {
    const links = [
      { kind: "web" as const, url: "https://zoom.example/j/1", label: "Zoom" },
      { kind: "livestream" as const, url: "https://live.example/orals" },
    ];
    const card = await renderCard("german", undefined, { session: { title: "Orals II", links } });
    expect(text(card, ".session")).toBe("Session: Orals II Zoom, Livestream");
    const anchors = [...root(card).querySelectorAll<HTMLAnchorElement>(".session-links a")];
    expect(anchors.map((anchor) => [anchor.textContent, anchor.href, anchor.rel])).toEqual([
      ["Zoom", "https://zoom.example/j/1", "noopener"],
      ["Livestream", "https://live.example/orals", "noopener"],
    ]);
  });

  it("names each session link with the session, and draws only http(s) ones of a page's own session", async () => {
    // A `session` property is the page's data, not a validated program.
    const links = [
      { kind: "web" as const, url: "javascript:window.__pwned=1", label: "Zoom" },
      { kind: "web" as const, url: "mailto:chair@example.org", label: "Mail" },
      { kind: "livestream" as const, url: "https://live.example/orals" },
    ];
    const card = await renderCard("german", undefined, { session: { title: "Orals II", links } });
    const anchors = [...root(card).querySelectorAll<HTMLAnchorElement>(".session-links a")];
    expect(anchors.map((anchor) => [anchor.href, anchor.getAttribute("aria-label")])).toEqual([
      ["https://live.example/orals", "Livestream (Orals II)"],
    ]);
  });

  it("takes a session given as a property over the program's", async () => {
    const card = await renderCard("german", undefined, { session: { title: "Keynotes", mode: "sequence" } });
    expect(text(card, ".session")).toBe("Session: Keynotes");
  });

  it("shows the translation for the locale, and the original (with its lang) behind a button", async () => {
    const card = await renderCard("german", undefined, { expanded: true });
    expect(text(card, ".title")).toBe("On learning");
    const toggle = root(card).querySelector<HTMLButtonElement>(".original-toggle")!;
    expect(toggle.textContent?.trim()).toBe("Show original");
    toggle.click();
    await card.updateComplete;
    expect(text(card, ".title")).toBe("Über Lernen");
    expect(root(card).querySelector(".title-text")?.getAttribute("lang")).toBe("de");
    expect(root(card).querySelector(".abstract")?.getAttribute("lang")).toBe("de");
    expect(toggle.textContent?.trim()).toBe("Show translation");
  });

  it("shows the original where the locale is the item's language, with no button", async () => {
    const card = await renderCard("german", undefined, { locale: "de-DE" });
    expect(text(card, ".title")).toBe("Über Lernen");
    expect(root(card).querySelector(".original-toggle")).toBeNull();
  });

  it("says time not announced with the date, never an invented time", async () => {
    const card = await renderCard("dated", undefined, { viewerZone: "America/Los_Angeles" });
    expect(text(card, ".time")).toBe("Fri, 22 May 2026 Time not announced");
    expect(root(card).querySelector(".time time")?.getAttribute("datetime")).toBe("2026-05-22");
    expect(text(card, ".actions")).not.toContain("Add to calendar");
  });

  it("says time not announced for a time to be announced", async () => {
    const card = await renderCard("tba-time");
    expect(text(card, ".time")).toBe("Time not announced");
  });

  it("has no accessibility violations with links, marks, session and translation", async () => {
    const card = await renderCard("oral", undefined, { expanded: true });
    await untilMarkdown(card, ".abstract strong");
    expect(await findAccessibilityViolations(card)).toEqual([]);
    const translated = await renderCard("german", undefined, { expanded: true });
    expect(await findAccessibilityViolations(translated)).toEqual([]);
  });

  it("has no accessibility violations right to left", async () => {
    const wrapper = Object.assign(document.createElement("div"), { dir: "rtl", lang: "ar" });
    document.body.append(wrapper);
    const card = await renderCard("oral");
    wrapper.append(card);
    await card.updateComplete;
    expect(await findAccessibilityViolations(wrapper)).toEqual([]);
  });
});
