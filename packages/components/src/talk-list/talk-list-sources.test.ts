import { describe, expect, it } from "vitest";
import { programData } from "../testing/fixtures.js";
import {
  cards,
  cardText,
  clean,
  example,
  exampleData,
  meetingOn,
  renderList,
  settle,
  texts,
  tuesdayBefore,
  useCleanPage,
} from "./talk-list-test-kit.js";

useCleanPage();

describe("<talk-list> data sources", () => {
  it("lists the problems of invalid data with their paths and lines, never a blank box", async () => {
    const data = programData(example);
    data.series.terms[1].from = "2026-04-01";
    data.items[2].start = "2026-02-13T25:00";
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    const list = await renderList({ program: undefined, src: url });
    await expect.poll(() => list.shadowRoot!.querySelector("[role=alert]")).not.toBeNull();
    const alert = clean(list.shadowRoot!.querySelector("[role=alert]")!.textContent)!;
    expect(alert).toContain(`The talks from ${url} could not be shown: 1 problem to fix.`);
    expect(alert).toMatch(
      /items\[2\]\.start \(line \d+, column \d+\): "2026-02-13T25:00": "25:00" is not a time of day/,
    );
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
    script.textContent = JSON.stringify(exampleData);
    list.append(script);
    document.body.append(list);
    await settle(list);
    expect(texts(list, ".next-label")).toEqual(["Next talk, in 3 days"]);
  });

  it("says what to do when given no program at all", async () => {
    const list = await renderList({ program: undefined });
    expect(clean(list.shadowRoot!.querySelector("[role=alert]")?.textContent)).toMatch(
      /^No talks to show: set the src attribute/,
    );
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
    expect(clean(meetingOn(list, "2026-02-27").querySelector(".cancelled-label")?.textContent)).toBe(
      `Cancelled: ${payload}`,
    );
    expect(clean(meetingOn(list, "2026-03-13").querySelector(".note")?.textContent)).toBe(payload);
    expect(list.shadowRoot!.querySelector("img, script")).toBeNull();
    expect(card.shadowRoot!.querySelector("img, script")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
