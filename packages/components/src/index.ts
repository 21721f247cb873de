/**
 * @lectern/components: web components that show an academic event's program. Importing this
 * module defines no elements (no side effects); import `@lectern/components/define.js` (all
 * elements) or `@lectern/components/<element>/define.js` to register the tags.
 *
 * @packageDocumentation
 */
export * from "./program-elements.js";
