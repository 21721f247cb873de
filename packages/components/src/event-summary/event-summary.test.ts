import { afterEach, describe, expect, it } from "vitest";
import type { Program } from "@lectern/core";
import { findAccessibilityViolations } from "../testing/axe.js";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import "./define.js";
import type { EventSummaryElement } from "./event-summary.element.js";

async function renderSummary(props: Partial<EventSummaryElement> = {}, program: Program = deltaProgram): Promise<EventSummaryElement> {
  const summary = document.createElement("event-summary");
  Object.assign(summary, { program, locale: "en-GB", viewerZone: "America/Sao_Paulo", ...props });
  document.body.append(summary);
  await summary.updateComplete;
  return summary;
}

/** A program with changes to its event (and people), parsed like any other. */
function programWith(base: Program, change: (data: Record<string, any>) => void): Program {
  const data = programData(base);
  change(data);
  return programFrom(data);
}

const root = (summary: EventSummaryElement) => summary.shadowRoot!;
const tidy = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim();
const text = (summary: EventSummaryElement, selector: string) => tidy(root(summary).querySelector(selector)?.textContent);
const texts = (summary: EventSummaryElement, selector: string) => [...root(summary).querySelectorAll(selector)].map((node) => tidy(node.textContent));
/** The value beside a label of the facts list ("When", "Where", ...). */
const fact = (summary: EventSummaryElement, label: string) => {
  const term = [...root(summary).querySelectorAll(".facts dt")].find((node) => node.textContent?.trim() === label);
  return tidy(term?.nextElementSibling?.textContent);
};
const button = (summary: EventSummaryElement, name: string) =>
  [...root(summary).querySelectorAll<HTMLButtonElement>("button")].find((candidate) => candidate.textContent?.trim() === name)!;

/** An important date-time "AoE" (UTC−12), a whole day, and one in the event's zone. */
const deadlines = (data: Record<string, any>) => {
  data.event.importantDates = [
    { label: "Submission deadline", date: "2026-02-01T23:59", timeZone: "Etc/GMT+12", timeZoneLabel: "AoE", note: "No extensions." },
    { label: "Notification", date: "2026-03-01" },
    { label: "Camera-ready", date: "2026-03-20T17:00" },
  ];
};

afterEach(() => {
  document.body.replaceChildren();
});

