import { describe, expect, it } from "vitest";
import type { UntimedItem } from "@lectern/core";
import { addDatedTalks, datedMeetings, startOfDayMs, undatedTalks } from "./dated-meetings.js";

const untimed = (id: string, date?: string): UntimedItem => ({
  id,
  item: { id, kind: "invited-talk", ...(date ? { date } : {}) },
  path: `items[${id}]`,
  index: 0,
  status: "confirmed",
  ...(date ? { date } : {}),
  timeToBeAnnounced: date !== undefined,
});

describe("startOfDayMs", () => {
  it.each([
    ["2026-05-22", "Asia/Tokyo", "2026-05-21T15:00:00.000Z"],
    ["2026-05-22", "Pacific/Kiritimati", "2026-05-21T10:00:00.000Z"],
    ["2026-03-29", "Europe/London", "2026-03-29T00:00:00.000Z"],
    // Santiago springs forward at midnight: 00:00 never happens on 6 Sep 2026, the day starts at 01:00 (UTC-3).
    ["2026-09-06", "America/Santiago", "2026-09-06T04:00:00.000Z"],
  ])("%s in %s starts at %s", (date, zone, iso) => {
    expect(new Date(startOfDayMs(date, zone)).toISOString()).toBe(iso);
  });
});

describe("datedMeetings", () => {
  it("gives each date of the dated talks one whole-day meeting with no time text", () => {
    const meetings = datedMeetings(
      [untimed("a", "2026-05-22"), untimed("b"), untimed("c", "2026-05-22")],
      "Asia/Tokyo",
      "en-GB",
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      date: "2026-05-22",
      dateText: "Fri, 22 May 2026",
      timeText: "",
      itemIds: ["a", "c"],
      timeNotAnnounced: true,
    });
    expect(meetings[0]!.endMs - meetings[0]!.startMs).toBe(86_400_000);
  });

  it("adds a dated talk to the timed meeting of its date, and keeps start order", () => {
    const [dated] = datedMeetings([untimed("d", "2026-05-08")], "Asia/Tokyo", "en-GB");
    const timed = { ...dated!, startMs: dated!.startMs + 3_600_000, itemIds: ["t"], timeNotAnnounced: undefined };
    const [other] = datedMeetings([untimed("e", "2026-05-01")], "Asia/Tokyo", "en-GB");
    const merged = addDatedTalks([timed], [dated!, other!]);
    expect(merged.map((meeting) => meeting.itemIds)).toEqual([["e"], ["t", "d"]]);
  });
});

describe("undatedTalks", () => {
  it("keeps the untimed talks with no date that no meeting lists, in program order", () => {
    const [meeting] = datedMeetings([untimed("dated", "2026-05-22")], "Asia/Tokyo", "en-GB");
    const listed = [{ ...meeting!, itemIds: ["dated", "assigned"] }];
    expect(
      undatedTalks([untimed("b"), untimed("dated", "2026-05-22"), untimed("assigned"), untimed("a")], listed),
    ).toEqual(["b", "a"]);
  });
});
