import { utcMs } from "./date-time-text.js";

/**
 * Zone offsets straight from the platform's time zone database (Intl), the same source luxon
 * reads. Done here rather than through luxon because it is the only thing the core needs from
 * a date library, and luxon (one unsplittable module) would triple the script-tag bundle;
 * `intl-zone.test.ts` checks every answer against luxon's.
 */

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        era: "short",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter ?? undefined;
}

/** True when the platform knows the zone id (Intl accepts it). */
export function isKnownZone(zone: string): boolean {
  return formatterFor(zone) !== undefined;
}

/**
 * The zone's offset from UTC in milliseconds at an instant: the zone's wall clock, read as
 * UTC, minus the instant (to the whole second, as wall clocks show). Always a whole number of
 * seconds, and not always of minutes: before 1972 Africa/Monrovia was UTC-0:44:30, and many
 * zones kept local mean time (Europe/Amsterdam +0:19:32 until 1937). Rounding those to
 * minutes put every local time there off by up to 30 seconds, so the milliseconds are exact.
 *
 * @throws RangeError for an unknown zone; callers validate zones first.
 */
export function zoneOffsetMs(zone: string, epochMs: number): number {
  const formatter = formatterFor(zone);
  if (!formatter) throw new RangeError(`Unknown time zone ${JSON.stringify(zone)}`);
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(epochMs)) fields[part.type] = part.value;
  const year = fields.era === "BC" || fields.era === "B" ? 1 - Number(fields.year) : Number(fields.year);
  const wallMs = utcMs(
    year,
    Number(fields.month),
    Number(fields.day),
    Number(fields.hour),
    Number(fields.minute),
    Number(fields.second),
  );
  const wholeSecondMs = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return wallMs - wholeSecondMs;
}

/**
 * The zone's offset from UTC in minutes at an instant, as luxon gives it: a fraction for the
 * historic offsets with seconds (Monrovia before 1972: -44.5). Use {@link zoneOffsetMs} for
 * arithmetic, where the fraction is exact.
 *
 * @throws RangeError for an unknown zone; callers validate zones first.
 */
export function zoneOffsetMinutes(zone: string, epochMs: number): number {
  return zoneOffsetMs(zone, epochMs) / 60_000;
}