describe("<event-summary> with the DeLTa workshop", () => {
  it("shows the title as a level-2 heading, with the kind and acronym", async () => {
    const summary = await renderSummary();
    const title = root(summary).querySelector("[part=title]")!;
    expect(tidy(title.textContent)).toBe("Deep Generative Models: Theory, Principle, and Efficacy");
    expect([title.getAttribute("role"), title.getAttribute("aria-level")]).toEqual(["heading", "2"]);
    expect(text(summary, ".badge")).toBe("Workshop");
    expect(text(summary, ".acronym")).toBe("DeLTa 2026");
  });

  it("names the host conference as text when it has no url", async () => {
    const summary = await renderSummary();
    expect(text(summary, ".host")).toBe("Part of ICLR 2026");
    expect(root(summary).querySelector(".host a")).toBeNull();
  });

  it("shows the single day as a long date in a <time> element", async () => {
    const summary = await renderSummary();
    expect(fact(summary, "When")).toBe("Monday, 27 April 2026");
    expect(root(summary).querySelector(".when time")?.getAttribute("datetime")).toBe("2026-04-27");
  });

  it("shows the event's time zone with the organisers' label", async () => {
    const summary = await renderSummary();
    expect(fact(summary, "Time zone")).toBe("Brasília Time (GMT−3)");
  });

  it("shows the city and country", async () => {
    const summary = await renderSummary();
    expect(fact(summary, "Where")).toBe("Rio de Janeiro, Brazil");
  });

  it("links the contact e-mail with mailto:", async () => {
    const summary = await renderSummary();
    const link = root(summary).querySelector<HTMLAnchorElement>(".contact a")!;
    expect([link.textContent, link.href]).toEqual(["delta.workshop.ml@gmail.com", "mailto:delta.workshop.ml@gmail.com"]);
  });

  it("makes the OpenReview submission link a prominent button-like link", async () => {
    const summary = await renderSummary();
    const link = root(summary).querySelector<HTMLAnchorElement>("[part=call-to-action]")!;
    expect([link.textContent, link.href]).toEqual(["Submit via OpenReview", "https://openreview.net/"]);
    const style = getComputedStyle(link);
    expect(style.backgroundColor).toBe("rgb(11, 92, 173)");
    expect(Number.parseFloat(style.minHeight)).toBeGreaterThanOrEqual(44);
  });

  it("shows the description as paragraphs", async () => {
    const summary = await renderSummary();
    const paragraphs = texts(summary, "[part=description] p");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Deep Generative Models \(DGMs\) have significantly advanced/);
    expect(paragraphs[3]).toBe("This workshop will center around these challenges, aiming to bring together experts from learning theory and applications.");
  });

  it("keeps the call for papers folded behind a button with aria-expanded", async () => {
    const summary = await renderSummary();
    const toggle = button(summary, "Call for papers");
    const body = root(summary).getElementById(toggle.getAttribute("aria-controls")!)!;
    // hidden="until-found" hides the contents (content-visibility), not the box itself.
    expect([toggle.getAttribute("aria-expanded"), body.querySelector("p")!.checkVisibility()]).toEqual(["false", false]);
    toggle.click();
    await summary.updateComplete;
    expect([toggle.getAttribute("aria-expanded"), body.querySelector("p")!.checkVisibility()]).toEqual(["true", true]);
    expect(body.querySelectorAll("p")).toHaveLength(6);
    expect(tidy(body.textContent)).toMatch(/^We are excited to invite submissions to the ICLR 2026 Workshop/);
  });

  it("folds the publication policy, and folds it again on a second click", async () => {
    const summary = await renderSummary();
    const toggle = button(summary, "Publication policy");
    const body = root(summary).getElementById(toggle.getAttribute("aria-controls")!)!;
    toggle.click();
    await summary.updateComplete;
    expect(tidy(body.textContent)).toBe(
      "This workshop does not produce formal proceedings. Accepted submissions will appear on OpenReview, but authors remain free to submit and publish their work elsewhere in the future.",
    );
    expect(body.querySelector("p")!.checkVisibility()).toBe(true);
    toggle.click();
    await summary.updateComplete;
    expect([toggle.getAttribute("aria-expanded"), body.querySelector("p")!.checkVisibility()]).toEqual(["false", false]);
  });

  it("opens a folded section when the browser's find-in-page matches inside it", async () => {
    const summary = await renderSummary();
    const body = root(summary).getElementById(button(summary, "Call for papers").getAttribute("aria-controls")!)!;
    expect(body.getAttribute("hidden")).toBe("until-found");
    body.dispatchEvent(new Event("beforematch"));
    await summary.updateComplete;
    expect([body.hasAttribute("hidden"), button(summary, "Call for papers").getAttribute("aria-expanded")]).toEqual([false, "true"]);
  });

  it("lists the award with its description", async () => {
    const summary = await renderSummary();
    expect(text(summary, ".award-name")).toBe("Best paper");
    expect(text(summary, ".award p")).toBe("The workshop will select the best paper to recognize outstanding contributions in the field.");
  });

  it("says quietly that the schedule is final", async () => {
    const summary = await renderSummary();
    expect(text(summary, "[part=status]")).toBe("Final schedule");
    expect(root(summary).querySelector("[part=status]")?.classList.contains("final")).toBe(true);
  });
});

