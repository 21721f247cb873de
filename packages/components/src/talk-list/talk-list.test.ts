import { describe, expect, it } from "vitest";
import { programData } from "../testing/fixtures.js";
import {
  all,
  cards,
  cardText,
  clean,
  example,
  meetingOn,
  renderList,
  settle,
  texts,
  tuesdayBefore,
  useCleanPage,
} from "./talk-list-test-kit.js";

useCleanPage();

describe("<talk-list> meetings", () => {
  it("shows the next talk first, highlighted in text: 'Next talk, in 3 days'", async () => {
    const list = await renderList();
    const first = all(list, "article.meeting")[0]!;
    expect(first.classList.contains("next")).toBe(true);
    expect(clean(first.querySelector(".next-label")?.textContent)).toBe("Next talk, in 3 days");
    expect(clean(first.querySelector(".meeting-date")?.textContent)).toBe("Fri, 10 Apr 2026");
    expect(cardText(cards(first)[0]!, ".title")).toBe(
      "Elucidating the Design Space of Diffusion-Based Generative Models",
    );
    expect(all(list, ".next-label")).toHaveLength(1);
  });

  it("names the next meeting's article with its date and the highlight, for screen readers", async () => {
    const list = await renderList();
    const first = all(list, "article.meeting")[0]!;
    const names = first
      .getAttribute("aria-labelledby")!
      .split(" ")
      .map((id) => clean(list.shadowRoot!.getElementById(id)?.textContent));
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
      [
        "Past talks",
        [["Spring term 2026", ["2026-03-27", "2026-03-13", "2026-02-27", "2026-02-13", "2026-01-30", "2026-01-16"]]],
      ],
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
    const level = (selector: string) => [
      ...new Set(all(list, selector).map((node) => node.getAttribute("aria-level"))),
    ];
    expect([level(".section-heading"), level(".group-heading"), level(".meeting-date")]).toEqual([["3"], ["4"], ["5"]]);
    expect(
      new Set(cards(list).map((card) => card.shadowRoot!.querySelector(".title")?.getAttribute("aria-level"))),
    ).toEqual(new Set(["6"]));
  });

  it("writes every date unambiguously: weekday, day, month name, year, with a machine-readable date", async () => {
    const list = await renderList();
    const times = all(list, ".meeting-date time");
    expect(times).toHaveLength(13);
    for (const time of times) {
      expect(time.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(clean(time.textContent)).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 2026$/,
      );
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
    expect(clean(meeting.querySelector(".cancelled-label")?.textContent)).toBe(
      "Cancelled: Department away day; the paper moves to the autumn term",
    );
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
    expect(clean(meeting.querySelector(".note")?.textContent)).toBe(
      "In Seminar Room B this week (Room A is booked for exams)",
    );
    expect(cardText(cards(meeting)[0]!, ".place")).toBe("Room: Seminar Room B");
    expect(cardText(cards(meetingOn(list, "2026-03-27"))[0]!, ".place")).toBe("Room: Seminar Room A");
  });

  it("says 'Speaker to be announced' for a meeting with no talk yet, with its time and room", async () => {
    const list = await renderList();
    const meeting = meetingOn(list, "2026-11-27");
    expect(cards(meeting)).toHaveLength(0);
    expect(clean(meeting.querySelector(".tba")?.textContent)).toBe("Speaker to be announced");
    expect(clean(meeting.querySelector(".meta")?.textContent)).toBe(
      "16:00–17:00 Greenwich Mean Time (GMT+0) Room: Seminar Room A",
    );
    expect(cards(meetingOn(list, "2026-12-11"))[0]!.shadowRoot!.textContent).toContain("Speaker to be announced");
  });

  it("passes its locale, zones and time-zone mode to the cards", async () => {
    const list = await renderList({ viewerZone: "America/New_York", timeZoneMode: "both" });
    const card = cards(meetingOn(list, "2026-04-10"))[0]!;
    expect([card.locale, card.viewerZone, card.timeZoneMode, card.theme]).toEqual([
      "en-GB",
      "America/New_York",
      "both",
      "light",
    ]);
    expect(cardText(card, ".viewer-time")).toBe("11:00–12:00 GMT-4 (your time)");
  });

  it("uses overridden strings, in the list and in its cards", async () => {
    const list = await renderList({
      strings: {
        upcoming: "Próximas palestras",
        nextTalk: (relative) => `Próxima palestra, ${relative}`,
        showAbstract: "Mostrar resumo",
      },
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
});
