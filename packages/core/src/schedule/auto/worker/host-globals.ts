// Core compiles without DOM or Node types (so nothing host-specific leaks into the model).
// The worker plumbing needs a few host globals that Node and browsers share: they are
// described here by the members used, and read from globalThis.

/** The part of an `AbortSignal` used: a real one is assignable. */
export interface AbortSignalLike {
  /** Whether the signal has been aborted. */
  readonly aborted: boolean;
  /** Why it was aborted (the value given to `abort()`). */
  readonly reason: unknown;
  /** Calls `listener` when the signal aborts. */
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  /** Stops calling `listener`. */
  removeEventListener(type: "abort", listener: () => void): void;
}

interface HostGlobals {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  URL: new (url: string, base: string) => { readonly href: string };
}

/** The host's timers and URL constructor. */
export const host = globalThis as unknown as HostGlobals;

/** The URL of a file beside the module whose `import.meta` is given. */
export function besideModule(file: string, meta: ImportMeta): string {
  return new host.URL(file, (meta as unknown as { url: string }).url).href;
}
