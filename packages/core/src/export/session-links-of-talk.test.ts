import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { titleOfLink } from "./link-title.js";
import { sessionLinksOfTalk } from "./session-links-of-talk.js";
import { toC3voc } from "./to-c3voc.js";
import { toJsonLd } from "./to-json-ld.js";

const session = {
  id: "orals-1",
  title: "Orals I",
  items: ["t"],
  links: [
    { kind: "web" as const, url: "https://zoom.us/j/1", label: "Zoom" },
    { kind: "livestream" as const, url: "https://www.youtube.com/watch?v=x" },
    { kind: "web" as const, url: "mailto:chair@example.org", label: "Write to the chair" },
    { kind: "web" as const, url: "https://zoom.us/j/1", label: "Zoom again" },
  ],
};

describe("sessionLinksOfTalk", () => {
  it("names each http(s) link of the session for it, once per address, and leaves mailto out", () => {
    expect(sessionLinksOfTalk([], session)).toEqual([
      { kind: "web", url: "https://zoom.us/j/1", label: "Zoom (Orals I)" },
      { kind: "livestream", url: "https://www.youtube.com/watch?v=x", label: "Livestream (Orals I)" },
    ]);
  });

  it("leaves out a link the talk has already, compared as written (percent-encoded)", () => {
    const own = [{ kind: "video" as const, url: "https://www.youtube.com/watch?v=x" }];
    expect(sessionLinksOfTalk(own, session).map((link) => link.url)).toEqual(["https://zoom.us/j/1"]);
    const iri = { ...session, links: [{ kind: "web" as const, url: "https://例え.jp/call" }] };
    expect(sessionLinksOfTalk([{ kind: "web", url: "https://%E4%BE%8B%E3%81%88.jp/call" }], iri)).toEqual([]);
  });

  it("gives nothing for a talk in no session", () => {
    expect(sessionLinksOfTalk([], undefined)).toEqual([]);
  });

  it("names a link without a label by its kind", () => {
    expect(
      ["web", "other", "call-for-papers"].map((kind) => titleOfLink({ kind, url: "https://x.org" } as never)),
    ).toEqual(["Web page", "Link", "Call-for-papers"]);
  });
});

describe("a session's links in the exports, beside a room", () => {
  const program = validProgram({
    event: { venue: { name: "Centro", city: "Rio de Janeiro" } },
    rooms: [{ id: "main", name: "Main hall" }],
    sessions: [{ ...session, room: "main", start: "2026-06-01T09:00" }],
    items: [
      {
        id: "t",
        kind: "contributed-talk",
        title: "Beat tracking",
        duration: 20,
        links: [{ kind: "web", url: "https://zoom.us/j/1", label: "Our own call" }],
      },
    ],
  });

  it("c3voc does not repeat a session link the talk has (here as its page, the event's url)", () => {
    const { document } = toC3voc(program);
    type Written = { url: string; links: unknown[] };
    const day = (document.schedule as { conference: { days: { rooms: Record<string, Written[]> }[] } }).conference
      .days[0]!;
    const [talk] = day.rooms["Main hall"]!;
    expect(talk!.url).toBe("https://zoom.us/j/1");
    expect(talk!.links).toEqual([
      { url: "https://www.youtube.com/watch?v=x", title: "Livestream (Orals I)", type: "media" },
    ]);
  });

  it("JSON-LD makes the talk a mixed event: its room in the venue, then the session's call and stream", () => {
    const [talk] = toJsonLd(program).subEvent as Record<string, unknown>[];
    expect(talk).toMatchObject({
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      location: [
        { "@type": "Place", name: "Main hall", containedInPlace: { "@type": "Place", name: "Centro" } },
        { "@type": "VirtualLocation", name: "Zoom (Orals I)", url: "https://zoom.us/j/1" },
        { "@type": "VirtualLocation", name: "Livestream (Orals I)", url: "https://www.youtube.com/watch?v=x" },
      ],
    });
  });
});
