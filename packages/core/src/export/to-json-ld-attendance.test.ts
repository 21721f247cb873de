import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { toJsonLd } from "./to-json-ld.js";

// How an item is presented becomes schema.org's eventAttendanceMode of its sub-event.

describe("toJsonLd eventAttendanceMode", () => {
  const talk = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    kind: "contributed-talk" as const,
    title: id,
    room: "r1",
    start: "2026-06-01T10:00",
    end: "2026-06-01T10:20",
    ...extra,
  });
  const stream = { kind: "livestream" as const, url: "https://stream.example.org/t" };
  const program = validProgram({
    rooms: [{ id: "r1", name: "Hall A" }],
    items: [
      talk("plain"),
      talk("here", { presentation: "in-person" }),
      talk("away", { presentation: "remote", links: [stream] }),
      talk("both", { presentation: "hybrid" }),
      talk("streamed-here", { presentation: "in-person", links: [stream] }),
    ],
  });
  const subEvent = (name: string) =>
    (toJsonLd(program).subEvent as Record<string, unknown>[]).find((event) => event.name === name)!;

  it("maps in-person, remote and hybrid to Offline, Online and Mixed, and says nothing for an item that does not", () => {
    expect(subEvent("here").eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
    expect(subEvent("away").eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(subEvent("both").eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(subEvent("plain")).not.toHaveProperty("eventAttendanceMode");
  });

  it("gives a remote item's livestream as a VirtualLocation beside its room; not an in-person item's", () => {
    expect(subEvent("away").location).toEqual([
      { "@type": "Place", name: "Hall A" },
      { "@type": "VirtualLocation", url: "https://stream.example.org/t" },
    ]);
    expect(subEvent("both").location).toEqual({ "@type": "Place", name: "Hall A" });
    expect(subEvent("streamed-here").location).toEqual({ "@type": "Place", name: "Hall A" });
  });
});
