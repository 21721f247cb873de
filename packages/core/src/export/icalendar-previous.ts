// The calendar published before: read back so revised events get the next SEQUENCE.

/** The properties whose change is a revision that clients must see. */
export const revisionProperties = ["DTSTART", "DTEND", "SUMMARY", "LOCATION", "STATUS"];

/** What a published calendar said about one event: enough to raise its SEQUENCE or cancel it. */
export interface PublishedEvent {
  readonly sequence: number;
  readonly fingerprint: string;
  readonly status: string;
  /** Its content lines, unfolded, between BEGIN:VEVENT and END:VEVENT. */
  readonly lines: readonly string[];
}

/** UID -> what the published calendar said about the event. */
export function readPublishedEvents(text: string): Map<string, PublishedEvent> {
  const lines = text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  const events = new Map<string, PublishedEvent>();
  let current: Map<string, string> | undefined;
  let raw: string[] = [];
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") [current, raw] = [new Map(), []];
    else if (line === "END:VEVENT" && current) {
      const uid = current.get("UID");
      if (uid)
        events.set(uid, {
          sequence: Number(current.get("SEQUENCE") ?? 0) || 0,
          fingerprint: revisionProperties.map((name) => current!.get(name) ?? "").join("\n"),
          status: current.get("STATUS") ?? "CONFIRMED",
          lines: raw,
        });
      current = undefined;
    } else if (current) {
      raw.push(line);
      const colon = line.indexOf(":");
      if (colon > 0) current.set(line.slice(0, colon).split(";")[0]!.toUpperCase(), line.slice(colon + 1));
    }
  }
  return events;
}

/**
 * A published event whose item is gone, kept as cancelled with the next SEQUENCE (once: one
 * already cancelled keeps its own), so a subscribed calendar strikes it instead of keeping a
 * stale copy or silently losing it.
 */
export function cancelledLines(event: PublishedEvent, stamp: string): string[] {
  const kept = event.lines.filter((line) => !/^(DTSTAMP|STATUS|SEQUENCE)[:;]/i.test(line));
  const sequence = event.status === "CANCELLED" ? event.sequence : event.sequence + 1;
  return ["BEGIN:VEVENT", ...kept, `DTSTAMP:${stamp}`, "STATUS:CANCELLED", `SEQUENCE:${sequence}`, "END:VEVENT"];
}