describe("<event-summary> with the SIGMETRICS workshop", () => {
  it("lists the three organisers with role and affiliation", async () => {
    const summary = await renderSummary({}, sigmetricsProgram);
    expect(texts(summary, ".organisers li")).toEqual(["Yuxin Chen, Organizer (UPenn)", "Laixi Shi, Organizer (JHU)", "Yingying Li, Organizer (UIUC)"]);
  });

  it("lists the four invited speakers, the last one's name to be announced", async () => {
    const summary = await renderSummary({}, sigmetricsProgram);
    expect(texts(summary, ".speakers li")).toEqual([
      "Sitan Chen (Harvard University)",
      "Yingbin Liang (The Ohio State University)",
      "Qing Qu (University of Michigan)",
      "Name to be announced (University of Illinois Urbana-Champaign)",
    ]);
    expect(root(summary).querySelector(".speakers li:last-child .person-name")?.classList.contains("tba")).toBe(true);
  });

  it("shows a clearly visible tentative-schedule notice with the organisers' note", async () => {
    const summary = await renderSummary({}, sigmetricsProgram);
    const notice = root(summary).querySelector<HTMLElement>("[part=status]")!;
    expect(tidy(notice.querySelector("strong")?.textContent)).toBe("Tentative schedule");
    expect(tidy(notice.querySelector("p")?.textContent)).toBe(
      "Tentative schedule — each invited talk is 45 minutes, and shared coffee and lunch breaks follow the general workshop plan.",
    );
    expect(notice.checkVisibility()).toBe(true);
    expect(getComputedStyle(notice).borderInlineStartWidth).not.toBe("0px");
  });

  it("links the contact e-mail", async () => {
    const summary = await renderSummary({}, sigmetricsProgram);
    expect(root(summary).querySelector<HTMLAnchorElement>(".contact a")?.href).toBe("mailto:laixis@jhu.edu");
  });

  it("shows Ann Arbor, USA and the host conference", async () => {
    const summary = await renderSummary({}, sigmetricsProgram);
    expect(fact(summary, "Where")).toBe("Ann Arbor, USA");
    expect(text(summary, ".host")).toBe("Part of ACM SIGMETRICS 2026");
  });

  it("names the zone in the locale, with its offset on the event's day, when the organisers gave no label", async () => {
    const summary = await renderSummary({}, sigmetricsProgram);
    expect(fact(summary, "Time zone")).toBe("Eastern Daylight Time (GMT-4)");
    expect(fact(summary, "When")).toBe("Monday, 8 June 2026");
  });

  it("shows no links, important dates or awards when the program has none", async () => {
    const summary = await renderSummary({}, sigmetricsProgram);
    expect(root(summary).querySelector("[part=links], [part=important-dates], [part=awards], [part=details]")).toBeNull();
  });
});

