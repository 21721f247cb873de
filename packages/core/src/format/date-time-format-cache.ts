// Creating an Intl.DateTimeFormat costs far more than using one; programs format hundreds of
// times in a handful of (locale, zone, style) combinations.
const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat`. An unsupported locale falls back to the runtime default. */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      format = new Intl.DateTimeFormat(undefined, options);
    }
    formats.set(key, format);
  }
  return format;
}
