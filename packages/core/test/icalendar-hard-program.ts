import { validProgram } from "./valid-program.js";
import type { Item } from "../src/model/item.js";

// Test fixture: a program written to be hard to escape and fold (every character RFC 5545
// escapes, long multi-byte text, emoji, a person to be announced).

export const longText =
  "Über die Schrödinger-Gleichung: naïve Ansätze, Maß und Ökonomie — 日本語の要約と한국어 요약; ελληνικά, русский текст 😀🧪👩‍🔬 ".repeat(
    4,
  );
export const longTitle =
  "Équations aux dérivées partielles stochastiques, théorie ergodique; et 機械学習 🚀 — une étude très approfondie";

export const hardItems: Item[] = [
  {
    id: "talk-1",
    kind: "invited-talk",
    title: "Commas, semicolons; backslashes \\ and \\(K\\)",
    abstract: `Reconstruct \\(K\\) sources, i.e. $x^2$; see C:\\path\\to\\file.\n${longText}`,
    speakers: ["rene"],
    room: "hall",
    start: "2026-06-01T09:00",
    end: "2026-06-01T09:45",
  },
  {
    id: "talk-2",
    kind: "contributed-talk",
    title: longTitle,
    abstract: 'Line one\nline two\r\nline three\n\nSecond paragraph 😀, with "quotes" and a colon: here.',
    authors: [{ person: "obrien", presenting: true }, { person: "zoe" }],
    room: "hall",
    start: "2026-06-01T10:00",
    duration: 20,
    status: "tentative",
  },
  {
    id: "talk-3",
    kind: "invited-talk",
    speakers: ["mystery"],
    tba: ["title", "abstract"],
    start: "2026-06-01T11:00",
    duration: 30,
    status: "cancelled",
  },
  {
    id: "lunch",
    kind: "lunch",
    title: "Lunch ☕, on the terrace; weather permitting",
    start: "2026-06-01T12:00",
    end: "2026-06-01T13:30",
    status: "confirmed",
  },
];

export const hardProgram = validProgram({
  event: {
    title: "Logic, Proof; and Types \\ Workshop 🧪",
    acronym: "LPT, 2026",
    kind: "workshop",
    startDate: "2026-06-01",
    timeZone: "Europe/Berlin",
    venue: { name: "Centre des congrès; Niveau 2", city: "Montréal", country: "Canada" },
  },
  people: [
    { id: "rene", name: "René Vidal" },
    { id: "obrien", name: "O'Brien, Séan" },
    { id: "zoe", name: "Zoë; Ünal \\ 🚀" },
    { id: "mystery", tba: ["name"] },
  ],
  rooms: [{ id: "hall", name: "Salle A, étage 2; aile est" }],
  items: hardItems,
});
