import { parseProgram } from "@lectern/core";
import { afterEach, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import "./define.js";
import type { SpeakerListElement } from "./speaker-list.element.js";

async function renderList(props: Partial<SpeakerListElement> = {}, program = sigmetricsProgram): Promise<SpeakerListElement> {
  const list = document.createElement("speaker-list");
  Object.assign(list, { program, locale: "en-GB", viewerZone: program.event.timeZone, ...props });
  document.body.append(list);
  await list.updateComplete;
  return list;
}

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim();
const all = (list: SpeakerListElement, selector: string) => [...list.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const texts = (list: SpeakerListElement, selector: string) => all(list, selector).map((node) => clean(node.textContent));
/** The card of the person whose name (or placeholder) is `name`. */
const cardOf = (list: SpeakerListElement, name: string) =>
  all(list, "article").find((card) => clean(card.querySelector(".name")?.textContent) === name)!;
const cardText = (card: Element, selector: string) => clean(card.querySelector(selector)?.textContent);

afterEach(() => {
  document.body.replaceChildren();
});

describe("<speaker-list>", () => {
  it("lists the SIGMETRICS invited speakers in their order, then Lei Ying", async () => {
    const list = await renderList();
    expect(texts(list, ".name")).toEqual(["Sitan Chen", "Yingbin Liang", "Qing Qu", "Name to be announced", "Lei Ying"]);
    expect(list.shadowRoot!.querySelector(".people")?.getAttribute("aria-label")).toBe("Speakers");
  });

  it("shows the unnamed UIUC speaker with a neutral placeholder and their talk to be announced", async () => {
    const list = await renderList();
    const card = cardOf(list, "Name to be announced");
    expect(cardText(card, ".affiliation")).toBe("University of Illinois Urbana-Champaign");
    expect(card.querySelector(".avatar.placeholder svg")).not.toBeNull();
    expect(card.querySelector(".initials")).toBeNull();
    expect(cardText(card, ".talks")).toBe("Talk to be announced");
    expect(card.textContent).toContain("Biography to be announced");
    expect(list.shadowRoot!.textContent).not.toMatch(/\bTBA\b/);
  });

  it("shows Lei Ying's talk with its title to be announced, linked to the item", async () => {
    const list = await renderList();
    const link = cardOf(list, "Lei Ying").querySelector<HTMLAnchorElement>(".talks a")!;
    expect([clean(link.textContent), link.getAttribute("href")]).toEqual(["Title to be announced", "#talk-talk-ying"]);
  });

  it("lists the organisers with their affiliations and roles", async () => {
    const list = await renderList({ people: "organisers" });
    const rows = all(list, "article").map((card) => [cardText(card, ".name"), cardText(card, ".affiliation"), cardText(card, ".role")]);
    expect(rows).toEqual([
      ["Yuxin Chen", "UPenn", "Organizer"],
      ["Laixi Shi", "JHU", "Organizer"],
      ["Yingying Li", "UIUC", "Organizer"],
    ]);
    expect(list.shadowRoot!.querySelector(".people")?.getAttribute("aria-label")).toBe("Organisers");
  });

  it("lists everyone in program order with people='all'", async () => {
    const list = await renderList({ people: "all" }, deltaProgram);
    expect(all(list, "article")).toHaveLength(deltaProgram.people!.length);
    expect(texts(list, ".name").slice(0, 3)).toEqual(["Kenji Fukumizu", "René Vidal", "Sitan Chen"]);
  });

  it("falls back to speakers for an unknown people value", async () => {
    const list = await renderList();
    list.setAttribute("people", "everyone");
    await list.updateComplete;
    expect(texts(list, ".name")[0]).toBe("Sitan Chen");
  });

  it("keeps biographies collapsed behind a real button until clicked", async () => {
    const list = await renderList();
    const card = cardOf(list, "Sitan Chen");
    const button = card.querySelector<HTMLButtonElement>("button.toggle")!;
    const biography = card.querySelector<HTMLElement>(".biography")!;
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(button.getAttribute("aria-controls")).toBe(biography.id);
    expect(biography.hidden).toBe(true);
    expect(biography.checkVisibility()).toBe(false);
  });

  it("opens and closes a biography on click, toggling aria-expanded and firing biography-toggle", async () => {
    const list = await renderList();
    const events: [string, boolean, boolean, boolean][] = [];
    list.addEventListener("biography-toggle", (event) => events.push([event.personId, event.expanded, event.bubbles, event.composed]));
    const card = cardOf(list, "Sitan Chen");
    const button = card.querySelector<HTMLButtonElement>("button.toggle")!;
    button.click();
    await list.updateComplete;
    expect([button.getAttribute("aria-expanded"), clean(button.textContent)]).toEqual(["true", "Hide biography (Sitan Chen)"]);
    expect(cardText(card, ".biography")).toMatch(/^Sitan Chen is an Assistant Professor of Computer Science at Harvard University/);
    expect(card.querySelector<HTMLElement>(".biography")!.checkVisibility()).toBe(true);
    button.click();
    await list.updateComplete;
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(events).toEqual([
      ["sitan-chen", true, true, true],
      ["sitan-chen", false, true, true],
    ]);
  });

  it("names the person in the biography button for screen readers", async () => {
    const list = await renderList();
    const button = cardOf(list, "Qing Qu").querySelector("button.toggle")!;
    expect(clean(button.textContent)).toBe("Show biography (Qing Qu)");
    expect(clean(button.querySelector(".visually-hidden")?.textContent)).toBe("(Qing Qu)");
  });

  it("fires no biography-toggle without a user action", async () => {
    let fired = 0;
    const list = await renderList();
    list.addEventListener("biography-toggle", () => (fired += 1));
    list.people = "all";
    await list.updateComplete;
    expect(fired).toBe(0);
  });

  it("renders a biography's paragraphs", async () => {
    const list = await renderList();
    const card = cardOf(list, "Yingbin Liang");
    card.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await list.updateComplete;
    expect(card.querySelectorAll(".biography p").length).toBeGreaterThan(0);
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "rene-vidal").biography = "First paragraph with $x^2$.\n\nSecond paragraph.";
    const delta = await renderList({}, programFrom(data));
    const vidal = cardOf(delta, "René Vidal");
    vidal.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await expect.poll(() => vidal.querySelector(".biography math")).not.toBeNull();
    expect(vidal.querySelectorAll(".biography p")).toHaveLength(2);
  });

  it("links every talk to #talk-<item id>", async () => {
    const list = await renderList({}, deltaProgram);
    const links = all(list, ".talks a").map((link) => link.getAttribute("href"));
    expect(links).toEqual([
      "#talk-opening",
      "#talk-talk-vidal",
      "#talk-talk-chen",
      "#talk-talk-chandramoorthy",
      "#talk-talk-nitanda",
      "#talk-talk-kadkhodaie",
      "#talk-talk-doucet",
      "#talk-talk-chemseddine",
      "#talk-closing",
    ]);
    expect(clean(cardOf(list, "René Vidal").querySelector(".talks a")?.textContent)).toBe("How Geometry Shapes Optimization in Deep Generative Models");
  });

  it("gives each talk its date and time in the event's zone", async () => {
    const list = await renderList({}, deltaProgram);
    const talk = cardOf(list, "René Vidal").querySelector(".talks li")!;
    expect(cardText(talk, ".talk-meta")).toBe("Mon 27 Apr, 09:10–09:40 Brasília Time (GMT−3)");
    expect(talk.querySelector("time")?.getAttribute("datetime")).toBe("2026-04-27T09:10:00-03:00");
  });

  it("adds the visitor's time when their zone differs", async () => {
    const list = await renderList({ viewerZone: "Asia/Tokyo" }, deltaProgram);
    const talk = cardOf(list, "Mingyuan Bai").querySelector(".talks li")!;
    expect(cardText(talk, ".viewer-time")).toBe("(04:50–05:00 GMT+9, your time, next day: Tue 28 Apr)");
  });

  it("includes every DeLTa invited speaker and no author who does not present", async () => {
    const list = await renderList({}, deltaProgram);
    const names = texts(list, ".name");
    const invited = deltaProgram.items
      .filter((item) => item.kind === "invited-talk")
      .flatMap((item) => item.speakers ?? [])
      .map((id) => deltaProgram.people!.find((person) => person.id === id)!.name);
    expect(invited).toHaveLength(7);
    expect(names).toEqual(expect.arrayContaining(invited));
    expect(names).not.toContain("Metod Jazbec");
    expect(names).not.toContain("Marco Cuturi");
  });

  it("includes an author once they are marked presenting", async () => {
    const data = programData(deltaProgram);
    data.items.find((item: any) => item.id === "oral-unmasking-policies").authors[0].presenting = true;
    const list = await renderList({}, programFrom(data));
    const card = cardOf(list, "Metod Jazbec");
    expect(card).toBeDefined();
    expect(card.querySelector(".talks a")?.getAttribute("href")).toBe("#talk-oral-unmasking-policies");
    expect(texts(list, ".name")).not.toContain("Theo X. Olausson");
  });

  it("shows initials in a circle when there is no photo", async () => {
    const list = await renderList({}, deltaProgram);
    const initials = cardOf(list, "René Vidal").querySelector<HTMLElement>(".initials")!;
    expect(clean(initials.textContent)).toBe("RV");
    expect(initials.getAttribute("aria-hidden")).toBe("true");
    expect(getComputedStyle(initials).borderRadius).toBe("50%");
  });

  it("shows one initial for a one-word name", async () => {
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "rene-vidal").name = "Vidal";
    const list = await renderList({}, programFrom(data));
    expect(cardText(cardOf(list, "Vidal"), ".initials")).toBe("V");
  });

  it("renders a photo as a lazy image with empty alt, the name being beside it", async () => {
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "rene-vidal").photo = "https://example.org/vidal.jpg";
    const list = await renderList({}, programFrom(data));
    const image = cardOf(list, "René Vidal").querySelector("img")!;
    expect([image.getAttribute("src"), image.getAttribute("alt"), image.getAttribute("loading")]).toEqual([
      "https://example.org/vidal.jpg",
      "",
      "lazy",
    ]);
    expect(cardOf(list, "René Vidal").querySelector(".initials")).toBeNull();
  });

  it("falls back to initials when a photo fails to load", async () => {
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "rene-vidal").photo = `${location.origin}/no-such-photo-${Date.now()}.jpg`;
    const list = await renderList({}, programFrom(data));
    await expect.poll(() => cardText(cardOf(list, "René Vidal"), ".initials"), { timeout: 5000 }).toBe("RV");
    expect(cardOf(list, "René Vidal").querySelector("img")).toBeNull();
  });

  it("renders an XSS payload in a name, affiliation and biography as inert text", async () => {
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const data = programData(sigmetricsProgram);
    const sitan = data.people.find((person: any) => person.id === "sitan-chen");
    Object.assign(sitan, { name: payload, affiliations: [payload], biography: `${payload}\n\n${payload}` });
    const list = await renderList({}, programFrom(data));
    const card = cardOf(list, payload);
    card.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await list.updateComplete;
    expect(cardText(card, ".affiliation")).toBe(payload);
    expect(cardText(card, ".biography p")).toBe(payload);
    expect(list.shadowRoot!.querySelector("img, script")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each([
    ["photo", "javascript:alert(1)"],
    ["homepage", "javascript:alert(1)"],
    ["homepage", "JaVaScRiPt:alert(1)"],
    ["photo", "data:image/svg+xml,<svg onload=alert(1)>"],
  ])("never receives a %s of %j: the model rejects the program", (field, url) => {
    const data = programData(sigmetricsProgram);
    data.people.find((person: any) => person.id === "sitan-chen")[field] = url;
    const result = parseProgram(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toContain(`people[3].${field}`);
  });

  it("links a valid https homepage and an ORCID iD, with text labels", async () => {
    const data = programData(sigmetricsProgram);
    Object.assign(data.people.find((person: any) => person.id === "sitan-chen"), {
      homepage: "https://sitanchen.com/",
      orcid: "0000-0002-1825-0097",
    });
    const list = await renderList({}, programFrom(data));
    const links = [...cardOf(list, "Sitan Chen").querySelectorAll<HTMLAnchorElement>(".links a")].map((link) => [clean(link.textContent), link.href]);
    expect(links).toEqual([
      ["Homepage (Sitan Chen)", "https://sitanchen.com/"],
      ["ORCID 0000-0002-1825-0097 (Sitan Chen)", "https://orcid.org/0000-0002-1825-0097"],
    ]);
  });

  it("uses the heading level it is given for names", async () => {
    const list = await renderList({ headingLevel: 2 });
    expect(all(list, ".name").every((name) => name.getAttribute("role") === "heading" && name.getAttribute("aria-level") === "2")).toBe(true);
  });

  it("uses overridden strings", async () => {
    const list = await renderList({ strings: { nameToBeAnnounced: "Nome a anunciar", talkToBeAnnounced: "Palestra a anunciar" } });
    const card = cardOf(list, "Nome a anunciar");
    expect(cardText(card, ".talks")).toBe("Palestra a anunciar");
  });

  it("says so when the program lists no one", async () => {
    const list = await renderList({ people: "organisers" }, deltaProgram);
    expect(clean(list.shadowRoot!.querySelector("[part=empty]")?.textContent)).toBe("No one is listed yet.");
  });

  it("lays the cards out in columns when wide and in one column when narrow", async () => {
    const list = await renderList({}, deltaProgram);
    const grid = list.shadowRoot!.querySelector(".people")!;
    list.style.width = "60rem";
    expect(getComputedStyle(grid).gridTemplateColumns.split(" ").length).toBeGreaterThan(1);
    list.style.width = "20rem";
    expect(getComputedStyle(grid).gridTemplateColumns.split(" ")).toHaveLength(1);
  });

  it("keeps the page's CSS out and its own in", async () => {
    const style = document.createElement("style");
    style.textContent =
      "* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } article, ul { display: none !important; } button { display: none !important; }";
    document.head.append(style);
    try {
      const list = await renderList();
      expect(getComputedStyle(list.shadowRoot!.querySelector(".people")!).display).toBe("grid");
      expect(getComputedStyle(list.shadowRoot!.querySelector("article")!).display).toBe("grid");
      expect(getComputedStyle(list.shadowRoot!.querySelector("button")!).display).not.toBe("none");
      expect(getComputedStyle(list.shadowRoot!.querySelector(".name")!).color).not.toBe("rgb(255, 0, 0)");
      const outside = document.createElement("ul");
      document.body.append(outside);
      expect(getComputedStyle(outside).display).toBe("none");
    } finally {
      style.remove();
    }
  });

  it.each([
    ["SIGMETRICS speakers, a biography open", sigmetricsProgram, "speakers" as const, true],
    ["SIGMETRICS organisers", sigmetricsProgram, "organisers" as const, false],
    ["DeLTa, everyone", deltaProgram, "all" as const, false],
  ])("has no accessibility violations: %s", async (_name, program, people, openFirst) => {
    const list = await renderList({ people }, program);
    if (openFirst) {
      list.shadowRoot!.querySelector<HTMLButtonElement>("button.toggle")!.click();
      await list.updateComplete;
    }
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });

  it("has no accessibility violations in dark mode", async () => {
    const list = await renderList({ theme: "dark" });
    list.shadowRoot!.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await list.updateComplete;
    document.body.style.background = "#14181d";
    try {
      expect(await findAccessibilityViolations(list)).toEqual([]);
    } finally {
      document.body.style.background = "";
    }
  });
});
