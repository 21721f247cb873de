/**
 * A UUID-shaped identifier that is always the same for the same name, for formats that
 * require a `guid` (c3voc) when the program has none. Built from four FNV-1a hashes of the
 * name (no crypto in the DOM-free core), with the version-5 and RFC 4122 variant bits set.
 * Stable across exports, so calendar and app clients recognise an event again.
 */
export function stableUuid(name: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let hash = seed >>> 0;
    for (let index = 0; index < name.length; index += 1) {
      hash ^= name.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, "0");
  });
  const hex = words.join("");
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
