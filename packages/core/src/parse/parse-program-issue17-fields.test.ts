import { describe, expect, it } from "vitest";
import { createProgramJsonSchema } from "../json/program-json-schema.js";
import { linkKinds } from "../model/link.js";
import { parseProgram } from "./parse-program.js";

// The fields issue 17 adds to the format (textFormat, event.language, session.mode, person
// links, author equalContribution, item date/language/translations, tba "time"): each one is
// accepted and kept as written, and a bad value is refused at its path.
const event = { title: "Test Workshop", kind: "workshop", startDate: "2026-06-01", timeZone: "Europe/Berlin" } as const;
const poster = { id: "p1", kind: "poster", title: "A poster", authors: [{ person: "ana" }] } as const;
const people = [{ id: "ana", name: "Ana" }];

const programWithAllNewFields = {
  textFormat: "markdown",
  event: { ...event, language: "pt-BR" },
  people: [{ id: "ana", name: "Ana", links: [{ kind: "orcid", url: "https://orcid.org/0000-0002-1825-0097" }] }],
  sessions: [
    {
      id: "s1",
      title: "Posters",
      mode: "concurrent",
      start: "2026-06-01T14:00",
      end: "2026-06-01T16:00",
      items: ["p1"],
    },
  ],
  items: [
    {
      ...poster,
      authors: [{ person: "ana", equalContribution: true }],
      language: "en",
      translations: [{ language: "pt-BR", title: "Um pôster", abstract: "Resumo." }],
    },
    { id: "t2", kind: "contributed-talk", title: "Later", date: "2026-06-02", tba: ["time"] },
  ],
};

const errorsOf = (input: unknown) => {
  const result = parseProgram(input);
  return result.ok ? [] : result.errors.map((error) => error.path);
};

describe("the fields of issue 17", () => {
  it("accepts every new field and keeps it as written", () => {
    const result = parseProgram(programWithAllNewFields);
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.program).toEqual(programWithAllNewFields);
  });

  it("keeps every old link kind and appends the person link kinds", () => {
    const oldKinds = ["web", "paper", "arxiv", "doi", "pdf", "slides", "poster", "video", "livestream", "code"];
    const moreOldKinds = ["openreview", "submission", "registration", "call-for-papers", "other"];
    const personKinds = ["orcid", "google-scholar", "github", "mastodon", "bluesky", "twitter", "linkedin"];
    expect(linkKinds).toEqual([...oldKinds, ...moreOldKinds, ...personKinds]);
  });

  it.each([
    ["an unknown textFormat", { textFormat: "html", event, items: [] }, "textFormat"],
    ["a language that is not a BCP 47 tag", { event: { ...event, language: "en_US" }, items: [] }, "event.language"],
    [
      "an unknown session mode",
      { event, sessions: [{ id: "s1", title: "S", mode: "parallel", items: [] }], items: [] },
      "sessions[0].mode",
    ],
    ["a date that is not YYYY-MM-DD", { event, items: [{ ...poster, date: "02.06.2026" }], people }, "items[0].date"],
    [
      "a translation without its language",
      { event, items: [{ ...poster, translations: [{ title: "Um pôster" }] }], people },
      "items[0].translations[0].language",
    ],
    [
      "equalContribution that is not a boolean",
      { event, items: [{ ...poster, authors: [{ person: "ana", equalContribution: "yes" }] }], people },
      "items[0].authors[0].equalContribution",
    ],
  ])("refuses %s at its path", (_name, input, path) => {
    expect(errorsOf(input)).toContain(path);
  });

  it('refuses a start together with tba "time", at the start', () => {
    const input = { event, people, items: [{ ...poster, start: "2026-06-01T09:00", duration: 30, tba: ["time"] }] };
    expect(errorsOf(input)).toEqual(["items[0].start"]);
  });

  it("describes the new fields in the JSON Schema editors use", () => {
    const text = JSON.stringify(createProgramJsonSchema());
    for (const field of ["textFormat", "language", "mode", "equalContribution", "translations"]) {
      expect(text).toContain(`"${field}"`);
    }
    expect(text).toContain('"google-scholar"');
  });
});
