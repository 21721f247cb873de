import type { ResolvedItem, ScheduleDay, UntimedItem } from "@lectern/core";
import { describe, expect, it } from "vitest";
import {
  choiceOfHash,
  decodeHash,
  defaultChoice,
  everyDay,
  hashFollowingDay,
  hashOfChoice,
  hashOfTalk,
  hrefOfTalk,
  isChoiceOf,
  readAddress,
  tabChoices,
  talkIdOfHash,
} from "./day-address.js";

const day = (date: string) => ({ date }) as ScheduleDay;
const entry = (id: string, date: string) => ({ id, day: date }) as ResolvedItem;
const twoDays = [day("2026-04-27"), day("2026-04-28")];

describe("day-address", () => {
  it.each([
    ["2026-04-27", "2026-04-27"],
    [everyDay, "all-days"],
  ])("names the choice %s in the address as #%s, and reads it back", (choice, hash) => {
    expect(hashOfChoice(choice)).toBe(hash);
    expect(choiceOfHash(hash)).toBe(choice);
  });

  it("does not read #all as every day: only #all-days names it", () => {
    expect(choiceOfHash("all")).toBeUndefined();
  });

  it.each([
    ["talk-a1", "a1"],
    ["talk-talk-2", "talk-2"],
    ["talk-", ""],
    ["2026-04-27", undefined],
    ["all-days", undefined],
  ])("reads the talk of #%s as %s", (hash, id) => {
    expect(talkIdOfHash(hash)).toBe(id);
  });

  it("writes a talk's fragment, and its link encoded", () => {
    expect(hashOfTalk("a 1")).toBe("talk-a 1");
    expect(hrefOfTalk("a 1/é")).toBe("#talk-a%201%2F%C3%A9");
    expect(decodeHash(hrefOfTalk("a 1/é"))).toBe("talk-a 1/é");
  });

  it.each([
    ["", ""],
    ["#", ""],
    ["#2026-04-27", "2026-04-27"],
    ["#talk-%C3%A9", "talk-é"],
    ["#%E0", ""],
  ])("decodes the address %j as %j, a malformed one as nothing", (raw, decoded) => {
    expect(decodeHash(raw)).toBe(decoded);
  });

  it("lists the tabs' choices: each day, then every day", () => {
    expect(tabChoices(twoDays)).toEqual(["2026-04-27", "2026-04-28", everyDay]);
  });

  it.each([
    [twoDays, "2026-04-28", true],
    [twoDays, "2026-04-29", false],
    [twoDays, everyDay, true],
    [twoDays.slice(0, 1), everyDay, false],
    [twoDays, undefined, false],
  ] as const)("knows whether a choice can be selected (%#)", (days, choice, expected) => {
    expect(isChoiceOf(days, choice)).toBe(expected);
  });
});

describe("readAddress", () => {
  const schedule = {
    days: twoDays,
    items: [entry("a1", "2026-04-27"), entry("b1", "2026-04-28")],
    untimed: [{ id: "poster" } as UntimedItem],
  };

  it.each([
    ["", undefined, {}],
    ["2026-04-28", undefined, { day: "2026-04-28" }],
    ["all-days", "2026-04-27", { day: everyDay }],
    ["all", undefined, {}],
    ["2026-05-01", undefined, {}],
    ["talk-b1", "2026-04-27", { talkId: "b1", day: "2026-04-28" }],
    ["talk-b1", everyDay, { talkId: "b1", day: undefined }],
    ["talk-poster", "2026-04-27", { talkId: "poster", day: undefined }],
    ["talk-nobody", "2026-04-27", {}],
    ["section-3", undefined, {}],
  ] as const)("reads #%s (selected: %s) as %j", (hash, selected, target) => {
    expect(readAddress(hash, schedule, selected)).toEqual(target);
  });

  it.each([
    ["2026-04-27", "2026-04-28", "2026-04-28"],
    ["all-days", "2026-04-28", "2026-04-28"],
    ["2026-04-27", everyDay, "all-days"],
    ["2026-04-28", "2026-04-28", undefined],
    ["talk-a1", "2026-04-28", undefined],
    ["section-3", "2026-04-28", undefined],
    ["", "2026-04-28", undefined],
  ] as const)("makes an address #%s follow day=%s: %s", (hash, choice, written) => {
    expect(hashFollowingDay(hash, twoDays, choice)).toBe(written);
  });
});

describe("defaultChoice", () => {
  const days = [
    { date: "2026-04-27", endMs: 100 },
    { date: "2026-04-28", endMs: 200 },
  ] as ScheduleDay[];

  it.each([
    ["2026-04-28", 0, "2026-04-28"],
    [everyDay, 0, everyDay],
    ["2026-05-01", 0, "2026-04-27"],
    [undefined, 150, "2026-04-28"],
    [undefined, 250, "2026-04-27"],
  ] as const)("with day=%s at %i shows %s", (attribute, nowMs, expected) => {
    expect(defaultChoice(days, attribute, nowMs)).toBe(expected);
  });

  it("shows nothing for a program with no days", () => {
    expect(defaultChoice([], undefined, 0)).toBeUndefined();
  });
});
