import { describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { programFrom } from "../testing/fixtures.js";
import { issue17Data } from "../testing/issue17-program.js";
import { cardText, cards, meetingOn, renderList, settle, useCleanPage } from "./talk-list-test-kit.js";

useCleanPage();

// 1 May 2026, 09:00 in Tokyo: every talk of the fixture is still to come.
const now = "2026-05-01T09:00:00+09:00";
// The list checks the program it is given, so it gets the fixture as parsed (no unsafe link slipped in).
const issue17Program = (textFormat?: "plain" | "markdown") => programFrom(issue17Data(textFormat));

describe("<talk-list> with the fields of issue 17", () => {
  it("lists a talk that has only a date under that date, saying its time is not announced", async () => {
    const list = await renderList({ program: issue17Program(), now, viewerZone: "Asia/Tokyo" });
    const meeting = meetingOn(list, "2026-05-22");
    expect(meeting).toBeDefined();
    const [card] = cards(meeting);
    expect(card!.itemId).toBe("dated");
    expect(cardText(card!, ".time")).toBe("Fri, 22 May 2026 Time not announced");
  });

  it("gives each card the program's text format and the session it is in", async () => {
    const list = await renderList({ program: issue17Program("markdown"), now, viewerZone: "Asia/Tokyo" });
    const oral = cards(list).find((card) => card.itemId === "oral")!;
    expect(oral.textFormat).toBe("markdown");
    expect(oral.session?.title).toBe("Orals I");
    expect(cardText(oral, ".session")).toBe("Session: Orals I Chair: Ana Silva");
    const german = cards(list).find((card) => card.itemId === "german")!;
    expect(german.session).toBeUndefined();
  });

  it("has no accessibility violations", async () => {
    const list = await renderList({ program: issue17Program(), now, viewerZone: "Asia/Tokyo" });
    await settle(list);
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });
});
