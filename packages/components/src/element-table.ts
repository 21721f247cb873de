/**
 * Every Lectern element, one row each: the one list that `define.js`, `lectern.js` (what it
 * registers at once, what on first use, whose `src` it fetches early), the script-tag bundle's
 * chunking (vite.bundle.config.ts) and the consistency test read. A new element is a row here,
 * its folder, and its loader in `element-loaders.ts` (the compiler asks for it).
 *
 * Data only, importing nothing: the bundle config reads it in Node, and `lectern.js` reads it
 * in the first module it evaluates, before Lit or the model are there.
 */
export const elementTable = [
  { tag: "schedule-grid", folder: "schedule-grid", registration: "at-once", readsSrc: true },
  { tag: "talk-card", folder: "talk-card", registration: "on-first-use", readsSrc: false },
  { tag: "speaker-list", folder: "speaker-list", registration: "on-first-use", readsSrc: false },
  { tag: "event-summary", folder: "event-summary", registration: "on-first-use", readsSrc: false },
  { tag: "talk-list", folder: "talk-list", registration: "on-first-use", readsSrc: true },
  { tag: "paper-list", folder: "paper-list", registration: "on-first-use", readsSrc: true },
  { tag: "changes-since-visit", folder: "changes-since-visit", registration: "on-first-use", readsSrc: true },
] as const satisfies readonly ElementRow[];

/**
 * How `lectern.js` registers an element: `at-once` (in lectern.js itself: the element most
 * pages show) or `on-first-use` (a chunk beside it, fetched when the page first uses the tag;
 * docs/decisions/0005). `define.js` and the per-element define modules register every element
 * at once whatever this says.
 */
export const registrations = ["at-once", "on-first-use"] as const;

/** See {@link registrations}. */
export type Registration = (typeof registrations)[number];

/** One row of {@link elementTable}. */
export interface ElementRow {
  /** The custom element's tag. */
  readonly tag: string;
  /** Its folder under `src/` (which holds its `define.ts`). */
  readonly folder: string;
  /** How lectern.js registers it. */
  readonly registration: Registration;
  /** True when it reads a `src` attribute, whose download lectern.js starts before the element's code is there. */
  readonly readsSrc: boolean;
}

/** A Lectern element's tag. */
export type ElementTag = (typeof elementTable)[number]["tag"];

/** The tags lectern.js registers at once. */
export type AtOnceTag = Extract<(typeof elementTable)[number], { readonly registration: "at-once" }>["tag"];

/** The tags lectern.js registers on first use (each a chunk of its own). */
export type OnFirstUseTag = Extract<(typeof elementTable)[number], { readonly registration: "on-first-use" }>["tag"];

/** The tags of the elements that read a `src`, in table order. */
export const tagsReadingSrc: readonly ElementTag[] = elementTable.filter((row) => row.readsSrc).map((row) => row.tag);
