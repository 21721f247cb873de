import type { Program } from "@lectern/core";
import { programFrom } from "./fixtures.js";

/**
 * A small two-day, three-room conference in Europe/Berlin across the DST change of
 * 2026-03-29 (clocks jump from 02:00 to 03:00), with what the grid must handle: a 5-minute
 * lightning talk, two overlapping talks in one room, a lunch for everyone, tracks, a speaker
 * with an accented name, and an evening talk that is already the next day in Asia/Tokyo.
 */
export function conferenceProgram(): Program {
  const talk = (
    id: string,
    day: string,
    start: string,
    end: string,
    room: string,
    extra: Record<string, unknown> = {},
  ) => ({
    id,
    kind: "contributed-talk",
    title: `Talk ${id}`,
    start: `${day}T${start}`,
    end: `${day}T${end}`,
    room,
    ...extra,
  });
  return programFrom({
    event: {
      title: "Test Conference",
      acronym: "TC 2026",
      kind: "conference",
      startDate: "2026-03-28",
      endDate: "2026-03-29",
      timeZone: "Europe/Berlin",
    },
    people: [
      { id: "ana", name: "Ana Souza", affiliations: ["USP"] },
      { id: "rene", name: "René Vidal", affiliations: ["Penn"] },
      { id: "kim", name: "Kim Lee" },
    ],
    rooms: [
      { id: "a", name: "Aula" },
      { id: "b", name: "Blue Room" },
      { id: "c", name: "Cellar" },
    ],
    tracks: [
      { id: "theory", name: "Theory", color: "#1f6feb" },
      { id: "systems", name: "Systems", color: "#8250df" },
    ],
    items: [
      talk("a1", "2026-03-28", "09:00", "09:30", "a", { speakers: ["ana"], track: "theory" }),
      talk("a2", "2026-03-28", "09:30", "09:35", "a", {
        kind: "lightning",
        title: "Five minutes on flows",
        speakers: ["kim"],
        track: "theory",
      }),
      talk("a3", "2026-03-28", "09:35", "10:00", "a", { track: "theory" }),
      talk("b1", "2026-03-28", "09:00", "10:00", "b", { speakers: ["rene"], track: "systems" }),
      talk("b2", "2026-03-28", "09:30", "10:00", "b", { track: "systems" }),
      talk("c1", "2026-03-28", "09:00", "09:45", "c", { kind: "poster-session", title: "Posters" }),
      { id: "lunch", kind: "lunch", title: "Lunch", start: "2026-03-28T12:00", end: "2026-03-28T13:00" },
      talk("a4", "2026-03-28", "18:00", "18:30", "a", { title: "Evening talk", speakers: ["ana"] }),
      talk("d2a", "2026-03-29", "10:00", "10:30", "a", { speakers: ["kim"] }),
      talk("d2b", "2026-03-29", "10:00", "10:30", "b", { speakers: ["ana"] }),
      talk("d2c", "2026-03-29", "11:00", "11:30", "c"),
    ],
  });
}
