import { afterEach, describe, expect, it } from "vitest";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import { findAccessibilityViolations } from "../testing/axe.js";
import "./define.js";
import type { TalkCardElement } from "./talk-card.element.js";

async function renderCard(
  props: Partial<TalkCardElement> & { itemId: string },
  program = deltaProgram,
): Promise<TalkCardElement> {
  const card = document.createElement("talk-card");
  Object.assign(card, { program, locale: "en-GB", viewerZone: "America/Sao_Paulo", ...props });
  document.body.append(card);
  await card.updateComplete;
  return card;
}

const text = (card: TalkCardElement, selector: string) =>
  card.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim();

afterEach(() => {
  document.body.replaceChildren();
});

describe("<talk-card>", () => {
  it("shows the kind, title, time in the event zone with the organisers' label, and speaker", async () => {
    const card = await renderCard({ itemId: "talk-vidal" });
    expect(text(card, ".badge")).toBe("Invited talk");
    expect(text(card, ".title")).toBe("How Geometry Shapes Optimization in Deep Generative Models");
    expect(text(card, ".time")).toBe("09:10–09:40 Brasília Time (GMT−3)");
    expect(card.shadowRoot!.querySelector("time")?.getAttribute("datetime")).toBe("2026-04-27T09:10:00-03:00");
    expect(text(card, ".speakers")).toBe("René Vidal");
  });

  it("adds the viewer's time when their zone differs, saying when it is another day", async () => {
    const card = await renderCard({ itemId: "closing", viewerZone: "Asia/Tokyo" });
    // 16:50-17:00 in Rio (UTC-3) is 04:50-05:00 the next morning in Tokyo (UTC+9).
    expect(text(card, ".viewer-time")).toBe("04:50–05:00 GMT+9 (your time, next day: Tue 28 Apr)");
  });

  it("shows the new time once the viewer zone or the page's lang changes", async () => {
    const wrapper = document.createElement("div");
    wrapper.lang = "en-GB";
    document.body.append(wrapper);
    const card = Object.assign(document.createElement("talk-card"), {
      program: deltaProgram,
      itemId: "closing",
      viewerZone: "America/Sao_Paulo",
    });
    wrapper.append(card);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector(".viewer-time")).toBeNull();
    card.viewerZone = "Asia/Tokyo";
    await card.updateComplete;
    expect(text(card, ".viewer-time")).toBe("04:50–05:00 GMT+9 (your time, next day: Tue 28 Apr)");
    wrapper.lang = "de";
    card.requestUpdate();
    await card.updateComplete;
    expect(text(card, ".viewer-time")).toMatch(/^04:50–05:00 Uhr GMT\+9 /);
  });

  it("shows only the viewer's time in viewer mode", async () => {
    const card = await renderCard({ itemId: "lunch", viewerZone: "Europe/Berlin", timeZoneMode: "viewer" });
    expect(text(card, ".time")).toBe("17:00–18:30 GMT+2");
  });

  it("lists an oral's nine authors in the published order", async () => {
    const card = await renderCard({ itemId: "oral-unmasking-policies" });
    const names = [...card.shadowRoot!.querySelectorAll(".authors .person-name")].map((node) => node.textContent);
    expect(names).toEqual([
      "Metod Jazbec",
      "Theo X. Olausson",
      "Louis Béthune",
      "Pierre Ablin",
      "Michael Kirchhof",
      "Joao Monteiro",
      "Victor Guilherme Turrisi da Costa",
      "Jason Ramapuram",
      "Marco Cuturi",
    ]);
    expect(card.shadowRoot!.querySelector(".authors")?.tagName).toBe("OL");
  });

  it("marks the presenting author and shows affiliations", async () => {
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "louis-bethune").affiliations = ["Apple"];
    data.items.find((item: any) => item.id === "oral-unmasking-policies").authors[2].presenting = true;
    const card = await renderCard({ itemId: "oral-unmasking-policies" }, programFrom(data));
    const third = card.shadowRoot!.querySelectorAll(".authors li")[2]!;
    expect(third.textContent?.replace(/\s+/g, " ").trim()).toBe("Louis Béthune* (presenting) (Apple)");
  });

  it("keeps the abstract behind a real button with aria-expanded", async () => {
    const card = await renderCard({ itemId: "talk-vidal" });
    const button = card.shadowRoot!.querySelector<HTMLButtonElement>(".actions button")!;
    expect([button.textContent?.trim(), button.getAttribute("aria-expanded")]).toEqual(["Show abstract", "false"]);
    expect(card.shadowRoot!.querySelector(".abstract")).toBeNull();
    const toggled = new Promise<boolean>((resolve) =>
      card.addEventListener("abstract-toggle", (event) => resolve(event.expanded), { once: true }),
    );
    button.click();
    await card.updateComplete;
    expect(await toggled).toBe(true);
    expect([button.textContent?.trim(), button.getAttribute("aria-expanded")]).toEqual(["Hide abstract", "true"]);
    expect(button.getAttribute("aria-controls")).toBe(card.shadowRoot!.querySelector(".abstract")!.id);
    expect(text(card, ".abstract")).toMatch(/^Deep generative models have achieved remarkable empirical success/);
  });

  it("renders TeX math in an abstract as MathML, loading the renderer on demand", async () => {
    const card = await renderCard({ itemId: "talk-doucet", expanded: true });
    // The math renderer (temml, ~200 KB) loads on demand: slow on a loaded machine.
    await expect.poll(() => card.shadowRoot!.querySelector(".abstract math"), { timeout: 5000 }).not.toBeNull();
    expect(card.shadowRoot!.querySelector(".abstract math")?.textContent).toContain("K");
    expect(text(card, ".abstract")).not.toContain("\\(");
  });

  it("shows 'Title to be announced' and 'Speaker to be announced' for open slots", async () => {
    const card = await renderCard({ itemId: "slot-tba-1" }, sigmetricsProgram);
    expect(text(card, ".title")).toBe("Title to be announced");
    expect(card.shadowRoot!.textContent).toContain("Speaker to be announced");
    expect(card.shadowRoot!.textContent).not.toMatch(/\bTBA\b/);
  });

  it("shows a tentative item's length from the default duration, with no clock time", async () => {
    const card = await renderCard({ itemId: "talk-chen" }, sigmetricsProgram);
    expect(text(card, ".time")).toBe("45 min");
    expect(card.shadowRoot!.querySelector("time")).toBeNull();
    expect(
      [...card.shadowRoot!.querySelectorAll(".actions button")].map((button) => button.textContent?.trim()),
    ).toEqual(["Show abstract"]);
  });

  it("shows a break's room", async () => {
    const card = await renderCard({ itemId: "lunch" }, sigmetricsProgram);
    expect(text(card, ".place")).toBe("Room: Rogel Ballroom");
  });

  it("marks cancelled and tentative items", async () => {
    const data = programData(deltaProgram);
    data.items.find((item: any) => item.id === "talk-vidal").status = "cancelled";
    data.items.find((item: any) => item.id === "talk-chen").status = "tentative";
    const program = programFrom(data);
    const cancelled = await renderCard({ itemId: "talk-vidal" }, program);
    const tentative = await renderCard({ itemId: "talk-chen" }, program);
    expect(text(cancelled, ".status-cancelled")).toBe("Cancelled");
    expect(getComputedStyle(cancelled.shadowRoot!.querySelector(".title-text")!).textDecorationLine).toBe(
      "line-through",
    );
    expect(text(tentative, ".status-tentative")).toBe("Tentative");
  });

  it("renders typed links with text labels", async () => {
    const data = programData(deltaProgram);
    data.items.find((item: any) => item.id === "talk-vidal").links = [
      { kind: "arxiv", url: "https://arxiv.org/abs/2401.00001" },
      { kind: "slides", url: "https://example.org/slides.pdf", label: "Slides (PDF)" },
    ];
    const card = await renderCard({ itemId: "talk-vidal" }, programFrom(data));
    const links = [...card.shadowRoot!.querySelectorAll<HTMLAnchorElement>(".links a")].map((link) => [
      link.textContent,
      link.href,
    ]);
    expect(links).toEqual([
      ["arXiv", "https://arxiv.org/abs/2401.00001"],
      ["Slides (PDF)", "https://example.org/slides.pdf"],
    ]);
  });

  it("renders an XSS payload in a title, abstract and name as inert text", async () => {
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const data = programData(deltaProgram);
    const item = data.items.find((entry: any) => entry.id === "talk-vidal");
    item.title = payload;
    // \href is refused (trust: false); the malformed TeX even crashes temml's parser, which
    // must fall back to showing the source, while the well-formed math next to it renders.
    item.abstract = `${payload} and math $\\href{javascript:window.__pwned=1}{x}$ beside $x^2$`;
    data.people.find((person: any) => person.id === "rene-vidal").name = payload;
    const card = await renderCard({ itemId: "talk-vidal", expanded: true }, programFrom(data));
    // The math renderer (temml, ~200 KB) loads on demand: slow on a loaded machine.
    await expect.poll(() => card.shadowRoot!.querySelector(".abstract math"), { timeout: 5000 }).not.toBeNull();
    expect(text(card, ".abstract .math-source")).toBe("\\(\\href{javascript:window.__pwned=1}{x}\\)");
    expect(card.shadowRoot!.querySelector("img, script, a[href^='javascript']")).toBeNull();
    expect(text(card, ".title")).toBe(payload);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("downloads an .ics for the item, stamped with the pinned now", async () => {
    const card = await renderCard({ itemId: "lunch", now: "2026-04-20T08:30:00Z" });
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      const button = [...card.shadowRoot!.querySelectorAll("button")].find(
        (candidate) => candidate.textContent?.trim() === "Add to calendar",
      )!;
      button.click();
    } finally {
      URL.createObjectURL = original;
    }
    const ics = await created[0]!.text();
    expect(created[0]!.type).toBe("text/calendar");
    expect(ics).toContain("DTSTART:20260427T150000Z");
    expect(ics).toContain("DTEND:20260427T163000Z");
    expect(ics).toContain("SUMMARY:Lunch");
    expect(ics).toContain("DTSTAMP:20260420T083000Z");
  });

  it("uses overridden strings", async () => {
    const card = await renderCard({
      itemId: "talk-vidal",
      strings: { showAbstract: "Mostrar resumo", kinds: { "invited-talk": "Palestra convidada" } as never },
    });
    expect(text(card, ".badge")).toBe("Palestra convidada");
    expect(text(card, ".actions button")).toBe("Mostrar resumo");
  });

  it("keeps the page's CSS out and its own in", async () => {
    const style = document.createElement("style");
    style.textContent =
      "* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } article { display: none !important; }";
    document.head.append(style);
    try {
      const card = await renderCard({ itemId: "talk-vidal" });
      const article = card.shadowRoot!.querySelector("article")!;
      expect(getComputedStyle(article).display).toBe("grid");
      expect(getComputedStyle(card.shadowRoot!.querySelector(".title")!).color).not.toBe("rgb(255, 0, 0)");
      const outside = document.createElement("p");
      document.body.append(outside);
      expect(getComputedStyle(outside).display).toBe("block");
    } finally {
      style.remove();
    }
  });

  it("says so when the item id is unknown, instead of rendering nothing", async () => {
    const card = await renderCard({ itemId: "no-such-talk" });
    expect(text(card, "[role=alert]")).toBe('No item with the id "no-such-talk" in this program.');
  });

  it.each([
    ["an invited talk with its abstract open", "talk-doucet", deltaProgram, true],
    ["an oral", "oral-unmasking-policies", deltaProgram, false],
    ["a slot to be announced", "slot-tba-2", sigmetricsProgram, false],
  ] as const)("has no accessibility violations: %s", async (_name, itemId, program, expanded) => {
    const card = await renderCard({ itemId, expanded }, program);
    expect(await findAccessibilityViolations(card)).toEqual([]);
  });

  it("has no accessibility violations in dark mode", async () => {
    const card = await renderCard({ itemId: "talk-vidal", theme: "dark", expanded: true });
    document.body.style.background = "#14181d";
    try {
      expect(await findAccessibilityViolations(card)).toEqual([]);
    } finally {
      document.body.style.background = "";
    }
  });
});
