import { dateTimeFormat } from "./date-time-format-cache.js";

/**
 * How to name a zone: `short` gives `GMT-3`, `long` gives `Brasilia Standard Time`, `generic`
 * a name that holds all year (`United Kingdom Time`, `Eastern Time`).
 */
export type ZoneNameStyle = "short" | "long" | "longOffset" | "generic";

/**
 * The name of a zone at an instant (the name depends on the date: summer and winter time), as
 * the locale writes it. `short` is the offset form (`GMT-3`, `GMT+5:45`), which is unambiguous.
 */
export function formatZoneName(
  zone: string,
  atMs: number,
  options: { locale?: string; style?: ZoneNameStyle } = {},
): string {
  const timeZoneName =
    options.style === "long"
      ? "long"
      : options.style === "longOffset"
        ? "longOffset"
        : options.style === "generic"
          ? "longGeneric"
          : "shortOffset";
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

const dayMs = 86_400_000;

/**
 * The label for the event's zone over a span of time (a seminar series from January to June):
 * the organisers' own when they gave one; the one-instant label when the offset never changes
 * in the span; otherwise the zone's all-year name with every offset it takes, in order
 * (`United Kingdom Time (GMT+0 / GMT+1)`), so nobody reads "GMT" for a talk in summer time.
 * Offsets are sampled daily, which finds every transition (zones change at most a few times a year).
 */
export function describeEventZoneOver(
  event: { readonly timeZone: string; readonly timeZoneLabel?: string },
  startMs: number,
  endMs: number,
  locale?: string,
): string {
  if (event.timeZoneLabel) return event.timeZoneLabel;
  const offsets: string[] = [];
  for (let atMs = startMs; atMs <= Math.max(startMs, endMs); atMs += dayMs) {
    const offset = formatZoneName(event.timeZone, atMs, { locale, style: "short" });
    if (!offsets.includes(offset)) offsets.push(offset);
    if (atMs + dayMs > endMs && atMs < endMs) atMs = endMs - dayMs;
  }
  if (offsets.length <= 1) return describeEventZone(event, startMs, locale);
  return `${formatZoneName(event.timeZone, startMs, { locale, style: "generic" })} (${offsets.join(" / ")})`;
}
