import { afterEach, describe, expect, it } from "vitest";
import { sigmetricsProgram } from "../testing/fixtures.js";
import { button, fact, renderSummary, root, text, texts, tidy } from "./event-summary-test-kit.js";

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
    expect([link.textContent, link.href]).toEqual([
      "delta.workshop.ml@gmail.com",
      "mailto:delta.workshop.ml@gmail.com",
    ]);
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
    expect(paragraphs[3]).toBe(
      "This workshop will center around these challenges, aiming to bring together experts from learning theory and applications.",
    );
  });

  it("keeps the call for papers folded behind a button with aria-expanded", async () => {
    const summary = await renderSummary();
    const toggle = button(summary, "Call for papers");
    const body = root(summary).getElementById(toggle.getAttribute("aria-controls")!)!;
    // hidden="until-found" hides the contents (content-visibility), not the box itself.
    expect([toggle.getAttribute("aria-expanded"), body.querySelector("p")!.checkVisibility()]).toEqual([
      "false",
      false,
    ]);
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
    expect([toggle.getAttribute("aria-expanded"), body.querySelector("p")!.checkVisibility()]).toEqual([
      "false",
      false,
    ]);
  });

  it("opens a folded section when the browser's find-in-page matches inside it", async () => {
    const summary = await renderSummary();
    const body = root(summary).getElementById(button(summary, "Call for papers").getAttribute("aria-controls")!)!;
    expect(body.getAttribute("hidden")).toBe("until-found");
    body.dispatchEvent(new Event("beforematch"));
    await summary.updateComplete;
    expect([body.hasAttribute("hidden"), button(summary, "Call for papers").getAttribute("aria-expanded")]).toEqual([
      false,
      "true",
    ]);
  });

  it("lists the award with its description", async () => {
    const summary = await renderSummary();
    expect(text(summary, ".award-name")).toBe("Best paper");
    expect(text(summary, ".award p")).toBe(
      "The workshop will select the best paper to recognize outstanding contributions in the field.",
    );
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
    expect(texts(summary, ".organisers li")).toEqual([
      "Yuxin Chen, Organizer (UPenn)",
      "Laixi Shi, Organizer (JHU)",
      "Yingying Li, Organizer (UIUC)",
    ]);
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
    expect(
      root(summary).querySelector("[part=links], [part=important-dates], [part=awards], [part=details]"),
    ).toBeNull();
  });
});
