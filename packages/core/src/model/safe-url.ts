// No zod here: importers and the generated quick check use it.

// The core has no DOM or Node globals (no `URL`), so addresses are checked by pattern. Only
// http(s) and mailto pass: a `javascript:` or `data:` URL in an untrusted program must never
// become a clickable link.
const webAddressPattern = /^https?:\/\/[^\s/?#@]+(?:@[^\s/?#]+)?(?::\d+)?(?:[/?#]\S*)?$/i;
const mailAddressPattern = /^mailto:[^\s@]+@[^\s@]+\.[^\s@]+$/i;

/** True for an absolute `http:`, `https:` or `mailto:` address. */
export function isSafeUrl(value: string): boolean {
  return webAddressPattern.test(value) || mailAddressPattern.test(value);
}

// What RFC 3986 allows in a URI, unreserved + reserved + "%". Every other character (spaces
// aside, which no safe address has) is percent-encoded by toSafeUrl.
const isLoneSurrogate = (character: string) => character.length === 1 && /[\ud800-\udfff]/.test(character);
const plainUri = /^[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*$/;
const strayPercent = /%(?![0-9A-Fa-f]{2})/;
const uriCharacter = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

/**
 * An address from an imported file as a URI every validator accepts, or `undefined` when it
 * is not a safe one ({@link isSafeUrl}). Real exports write IRIs and sloppy addresses
 * (FOSDEM's `https://matrix.to/#/#room:fosdem.org?x[y]=z`, `…/wiki/Straße`), which the JSON
 * Schema's `uri` format and c3voc's schema reject: characters RFC 3986 does not allow, a `#`
 * after the first and brackets after the host are percent-encoded (as UTF-8), so the link is
 * kept and stays the same for a browser.
 */
export function toSafeUrl(value: string): string | undefined {
  const text = value.trim();
  // Almost every address is a URI already: answered without the walk below.
  if (plainUri.test(text) && !strayPercent.test(text) && text.indexOf("#") === text.lastIndexOf("#"))
    return isSafeUrl(text) ? text : undefined;
  // The scheme is left alone; brackets are kept in the host (an IPv6 address), nowhere else.
  const schemeEnd = /^[a-z][a-z0-9+.-]*:(?:\/\/)?/i.exec(text)?.[0].length ?? 0;
  const authorityEnd = schemeEnd + (/^[^/?#]*/.exec(text.slice(schemeEnd))?.[0].length ?? 0);
  let seenFragment = false;
  let encoded = text.slice(0, schemeEnd);
  let offset = schemeEnd;
  for (const character of text.slice(schemeEnd)) {
    const inAuthority = offset < authorityEnd;
    offset += character.length;
    const keep =
      uriCharacter.test(character) &&
      (inAuthority || (character !== "[" && character !== "]")) &&
      !(character === "#" && seenFragment) &&
      // A "%" that starts no %XX escape ("googl%.com") is a percent sign, written %25.
      !(character === "%" && !/^[0-9A-Fa-f]{2}/.test(text.slice(offset, offset + 2)));
    if (character === "#") seenFragment = true;
    encoded += keep ? character : encodeURIComponent(isLoneSurrogate(character) ? "\ufffd" : character);
  }
  return isSafeUrl(encoded) ? encoded : undefined;
}

/**
 * An address of a valid program as exports write it: the program may hold an IRI as a person
 * typed it (`https://例え.jp/パス`), which formats that require a URI (c3voc's schema, frab's
 * XSD `anyURI` readers, JSON-LD consumers) reject, so it is percent-encoded; a browser opens
 * the same page either way. An address {@link toSafeUrl} refuses is returned as given.
 */
export function asUri(value: string): string {
  return toSafeUrl(value) ?? value;
}
