let warmed = false;

/**
 * Starts the platform's internationalisation data (ICU) once per page, in a task of its own,
 * so that it runs while the page waits for a program to download.
 *
 * Why: the first `Intl.DateTimeFormat` of a page costs 15 to 20 ms in Chromium whatever its
 * zone or locale (ICU loading its data; later formatters take 0.1 to 2.5 ms), and validating a
 * program needs one at once (its time zone is checked by Intl). Measured on FOSDEM 2024 in
 * `npm run bench`, that cost was inside the task that parses the program, after the body
 * arrived; started when the fetch starts, it falls in the gap between the bundle's evaluation
 * and the body's arrival instead. It does no harm when the body is already there: the same
 * work, done first.
 */
export function warmUpIntlWhileWaiting(): void {
  if (warmed || typeof Intl === "undefined") return;
  warmed = true;
  setTimeout(() => {
    // Zone, hour cycle and fields as the core's zone offsets use them (intl-zone.ts).
    new Intl.DateTimeFormat("en-US", {
      timeZone: "UTC",
      hourCycle: "h23",
      hour: "numeric",
      minute: "numeric",
    }).formatToParts(0);
  }, 0);
}
