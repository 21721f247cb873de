import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import {
  cards,
  downloadSeries,
  downloadWith,
  example,
  renderList,
  tuesdayBefore,
  useCleanPage,
} from "./talk-list-test-kit.js";

useCleanPage();

describe("<talk-list> calendar file", () => {
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
    const eventOf = (id: string) =>
      ics
        .replace(/\r\n /g, "")
        .split("BEGIN:VEVENT")
        .find((block) => block.includes(`UID:${id}@`))!;
    expect(eventOf("dit-february")).toContain("STATUS:CANCELLED");
    // EDM, Friday 10 April at 16:00 in London, after the change to summer time: 15:00Z.
    expect(eventOf("edm")).toContain("DTSTART:20260410T150000Z");
    expect(eventOf("latent-diffusion")).toContain("LOCATION:Seminar Room B");
  });

  it("reaches the calendar button and the cards' buttons with the Tab key", async () => {
    const before = document.createElement("button");
    before.textContent = "Before";
    document.body.append(before);
    const list = await renderList();
    before.focus();
    await userEvent.tab();
    expect(list.shadowRoot!.activeElement?.textContent?.trim()).toBe("Add series to calendar");
    const { name } = await downloadWith(() => userEvent.keyboard("{Enter}"));
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

  it("stamps the series' file with the pinned now, and passes that now to its cards for theirs", async () => {
    const list = await renderList();
    const { blob } = await downloadSeries(list);
    expect(await blob.text()).toContain("DTSTAMP:20260407T080000Z");
    const card = cards(list)[0]!;
    expect(card.now).toBe(tuesdayBefore);
    const button = [...card.shadowRoot!.querySelectorAll("button")].find(
      (candidate) => candidate.textContent?.trim() === "Add to calendar",
    )!;
    const single = await downloadWith(() => button.click());
    expect(await single.blob.text()).toContain("DTSTAMP:20260407T080000Z");
  });
});
