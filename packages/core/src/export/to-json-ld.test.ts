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
