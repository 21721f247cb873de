import { dateTimeFormat } from "./date-time-format-cache.js";

/** How to name a zone: `short` gives `GMT-3`, `long` gives `Brasilia Standard Time`. */
export type ZoneNameStyle = "short" | "long" | "longOffset";

/**
 * The name of a zone at an instant (the name depends on the date: summer and winter time), as
 * the locale writes it. `short` is the offset form (`GMT-3`, `GMT+5:45`), which is unambiguous.
 */
export function formatZoneName(zone: string, atMs: number, options: { locale?: string; style?: ZoneNameStyle } = {}): string {
  const timeZoneName = options.style === "long" ? "long" : options.style === "longOffset" ? "longOffset" : "shortOffset";
  const parts = dateTimeFormat(options.locale, { timeZone: zone, timeZoneName }).formatToParts(atMs);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? zone;
}

/**
 * The label to show for the event's zone: the organisers' own (`Brasília Time (GMT−3)`) when
 * they gave one, otherwise the locale's long name with the offset
 * (`Brasilia Standard Time (GMT-3)`).
 */
export function describeEventZone(
  event: { readonly timeZone: string; readonly timeZoneLabel?: string },
  atMs: number,
  locale?: string,
): string {
  if (event.timeZoneLabel) return event.timeZoneLabel;
  const long = formatZoneName(event.timeZone, atMs, { locale, style: "long" });
  const short = formatZoneName(event.timeZone, atMs, { locale, style: "short" });
  // Zones without a name of their own (Asia/Amman) get the offset as "long" name: say it once.
  const offsetOnly = long === short || long === formatZoneName(event.timeZone, atMs, { locale, style: "longOffset" });
  return offsetOnly ? short : `${long} (${short})`;
}
