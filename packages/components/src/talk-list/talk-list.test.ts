import readingGroup from "@lectern/core/examples/reading-group-2026.json";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { findAccessibilityViolations } from "../testing/axe.js";
import { programData, programFrom } from "../testing/fixtures.js";
import type { TalkCardElement } from "../talk-card/talk-card.element.js";
import "./define.js";
import type { TalkListElement } from "./talk-list.element.js";

const example = programFrom(readingGroup);
/** Tuesday 7 April 2026, 09:00 in London: the next talk (EDM, Friday 10 April) is in 3 days. */
const tuesdayBefore = "2026-04-07T09:00:00+01:00";

async function renderList(props: Partial<TalkListElement> = {}): Promise<TalkListElement> {
  const list = document.createElement("talk-list");
  Object.assign(list, { program: example, now: tuesdayBefore, locale: "en-GB", viewerZone: "Europe/London", ...props });
  document.body.append(list);
  await settle(list);
  return list;
}

/** Waits for the list and every card in it to render. */
async function settle(list: TalkListElement): Promise<void> {
  await list.updateComplete;
  await Promise.all(cards(list).map((card) => card.updateComplete));
}

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim();
const all = (list: TalkListElement, selector: string) => [...list.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const texts = (list: TalkListElement, selector: string) => all(list, selector).map((node) => clean(node.textContent));
const cards = (root: TalkListElement | Element) => [...(root.shadowRoot ?? root).querySelectorAll<TalkCardElement>("talk-card")];
const cardText = (card: TalkCardElement, selector: string) => clean(card.shadowRoot!.querySelector(selector)?.textContent);
/** The meeting `<article>` on a date (`YYYY-MM-DD`). */
const meetingOn = (list: TalkListElement, date: string) =>
  all(list, "article.meeting").find((meeting) => meeting.querySelector(`.meeting-date time`)?.getAttribute("datetime") === date)!;

/** Clicks "Add series to calendar" and returns the file it offered. */
function downloadSeries(list: TalkListElement): Promise<{ blob: Blob; name: string }> {
  return downloadSeriesWith(() => list.shadowRoot!.querySelector<HTMLButtonElement>(".calendar-button")!.click());
}

/** Does what should start a download, and returns the file it offered. */
async function downloadSeriesWith(action: () => unknown): Promise<{ blob: Blob; name: string }> {
  const created: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    created.push(blob as Blob);
    return createObjectURL.call(URL, blob);
  };
  // The download itself is the browser's business; the test reads the file it was given.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    await action();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return { blob: created[0]!, name: names[0]! };
}

afterEach(() => {
  document.body.replaceChildren();
  document.body.style.background = "";
});

