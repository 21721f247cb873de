import type { Program } from "@lectern/core";
import { programFrom } from "./fixtures.js";

/**
 * A small program holding what issue 17 added to the model: Markdown texts, person links
 * (one of them unsafe), equal-contribution authors, an item in another language with a
 * translation, a date-only item, a time to be announced, and a session with a chair. Tokyo
 * (UTC+9, far from UTC) so that a date shifted by a zone would show.
 */
export function issue17Data(textFormat: "plain" | "markdown" = "markdown"): Record<string, any> {
  return {
    version: 1,
    textFormat,
    event: {
      title: "Kyoto Seminar",
      kind: "seminar-series",
      startDate: "2026-05-01",
      endDate: "2026-05-31",
      timeZone: "Asia/Tokyo",
      language: "en",
    },
    people: [
      {
        id: "jane",
        name: "Jane Doe",
        orcid: "0000-0002-1825-0097",
        links: [{ kind: "github", url: "https://github.com/janedoe" }],
      },
      { id: "li", name: "Li Na", links: [{ kind: "bluesky", url: "https://bsky.app/profile/lina.bsky.social" }] },
      { id: "ana", name: "Ana Silva" },
    ],
    sessions: [{ id: "orals-1", title: "Orals I", chairs: ["ana"], items: ["oral"] }],
    items: [
      {
        id: "oral",
        kind: "contributed-talk",
        title: "Learning *fast*",
        start: "2026-05-08T10:00",
        duration: 20,
        abstract: "We show **two** things:\n\n- one\n- [two](https://example.org/two)\n\n<img src=x onerror=alert(1)>",
        authors: [
          { person: "jane", equalContribution: true },
          { person: "li", equalContribution: true, presenting: true },
          { person: "ana" },
        ],
      },
      {
        id: "german",
        kind: "invited-talk",
        title: "Über Lernen",
        language: "de",
        start: "2026-05-15T10:00",
        duration: 60,
        abstract: "Eine Einführung.",
        speakers: ["ana"],
        translations: [{ language: "en", title: "On learning", abstract: "An introduction." }],
      },
      { id: "dated", kind: "invited-talk", title: "A talk on a date", date: "2026-05-22", speakers: ["jane"] },
      { id: "tba-time", kind: "invited-talk", title: "A talk whose time is to come", tba: ["time"], speakers: ["li"] },
    ],
  };
}

/**
 * {@link issue17Data}, parsed; then a `javascript:` link is slipped into Jane's links, as a
 * page's script could set on a program given as a property (the parser itself rejects it).
 */
export function issue17Program(textFormat: "plain" | "markdown" = "markdown"): Program {
  const program = programFrom(issue17Data(textFormat));
  const jane = program.people!.find((person) => person.id === "jane")!;
  (jane.links as { kind: string; url: string }[]).push({ kind: "mastodon", url: "javascript:alert(1)" });
  return program;
}
