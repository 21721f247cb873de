import { resolveAddress } from "./resolve-address.js";
import { warmUpIntlWhileWaiting } from "./warm-up-intl.js";

/** A fetched body, as a source controller needs it: the status and the text. */
export interface FetchedText {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  /** The body; empty when the server answered with an error status. */
  readonly text: string;
}

/**
 * An element's inline data: a `<script type="application/json">` child. (Here, not in the
 * source controller, because this module must import nothing heavy: lectern.js runs it first.)
 */
export const inlineJsonSelector = ':scope > script[type="application/json"]';

/** Fetches started before the elements were defined, by absolute URL, with how many elements will take each. */
const started = new Map<string, { readonly text: Promise<FetchedText>; waiting: number }>();

/** The absolute URL of a `src`, or undefined when it is not one (its element reports that). */
const absolute = (src: string) => {
  const address = resolveAddress(src);
  return address.ok ? address.href : undefined;
};

/** Fetches a JSON document's text (the elements' `src`). Rejects on network errors. */
export async function fetchText(url: string, signal?: AbortSignal): Promise<FetchedText> {
  const request = fetch(url, { signal, headers: { accept: "application/json" } });
  warmUpIntlWhileWaiting();
  const response = await request;
  return {
    ok: response.ok,
    status: response.status,
    statusText: response.statusText,
    text: response.ok ? await response.text() : "",
  };
}

/**
 * Starts fetching the `src` of the given elements already in the page, once per URL. Called
 * by `lectern.js` before the rest of the bundle evaluates (Lit, the model's schemas, the
 * elements), so the download overlaps that work instead of following it. An element with an
 * inline JSON child is skipped: that child wins over `src`; so is a `src` that is not a URL,
 * which its element reports once it is defined. Never throws on what the page holds.
 */
export function fetchSourcesEarly(tags: readonly string[], root: ParentNode = document): void {
  for (const element of root.querySelectorAll(tags.map((tag) => `${tag}[src]`).join(","))) {
    if (element.querySelector(inlineJsonSelector)) continue;
    const url = absolute(element.getAttribute("src")!);
    if (url === undefined) continue;
    const entry = started.get(url);
    if (entry) {
      entry.waiting += 1;
      continue;
    }
    const text = fetchText(url);
    // The element that takes it reports a failure; until then it is not "unhandled".
    text.catch(() => {});
    started.set(url, { text, waiting: 1 });
  }
}

/**
 * The early fetch of `url`, if one was started, for one of the elements that named it; the
 * entry is forgotten once every such element has taken it, so a later change of `src` back to
 * the same URL fetches afresh.
 */
export function takeEarlyFetch(url: string): Promise<FetchedText> | undefined {
  const key = absolute(url);
  if (key === undefined) return undefined;
  const entry = started.get(key);
  if (!entry) return undefined;
  entry.waiting -= 1;
  if (entry.waiting <= 0) started.delete(key);
  return entry.text;
}