describe("<event-summary> with other event fields", () => {
  it("shows a multi-day event as a date range", async () => {
    const program = programWith(sigmetricsProgram, (data) => (data.event.endDate = "2026-06-10"));
    const summary = await renderSummary({}, program);
    expect(fact(summary, "When")).toBe("Monday 8 June – Wednesday 10 June 2026");
  });

  it("writes a range across months and years with both months", async () => {
    const program = programWith(sigmetricsProgram, (data) => {
      data.event.startDate = "2026-12-30";
      data.event.endDate = "2027-01-02";
    });
    const summary = await renderSummary({}, program);
    expect(fact(summary, "When")).toBe("Wednesday 30 December 2026 – Saturday 2 January 2027");
  });

  it("shows a date-time deadline in its own zone labelled AoE, with the note", async () => {
    const summary = await renderSummary({}, programWith(deltaProgram, deadlines));
    const first = root(summary).querySelector(".dates dd")!;
    expect(texts(summary, ".dates dt")).toEqual(["Submission deadline", "Notification", "Camera-ready"]);
    expect(first.querySelector("time")?.getAttribute("datetime")).toBe("2026-02-01T23:59:00-12:00");
    expect(tidy(first.querySelector("time")?.textContent)).toBe("Sunday, 1 February 2026 at 23:59");
    expect(tidy(first.querySelector(".zone")?.textContent)).toBe("AoE");
    expect(tidy(first.querySelector(".note")?.textContent)).toBe("No extensions.");
  });

  it("adds the visitor's clock to a deadline when it reads differently", async () => {
    const summary = await renderSummary({}, programWith(deltaProgram, deadlines));
    // 23:59 at UTC−12 is 11:59 UTC the next day, 08:59 in São Paulo (UTC−3).
    expect(text(summary, ".dates .viewer-time")).toBe("(your time: Monday, 2 February 2026 at 08:59 GMT-3)");
  });

  it("shows a whole-day important date without a zone, and a date-time in the event's zone", async () => {
    const summary = await renderSummary({}, programWith(deltaProgram, deadlines));
    const [, notification, cameraReady] = root(summary).querySelectorAll(".dates dd");
    expect([tidy(notification!.textContent), notification!.querySelector("time")?.getAttribute("datetime")]).toEqual(["Sunday, 1 March 2026", "2026-03-01"]);
    expect(tidy(cameraReady!.textContent)).toBe("Friday, 20 March 2026 at 17:00 Brasília Time (GMT−3)");
  });

  it("links the host conference when it has a url", async () => {
    const program = programWith(deltaProgram, (data) => (data.event.hostConference.url = "https://iclr.cc/"));
    const summary = await renderSummary({}, program);
    const link = root(summary).querySelector<HTMLAnchorElement>(".host a")!;
    expect([link.textContent, link.href]).toEqual(["ICLR 2026", "https://iclr.cc/"]);
  });

  it("shows the subtitle and the venue's name (linked) and address", async () => {
    const program = programWith(deltaProgram, (data) => {
      data.event.subtitle = "Second edition";
      data.event.venue = { name: "Riocentro", address: "Av. Salvador Allende, 6555", city: "Rio de Janeiro", country: "Brazil", url: "https://riocentro.com.br/" };
    });
    const summary = await renderSummary({}, program);
    expect(text(summary, ".subtitle")).toBe("Second edition");
    expect(texts(summary, ".venue span")).toEqual(["Riocentro", "Av. Salvador Allende, 6555", "Rio de Janeiro, Brazil"]);
    expect(root(summary).querySelector<HTMLAnchorElement>(".venue a")?.href).toBe("https://riocentro.com.br/");
  });

  it("renders typed links with their labels, or a label for their kind", async () => {
    const program = programWith(deltaProgram, (data) => {
      data.event.links.push({ kind: "web", url: "https://delta-workshop.github.io/" }, { kind: "call-for-papers", url: "https://example.org/cfp", label: "CfP (PDF)" });
    });
    const summary = await renderSummary({}, program);
    const links = [...root(summary).querySelectorAll<HTMLAnchorElement>("[part=links] li a")].map((link) => [link.textContent, link.href]);
    expect(links).toEqual([
      ["Web page", "https://delta-workshop.github.io/"],
      ["CfP (PDF)", "https://example.org/cfp"],
    ]);
  });

  it("names the items that won an award", async () => {
    const program = programWith(deltaProgram, (data) => (data.event.awards[0].winners = ["oral-unmasking-policies"]));
    const summary = await renderSummary({}, program);
    expect(text(summary, ".award p:last-child")).toBe("Awarded to: Learning Unmasking Policies for Diffusion Language Models");
  });

  it("shows the fallback content inside the tag until a program is set", async () => {
    const summary = document.createElement("event-summary");
    summary.innerHTML = "<p>DeLTa 2026, 27 April, Rio de Janeiro</p>";
    document.body.append(summary);
    await summary.updateComplete;
    expect(root(summary).querySelector("slot")).not.toBeNull();
    summary.program = deltaProgram;
    await summary.updateComplete;
    expect(root(summary).querySelector("slot")).toBeNull();
  });
});

