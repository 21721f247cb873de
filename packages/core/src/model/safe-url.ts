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
