// The chunk lectern.js fetches only on a page whose elements a server rendered (Lit SSR, into
// declarative shadow DOM: `lectern render`, renderProgramPage): Lit's hydrate support, which
// makes an element adopt the markup already in its shadow root instead of clearing it and
// drawing it again (a flash, and a layout shift while it is empty). A page without server
// markup never downloads it.
import "@lit-labs/ssr-client/lit-element-hydrate-support.js";
import { LitElement } from "lit";

/** What `lit-element-hydrate-support.js` leaves on `globalThis`: the patch of LitElement. */
type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

// The module sets the patch for a LitElement evaluated after it; lectern.js's LitElement was
// evaluated before this chunk arrived, so it is patched here, before any element is defined
// (the patch adds `defer-hydration` to the observed attributes, which are read at definition).
(globalThis as unknown as { litElementHydrateSupport: HydrateSupport }).litElementHydrateSupport({ LitElement });