describe("<event-summary> attributes", () => {
  it("shows only the sections the sections attribute names", async () => {
    const summary = await renderSummary();
    summary.setAttribute("sections", "dates, links");
    await summary.updateComplete;
    expect(texts(summary, ".facts dt")).toEqual(["When", "Time zone"]);
    expect(root(summary).querySelector("[part=call-to-action]")).not.toBeNull();
    expect(root(summary).querySelector("[part=header], [part=description], [part=status], [part=details], [part=awards], .contact")).toBeNull();
    expect(root(summary).querySelector("article")?.getAttribute("aria-label")).toBe("Deep Generative Models: Theory, Principle, and Efficacy");
  });

  it("shows every section when the sections attribute names none it knows", async () => {
    const all = await renderSummary({}, sigmetricsProgram);
    const typo = await renderSummary({ sections: "organizers" }, sigmetricsProgram);
    expect(root(typo).querySelector("article")?.textContent).toBe(root(all).querySelector("article")?.textContent);
  });

  it("writes dates in pt-BR", async () => {
    const program = programWith(sigmetricsProgram, (data) => (data.event.endDate = "2026-06-10"));
    const single = await renderSummary({ locale: "pt-BR" });
    const range = await renderSummary({ locale: "pt-BR" }, program);
    expect(fact(single, "When")).toBe("segunda-feira, 27 de abril de 2026");
    expect(fact(range, "When")).toBe("segunda-feira, 8 de junho – quarta-feira, 10 de junho de 2026");
    expect(fact(range, "Time zone")).toBe("Horário de Verão do Leste (GMT-4)");
  });

  it("takes the locale from the page's lang when it has no locale attribute", async () => {
    const wrapper = document.createElement("div");
    wrapper.lang = "pt-BR";
    document.body.append(wrapper);
    const summary = document.createElement("event-summary");
    summary.program = deltaProgram;
    wrapper.append(summary);
    await summary.updateComplete;
    expect(fact(summary, "When")).toBe("segunda-feira, 27 de abril de 2026");
  });

  it("puts the title and section headings at the heading level asked for", async () => {
    const summary = await renderSummary({ headingLevel: 1 }, sigmetricsProgram);
    expect(root(summary).querySelector("[part=title]")?.getAttribute("aria-level")).toBe("1");
    expect([...root(summary).querySelectorAll(".section-heading")].map((node) => node.getAttribute("aria-level"))).toEqual(["2", "2"]);
  });

  it("uses overridden strings", async () => {
    const summary = await renderSummary(
      { strings: { when: "Quando", submitVia: (label) => `Enviar pelo ${label}`, kinds: { workshop: "Oficina" } as never } },
      deltaProgram,
    );
    expect(fact(summary, "Quando")).toBe("Monday, 27 April 2026");
    expect(text(summary, "[part=call-to-action]")).toBe("Enviar pelo OpenReview");
    expect(text(summary, ".badge")).toBe("Oficina");
  });
});

describe("<event-summary> safety", () => {
  it("renders an XSS payload in a title, description and organiser's name as inert text", async () => {
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const program = programWith(sigmetricsProgram, (data) => {
      data.event.title = payload;
      data.event.description = `${payload}\n\nand math $\\href{javascript:window.__pwned=1}{x}$ beside $x^2$`;
      data.people.find((person: any) => person.id === "yuxin-chen").name = payload;
    });
    const summary = await renderSummary({}, program);
    await expect.poll(() => root(summary).querySelector("[part=description] math")).not.toBeNull();
    expect(root(summary).querySelector("img, script, a[href^='javascript']")).toBeNull();
    expect(text(summary, "[part=title]")).toBe(payload);
    expect(text(summary, ".organisers li .person-name")).toBe(payload);
    expect(text(summary, "[part=description] p")).toBe(payload);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("keeps the page's CSS out and its own in", async () => {
    const style = document.createElement("style");
    style.textContent = "* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } article, dl { display: none !important; }";
    document.head.append(style);
    try {
      const summary = await renderSummary();
      expect(getComputedStyle(root(summary).querySelector("article")!).display).toBe("grid");
      expect(getComputedStyle(root(summary).querySelector("[part=facts]")!).display).toBe("grid");
      expect(getComputedStyle(root(summary).querySelector("[part=title]")!).color).not.toBe("rgb(255, 0, 0)");
      expect(getComputedStyle(root(summary).querySelector(".acronym")!).color).not.toBe("rgb(255, 0, 0)");
    } finally {
      style.remove();
    }
  });
});

describe("<event-summary> accessibility", () => {
  it.each([
    ["DeLTa with the call for papers open", deltaProgram, true],
    ["SIGMETRICS (tentative, people to be announced)", sigmetricsProgram, false],
    ["important dates and a date range", programWith(sigmetricsProgram, (data) => ((data.event.endDate = "2026-06-10"), deadlines(data))), false],
  ] as const)("has no violations: %s", async (_name, program, openCallForPapers) => {
    const summary = await renderSummary({}, program);
    if (openCallForPapers) {
      button(summary, "Call for papers").click();
      await summary.updateComplete;
    }
    expect(await findAccessibilityViolations(summary)).toEqual([]);
  });

  it.each([
    ["DeLTa", deltaProgram],
    ["SIGMETRICS", sigmetricsProgram],
  ] as const)("has no violations in dark mode: %s", async (_name, program) => {
    document.body.style.background = "#14181d";
    try {
      const summary = await renderSummary({ theme: "dark" }, program);
      expect(await findAccessibilityViolations(summary)).toEqual([]);
    } finally {
      document.body.style.background = "";
    }
  });
});
