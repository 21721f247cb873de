import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { parseProgramJson } from "../parse/parse-program-json.js";
import { jsonLdScriptText, toJsonLd } from "./to-json-ld.js";

const delta = (() => {
  const result = parseProgramJson(readFileSync(new URL("../../examples/delta-2026.json", import.meta.url), "utf8"));
  if (!result.ok) throw new Error("example invalid");
  return result.program;
})();

describe("toJsonLd", () => {
  const document = toJsonLd(delta);
  const subEvents = document.subEvent as Record<string, any>[];

  it("describes the event with schema.org, its place and host conference", () => {
    expect(document).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Deep Generative Models: Theory, Principle, and Efficacy",
      startDate: "2026-04-27T09:00:00-03:00",
      endDate: "2026-04-27T17:00:00-03:00",
      location: {
        "@type": "Place",
        address: { "@type": "PostalAddress", addressLocality: "Rio de Janeiro", addressCountry: "Brazil" },
      },
      superEvent: { "@type": "Event", name: "ICLR 2026" },
    });
  });

  it("has one subEvent per timed item, with offsets and performers", () => {
    expect(subEvents).toHaveLength(18);
    expect(subEvents.find((event) => event.name === "Lunch")).toMatchObject({
      startDate: "2026-04-27T12:00:00-03:00",
      endDate: "2026-04-27T13:30:00-03:00",
    });
    expect(subEvents.find((event) => event.name.startsWith("Unsupervised Source Separation"))?.performer).toEqual([
      { "@type": "Person", name: "Arnaud Doucet" },
    ]);
  });

  it("marks cancelled items and names performers' affiliations", () => {
    const program = validProgram({
      people: [{ id: "ana", name: "Ana", affiliations: ["USP"] }],
      items: [
        {
          id: "t",
          kind: "keynote",
          title: "K",
          speakers: ["ana"],
          status: "cancelled",
          start: "2026-06-01T10:00",
          end: "2026-06-01T11:00",
        },
      ],
    });
    expect((toJsonLd(program).subEvent as Record<string, unknown>[])[0]).toMatchObject({
      eventStatus: "https://schema.org/EventCancelled",
      performer: [{ "@type": "Person", name: "Ana", affiliation: [{ "@type": "Organization", name: "USP" }] }],
    });
  });
});

describe("jsonLdScriptText", () => {
  it("cannot be broken out of by a title, and parses back to the same data", () => {
    const document = { name: "</script><script>alert(1)</script> & more" };
    const text = jsonLdScriptText(document);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(document);
  });
});

describe("toJsonLd languages and profiles", () => {
  const program = validProgram({
    event: {
      title: "Test Workshop",
      kind: "workshop",
      startDate: "2026-06-01",
      timeZone: "Europe/Berlin",
      language: "pt-BR",
    },
    people: [
      {
        id: "ana",
        name: "Ana Souza",
        homepage: "https://ana.example.org/",
        orcid: "0000-0002-1825-0097",
        links: [
          { kind: "orcid", url: "https://orcid.org/0000-0002-1825-0097" },
          { kind: "github", url: "https://github.com/anasouza" },
        ],
      },
    ],
    items: [
      {
        id: "a",
        kind: "invited-talk",
        title: "Em português",
        speakers: ["ana"],
        start: "2026-06-01T10:00",
        end: "2026-06-01T11:00",
      },
      {
        id: "b",
        kind: "invited-talk",
        title: "In English",
        language: "en",
        start: "2026-06-01T11:00",
        end: "2026-06-01T12:00",
      },
    ],
  });
  const document = toJsonLd(program);
  const subEvents = document.subEvent as Record<string, any>[];

  it("gives inLanguage from the item's language, else the event's", () => {
    expect(document.inLanguage).toBe("pt-BR");
    expect(subEvents.map((event) => event.inLanguage)).toEqual(["pt-BR", "en"]);
  });

  it("gives a person's ORCID and profile links as sameAs, once each, apart from the homepage url", () => {
    expect(subEvents[0]!.performer[0]).toEqual({
      "@type": "Person",
      name: "Ana Souza",
      url: "https://ana.example.org/",
      sameAs: ["https://orcid.org/0000-0002-1825-0097", "https://github.com/anasouza"],
    });
  });
});

describe("toJsonLd authors and dated items", () => {
  const paperProgram = (presenting: boolean) =>
    validProgram({
      people: [
        { id: "ana", name: "Ana Souza", affiliations: ["USP"] },
        { id: "li", name: "Li Na" },
      ],
      items: [
        {
          id: "p",
          kind: "contributed-talk",
          title: "A Paper",
          authors: [
            { person: "ana", affiliations: ["Inria"] },
            { person: "li", ...(presenting ? { presenting } : {}) },
          ],
          start: "2026-06-01T10:00",
          end: "2026-06-01T10:30",
        },
      ],
    });
  const paperEvent = (presenting: boolean) =>
    (toJsonLd(paperProgram(presenting)).subEvent as Record<string, any>[])[0]!;

  it("keeps every author, in order, on the paper it features when nobody is marked presenting", () => {
    const event = paperEvent(false);
    // Nobody is known to present, so nobody is named a performer; the authors are not lost.
    expect(event.performer).toBeUndefined();
    expect(event.workFeatured).toEqual({
      "@type": "ScholarlyArticle",
      name: "A Paper",
      author: [
        { "@type": "Person", name: "Ana Souza", affiliation: [{ "@type": "Organization", name: "Inria" }] },
        { "@type": "Person", name: "Li Na" },
      ],
    });
  });

  it("names the presenting author as performer and still lists all authors on the paper", () => {
    const event = paperEvent(true);
    expect(event.performer).toEqual([{ "@type": "Person", name: "Li Na" }]);
    const program = paperProgram(true);
    program.items[0]!.authors![0]!.presenting = true;
    // The presenter's affiliations for this paper (Inria), not the person's own (USP).
    expect((toJsonLd(program).subEvent as Record<string, any>[])[0]!.performer[0]).toEqual({
      "@type": "Person",
      name: "Ana Souza",
      affiliation: [{ "@type": "Organization", name: "Inria" }],
    });
    expect(event.workFeatured.author.map((person: { name: string }) => person.name)).toEqual(["Ana Souza", "Li Na"]);
  });

  it("writes an item with a date and no time as starting on that date, with no invented end", () => {
    const program = validProgram({
      items: [
        { id: "d", kind: "invited-talk", title: "Dated", date: "2026-06-02", tba: ["time"] },
        { id: "n", kind: "invited-talk", title: "Undated" },
      ],
    });
    const subEvents = toJsonLd(program).subEvent as Record<string, unknown>[];
    expect(subEvents.map((event) => event.name)).toEqual(["Dated"]);
    expect(subEvents[0]).toMatchObject({ startDate: "2026-06-02" });
    expect(subEvents[0]).not.toHaveProperty("endDate");
  });
});
