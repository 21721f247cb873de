import { describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { programFrom } from "../testing/fixtures.js";
import { cardText, cards, clean, renderList, settle, useCleanPage } from "./talk-list-test-kit.js";

useCleanPage();

const now = "2026-05-01T09:00:00+09:00";
const program = (withTimed: boolean) =>
  programFrom({
    event: { title: "Lab seminar", kind: "seminar-series", startDate: "2026-05-01", timeZone: "Asia/Tokyo" },
    people: [{ id: "jane", name: "Jane Doe" }],
    items: [
      ...(withTimed
        ? [{ id: "timed", kind: "invited-talk", title: "A timed talk", start: "2026-05-08T16:00", duration: 60 }]
        : []),
      { id: "someday", kind: "invited-talk", title: "A talk still to be dated", tba: ["time"], speakers: ["jane"] },
    ],
  });

describe("<talk-list>: a talk whose time, date included, is to be announced", () => {
  it("is listed after the upcoming meetings under Date to be announced, its card saying time not announced", async () => {
    const list = await renderList({ program: program(true), now, viewerZone: "Asia/Tokyo" });
    const group = list.shadowRoot!.querySelector<HTMLElement>(".upcoming .undated")!;
    expect(group).not.toBeNull();
    expect(clean(group.querySelector(".group-heading")!.textContent)).toBe("Date to be announced");
    const [card] = cards(group);
    expect(card!.itemId).toBe("someday");
    expect(cardText(card!, ".time")).toBe("Time not announced");
    // After the timed meeting, never instead of it.
    expect(cards(list).map((each) => each.itemId)).toEqual(["timed", "someday"]);
    await settle(list);
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });

  it("is shown when it is the only talk, with no 'No upcoming talks' beside it", async () => {
    const list = await renderList({ program: program(false), now, viewerZone: "Asia/Tokyo" });
    expect(cards(list).map((each) => each.itemId)).toEqual(["someday"]);
    expect(list.shadowRoot!.querySelector(".empty")).toBeNull();
  });
});