describe("<talk-list>", () => {
  it("shows the next talk first, highlighted in text: 'Next talk, in 3 days'", async () => {
    const list = await renderList();
    const first = all(list, "article.meeting")[0]!;
    expect(first.classList.contains("next")).toBe(true);
    expect(clean(first.querySelector(".next-label")?.textContent)).toBe("Next talk, in 3 days");
    expect(clean(first.querySelector(".meeting-date")?.textContent)).toBe("Fri, 10 Apr 2026");
    expect(cardText(cards(first)[0]!, ".title")).toBe("Elucidating the Design Space of Diffusion-Based Generative Models");
    expect(all(list, ".next-label")).toHaveLength(1);
  });

  it("names the next meeting's article with its date and the highlight, for screen readers", async () => {
    const list = await renderList();
    const first = all(list, "article.meeting")[0]!;
    const names = first.getAttribute("aria-labelledby")!.split(" ").map((id) => clean(list.shadowRoot!.getElementById(id)?.textContent));
    expect(names).toEqual(["Fri, 10 Apr 2026", "Next talk, in 3 days"]);
  });

  it("says 'live now' during the meeting, 'tomorrow' the day before", async () => {
    const list = await renderList({ now: "2026-04-10T16:30:00+01:00" });
    expect(texts(list, ".next-label")).toEqual(["Next talk, live now"]);
    expect(all(list, "article.meeting")[0]!.classList.contains("live")).toBe(true);
    list.now = "2026-04-09T18:00:00+01:00";
    await settle(list);
    expect(texts(list, ".next-label")).toEqual(["Next talk, tomorrow"]);
  });

  it("lists the upcoming meetings, then the past ones newest first, under their terms", async () => {
    const list = await renderList();
    expect(texts(list, ".section-heading")).toEqual(["Upcoming talks", "Past talks"]);
    const sections = all(list, "section.section").map((section) => [
      clean(section.querySelector(".section-heading")?.textContent),
      [...section.querySelectorAll(".group")].map((group) => [
        clean(group.querySelector(".group-heading")?.textContent),
        [...group.querySelectorAll(".meeting-date time")].map((time) => time.getAttribute("datetime")),
      ]),
    ]);
    expect(sections).toEqual([
      [
        "Upcoming talks",
        [
          ["Spring term 2026", ["2026-04-10"]],
          ["Autumn term 2026", ["2026-10-02", "2026-10-16", "2026-10-30", "2026-11-13", "2026-11-27", "2026-12-11"]],
        ],
      ],
      ["Past talks", [["Spring term 2026", ["2026-03-27", "2026-03-13", "2026-02-27", "2026-02-13", "2026-01-30", "2026-01-16"]]]],
    ]);
  });

  it("groups by year when the series names no terms", async () => {
    const data = programData(example);
    delete data.series.terms;
    const list = await renderList({ program: data });
    expect(texts(list, ".group-heading")).toEqual(["2026", "2026"]);
  });

  it("nests its headings under the level it is given: sections, terms, dates, talk titles", async () => {
    const list = await renderList({ headingLevel: 3 });
    const level = (selector: string) => [...new Set(all(list, selector).map((node) => node.getAttribute("aria-level")))];
    expect([level(".section-heading"), level(".group-heading"), level(".meeting-date")]).toEqual([["3"], ["4"], ["5"]]);
    expect(new Set(cards(list).map((card) => card.shadowRoot!.querySelector(".title")?.getAttribute("aria-level")))).toEqual(new Set(["6"]));
  });

  it("writes every date unambiguously: weekday, day, month name, year, with a machine-readable date", async () => {
    const list = await renderList();
    const times = all(list, ".meeting-date time");
    expect(times).toHaveLength(13);
    for (const time of times) {
      expect(time.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(clean(time.textContent)).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 2026$/);
    }
  });

  it("writes dates in the page's language when no locale is given", async () => {
    const wrapper = document.createElement("div");
    wrapper.lang = "de";
    document.body.append(wrapper);
    const list = document.createElement("talk-list");
    Object.assign(list, { program: example, now: tuesdayBefore, viewerZone: "Europe/London" });
    wrapper.append(list);
    await settle(list);
    expect(clean(all(list, ".meeting-date")[0]!.textContent)).toBe("Fr., 10. Apr. 2026");
    expect(texts(list, ".next-label")).toEqual(["Next talk, in 3 Tagen"]);
  });

  it("shows a cancelled meeting as 'Cancelled' with its reason, and its talk card as cancelled", async () => {
    const list = await renderList();
    const meeting = meetingOn(list, "2026-02-27");
    expect(meeting.classList.contains("cancelled")).toBe(true);
    expect(clean(meeting.querySelector(".cancelled-label")?.textContent)).toBe("Cancelled: Department away day; the paper moves to the autumn term");
    expect(cardText(cards(meeting)[0]!, ".status-cancelled")).toBe("Cancelled");
  });

  it("cancels the talk of a meeting the series cancels, even if the item still says confirmed", async () => {
    const data = programData(example);
    data.series.cancellations.push({ date: "2026-10-02", reason: "Strike" });
    const list = await renderList({ program: data });
    const meeting = meetingOn(list, "2026-10-02");
    expect(clean(meeting.querySelector(".cancelled-label")?.textContent)).toBe("Cancelled: Strike");
    expect(cardText(cards(meeting)[0]!, ".status-cancelled")).toBe("Cancelled");
    // The next talk is the first one that is not cancelled.
    expect(clean(all(list, "article.next .meeting-date")[0]?.textContent)).toBe("Fri, 10 Apr 2026");
  });

  it("shows a one-off change's note, and the changed room on the card", async () => {
    const list = await renderList();
    const meeting = meetingOn(list, "2026-03-13");
    expect(clean(meeting.querySelector(".note")?.textContent)).toBe("In Seminar Room B this week (Room A is booked for exams)");
    expect(cardText(cards(meeting)[0]!, ".place")).toBe("Room: Seminar Room B");
    expect(cardText(cards(meetingOn(list, "2026-03-27"))[0]!, ".place")).toBe("Room: Seminar Room A");
  });

  it("says 'Speaker to be announced' for a meeting with no talk yet, with its time and room", async () => {
    const list = await renderList();
    const meeting = meetingOn(list, "2026-11-27");
    expect(cards(meeting)).toHaveLength(0);
    expect(clean(meeting.querySelector(".tba")?.textContent)).toBe("Speaker to be announced");
    expect(clean(meeting.querySelector(".meta")?.textContent)).toBe("16:00–17:00 Greenwich Mean Time (GMT+0) Room: Seminar Room A");
    expect(cards(meetingOn(list, "2026-12-11"))[0]!.shadowRoot!.textContent).toContain("Speaker to be announced");
  });

  it("passes its locale, zones and time-zone mode to the cards", async () => {
    const list = await renderList({ viewerZone: "America/New_York", timeZoneMode: "both" });
    const card = cards(meetingOn(list, "2026-04-10"))[0]!;
    expect([card.locale, card.viewerZone, card.timeZoneMode, card.theme]).toEqual(["en-GB", "America/New_York", "both", "light"]);
    expect(cardText(card, ".viewer-time")).toBe("11:00–12:00 GMT-4 (your time)");
  });

  it("downloads one valid .ics with every talk, the cancelled one CANCELLED", async () => {
    const list = await renderList();
    const fired: [string, number][] = [];
    list.addEventListener("series-calendar-download", (event) => fired.push([event.fileName, event.talkCount]));
    const { blob, name } = await downloadSeries(list);
    const ics = await blob.text();
    expect([blob.type, name]).toEqual(["text/calendar", "generative-models-reading-group.ics"]);
    expect(fired).toEqual([["generative-models-reading-group.ics", 12]]);
    // RFC 5545 framing: CRLF line ends, lines of at most 75 octets, components balanced.
    expect(ics.endsWith("\r\n")).toBe(true);
    const lines = ics.slice(0, -2).split("\r\n");
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75 && !/[\r\n]/.test(line))).toBe(true);
    const unfolded = ics.replace(/\r\n /g, "").split("\r\n");
    expect([unfolded[0], unfolded.at(-2)]).toEqual(["BEGIN:VCALENDAR", "END:VCALENDAR"]);
    expect(unfolded.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(12);
    expect(unfolded.filter((line) => line === "END:VEVENT")).toHaveLength(12);
    const uids = unfolded.filter((line) => line.startsWith("UID:")).map((line) => line.slice(4, line.indexOf("@")));
    expect(uids.sort()).toEqual(example.items.map((item) => item.id).sort());
    const eventOf = (id: string) => ics.replace(/\r\n /g, "").split("BEGIN:VEVENT").find((block) => block.includes(`UID:${id}@`))!;
    expect(eventOf("dit-february")).toContain("STATUS:CANCELLED");
    // EDM, Friday 10 April at 16:00 in London, after the change to summer time: 15:00Z.
    expect(eventOf("edm")).toContain("DTSTART:20260410T150000Z");
    expect(eventOf("latent-diffusion")).toContain("LOCATION:Seminar Room B");
  });

  it("lists the problems of invalid data with their paths and lines, never a blank box", async () => {
    const data = programData(example);
    data.series.terms[1].from = "2026-04-01";
    data.items[2].start = "2026-02-13T25:00";
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    const list = await renderList({ program: undefined, src: url });
    await expect.poll(() => list.shadowRoot!.querySelector("[role=alert]")).not.toBeNull();
    const alert = clean(list.shadowRoot!.querySelector("[role=alert]")!.textContent)!;
    expect(alert).toContain(`The talks from ${url} could not be shown: 1 problem to fix.`);
    expect(alert).toMatch(/items\[2\]\.start \(line \d+, column \d+\): "2026-02-13T25:00": "25:00" is not a time of day/);
    data.items[2].start = "2026-02-13T16:00";
    list.program = data;
    await settle(list);
    expect(clean(list.shadowRoot!.querySelector("[role=alert]")!.textContent)).toMatch(
      /series\.terms\[1\]\.from: overlaps series\.terms\[0\] \("Spring term 2026", 2026-01-12 to 2026-04-17\)/,
    );
  });

  it("reads the program from an inline JSON script", async () => {
    const list = document.createElement("talk-list");
    list.setAttribute("now", tuesdayBefore);
    list.setAttribute("locale", "en-GB");
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = JSON.stringify(readingGroup);
    list.append(script);
    document.body.append(list);
    await settle(list);
    expect(texts(list, ".next-label")).toEqual(["Next talk, in 3 days"]);
  });

  it("says what to do when given no program at all", async () => {
    const list = await renderList({ program: undefined });
    expect(clean(list.shadowRoot!.querySelector("[role=alert]")?.textContent)).toMatch(/^No talks to show: set the src attribute/);
  });

  it("renders an XSS payload in a title, abstract, reason and note as inert text", async () => {
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const data = programData(example);
    const edm = data.items.find((item: { id: string }) => item.id === "edm");
    Object.assign(edm, { title: payload, abstract: payload });
    data.series.cancellations[0].reason = payload;
    data.series.changes[0].note = payload;
    const list = await renderList({ program: data });
    const card = cards(meetingOn(list, "2026-04-10"))[0]!;
    card.expanded = true;
    await card.updateComplete;
    expect(cardText(card, ".title")).toBe(payload);
    expect(cardText(card, ".abstract")).toBe(payload);
    expect(clean(meetingOn(list, "2026-02-27").querySelector(".cancelled-label")?.textContent)).toBe(`Cancelled: ${payload}`);
    expect(clean(meetingOn(list, "2026-03-13").querySelector(".note")?.textContent)).toBe(payload);
    expect(list.shadowRoot!.querySelector("img, script")).toBeNull();
    expect(card.shadowRoot!.querySelector("img, script")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("reaches the calendar button and the cards' buttons with the Tab key", async () => {
    const before = document.createElement("button");
    before.textContent = "Before";
    document.body.append(before);
    const list = await renderList();
    before.focus();
    await userEvent.tab();
    expect(list.shadowRoot!.activeElement?.textContent?.trim()).toBe("Add series to calendar");
    const { name } = await downloadSeriesWith(() => userEvent.keyboard("{Enter}"));
    expect(name).toBe("generative-models-reading-group.ics");
    // Then the first card (EDM): its two links, then its buttons.
    const first = cards(list)[0]!;
    const focused: (string | undefined)[] = [];
    for (let step = 0; step < 4; step += 1) {
      await userEvent.tab();
      focused.push(first.shadowRoot!.activeElement?.textContent?.trim());
    }
    expect(focused).toEqual(["arXiv", "PDF", "Show abstract", "Add to calendar"]);
  });

  it("uses overridden strings, in the list and in its cards", async () => {
    const list = await renderList({
      strings: { upcoming: "Próximas palestras", nextTalk: (relative) => `Próxima palestra, ${relative}`, showAbstract: "Mostrar resumo" },
      locale: "pt-BR",
    });
    expect(texts(list, ".section-heading")[0]).toBe("Próximas palestras");
    expect(texts(list, ".next-label")).toEqual(["Próxima palestra, em 3 dias"]);
    expect(cardText(cards(list)[0]!, ".actions button")).toBe("Mostrar resumo");
  });

  it("shows every meeting as past, with no next talk, once the series is over", async () => {
    const list = await renderList({ now: "2027-01-08T12:00:00Z" });
    expect(all(list, ".next-label")).toHaveLength(0);
    expect(clean(list.shadowRoot!.querySelector(".upcoming .empty")?.textContent)).toBe("No upcoming talks.");
    expect(texts(list, ".past .group-heading")).toEqual(["Autumn term 2026", "Spring term 2026"]);
  });

  it("puts the date beside the talks when wide, above them when narrow", async () => {
    const list = await renderList();
    const meeting = all(list, "article.meeting")[1]!;
    list.style.width = "60rem";
    expect(getComputedStyle(meeting).gridTemplateColumns.split(" ")).toHaveLength(2);
    list.style.width = "20rem";
    expect(getComputedStyle(meeting).gridTemplateColumns.split(" ")).toHaveLength(1);
  });

  it.each([
    ["the next talk three days away", tuesdayBefore, "light"],
    ["a live talk", "2026-04-10T16:30:00+01:00", "light"],
    ["dark theme", tuesdayBefore, "dark"],
    ["everything past", "2027-01-08T12:00:00Z", "light"],
  ] as const)("has no accessibility violations: %s", async (_name, now, theme) => {
    if (theme === "dark") document.body.style.background = "#14181d";
    const list = await renderList({ now, theme });
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });

  it("has no accessibility violations when showing problems", async () => {
    const list = await renderList({ program: { event: {}, items: "none" } });
    // Worded once zod's part has loaded: check the problems, not the "Loading…" before them.
    await expect.poll(() => list.shadowRoot!.querySelector("[role=alert] li"), { timeout: 10_000 }).not.toBeNull();
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });
});
