import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { c3vocErrors, frabXmlErrors } from "../../test/fuzz/oracles.js";
import { importMiniconf } from "../import/miniconf-csv.js";
import { toC3voc } from "./to-c3voc.js";
import { toFrabXml } from "./to-frab-xml.js";
import { toJsonLd } from "./to-json-ld.js";

// EMNLP 2020's real papers and Q&A sessions (test/fixtures/miniconf/README.md names the
// repository, commit and path). Read by hand in paper_sessions.yml: z1A and z1B have a
// zoom_link each, g1A (a Gather session) none; main.438 is in z1A, main.84 in z1B, main.130 in g1A.
const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/miniconf/${name}`, import.meta.url), "utf8");
const imported = importMiniconf(
  {
    papers: fixture("emnlp2020-main_papers.csv"),
    sessions: fixture("emnlp2020-paper_sessions.yml"),
    sessionsFileName: "paper_sessions.yml",
  },
  { title: "EMNLP 2020", timeZone: "UTC", startDate: "2020-11-16" },
);
if (!imported.ok) throw new Error(imported.errors.map((error) => error.message).join("\n"));
const program = imported.program;
const z1A = "Zoom Q&A Session 1A: Sentiment Analysis, Stylistic Analysis, and Argument Mining";
const z1AZoom = "https://us02web.zoom.us/j/86415082986?pwd=c0hCZDY1VEJOTGtVV21LbHZlSmhDdz09";
const z1BZoom = "https://us02web.zoom.us/j/82453765034?pwd=cnhBc2NhWFJMeVZpYjBCWmFXZnZoQT09";
const titleOf = (id: string) => program.items.find((item) => item.id === id)!.title!;

describe("c3voc and frab carry a session's Zoom link with each of its talks (EMNLP 2020)", () => {
  const { document } = toC3voc(program);
  type Written = { title: string; links: { url: string; title?: string; type: string }[] };
  const events = (document.schedule as { conference: { days: { rooms: Record<string, Written[]> }[] } }).conference.days
    .flatMap((day) => Object.values(day.rooms).flat())
    .map((event) => [event.title, event] as const);
  const writtenOf = (id: string) => new Map(events).get(titleOf(id))!;

  it("adds the session's link, named for the session, after the talk's own links", () => {
    const links = writtenOf("main.438").links;
    expect(links.at(-1)).toEqual({ url: z1AZoom, title: `Zoom (${z1A})`, type: "web" });
    expect(links.filter((link) => link.url === z1AZoom)).toHaveLength(1);
    expect(writtenOf("main.84").links.at(-1)).toMatchObject({
      url: z1BZoom,
      title: "Zoom (Zoom Q&A Session 1B: Machine Translation and Multilinguality)",
    });
    // A Gather session with no link gives its papers none.
    expect(writtenOf("main.130").links.some((link) => link.url.includes("zoom.us"))).toBe(false);
    expect(c3vocErrors(document)).toEqual([]);
  });

  it("writes them as frab <link>s in a file the XSD accepts", () => {
    const { xml, errors } = toFrabXml(program);
    expect(errors).toEqual([]);
    const zoomLinks = [...xml.matchAll(/<link href="([^"]*zoom\.us[^"]*)" type="web">([^<]*)<\/link>/g)];
    // z1A has 4 papers and z1B 5 (TACL.1997 among them), each written once with its session's link.
    const perSession = (url: string) => zoomLinks.filter((match) => match[1] === url.replace(/&/g, "&amp;"));
    expect([perSession(z1AZoom).length, perSession(z1BZoom).length]).toEqual([
      program.sessions!.find((session) => session.id === "z1A")!.items.length,
      program.sessions!.find((session) => session.id === "z1B")!.items.length,
    ]);
    expect(perSession(z1AZoom)[0]![2]).toBe(`Zoom (${z1A.replace(/&/g, "&amp;")})`);
    expect(frabXmlErrors(xml)).toEqual([]);
  });
});

describe("JSON-LD puts a session's Zoom link where schema.org has a place for it (EMNLP 2020)", () => {
  const subEvents = toJsonLd(program).subEvent as Record<string, unknown>[];
  const subEventOf = (id: string) => subEvents.find((event) => event.name === titleOf(id))!;

  it("is a VirtualLocation of each talk in the session, which makes the talk online", () => {
    // The program has no venue and the sessions file no rooms: the call is the only place.
    expect(subEventOf("main.438")).toMatchObject({
      location: { "@type": "VirtualLocation", name: `Zoom (${z1A})`, url: z1AZoom },
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    });
    expect(subEventOf("main.84").location).toMatchObject({ url: z1BZoom });
    expect(subEventOf("main.130")).not.toHaveProperty("location");
    expect(subEventOf("main.130")).not.toHaveProperty("eventAttendanceMode");
  });
});
