/**
 * The heading level an element uses for a `heading-level` attribute: rounded, and kept between
 * `lowest` and 6 (ARIA has no level 7, and below `lowest` the element would compete with the
 * page's own title). Not a number, or 0, gives `fallback`: a typo never flattens the outline.
 */
export function clampHeadingLevel(value: number, fallback: number, lowest = 2): number {
  return Math.min(6, Math.max(lowest, Math.round(value) || fallback));
}
