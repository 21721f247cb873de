import { afterEach } from "vitest";
import readingGroup from "@lectern/core/examples/reading-group-2026.json";
import { programFrom } from "../testing/fixtures.js";
import type { TalkCardElement } from "../talk-card/talk-card.element.js";
import "./define.js";
import type { TalkListElement } from "./talk-list.element.js";

// What the <talk-list> tests share: the example series, a pinned "now", and ways to read the
// rendered list. Not a test file itself (no `.test.ts`), so it runs only where imported.

/** The reading group example, parsed. */
export const example = programFrom(readingGroup);

/** The example as raw data, for an inline JSON script. */
export const exampleData = readingGroup;

/** Tuesday 7 April 2026, 09:00 in London: the next talk (EDM, Friday 10 April) is in 3 days. */
export const tuesdayBefore = "2026-04-07T09:00:00+01:00";

/** A `<talk-list>` of the example at {@link tuesdayBefore} in en-GB, London, with `props` on top, rendered with its cards. */
export async function renderList(props: Partial<TalkListElement> = {}): Promise<TalkListElement> {
  const list = document.createElement("talk-list");
  Object.assign(list, { program: example, now: tuesdayBefore, locale: "en-GB", viewerZone: "Europe/London", ...props });
  document.body.append(list);
  await settle(list);
  return list;
}

/** Waits for the list and every card in it to render. */
export async function settle(list: TalkListElement): Promise<void> {
  await list.updateComplete;
  await Promise.all(cards(list).map((card) => card.updateComplete));
}

/** Text with its runs of white space made one space, trimmed. */
export const clean = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim();
/** Every node of the list's shadow root that `selector` matches. */
export const all = (list: TalkListElement, selector: string) => [
  ...list.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
/** The cleaned text of every node `selector` matches. */
export const texts = (list: TalkListElement, selector: string) =>
  all(list, selector).map((node) => clean(node.textContent));
/** The `<talk-card>`s in the list, or in one of its meetings. */
export const cards = (root: TalkListElement | Element) => [
  ...(root.shadowRoot ?? root).querySelectorAll<TalkCardElement>("talk-card"),
];
/** The cleaned text of the first node of a card that `selector` matches. */
export const cardText = (card: TalkCardElement, selector: string) =>
  clean(card.shadowRoot!.querySelector(selector)?.textContent);
/** The meeting `<article>` on a date (`YYYY-MM-DD`). */
export const meetingOn = (list: TalkListElement, date: string) =>
  all(list, "article.meeting").find(
    (meeting) => meeting.querySelector(`.meeting-date time`)?.getAttribute("datetime") === date,
  )!;

/** Clicks "Add series to calendar" and returns the file it offered. */
export function downloadSeries(list: TalkListElement): Promise<{ blob: Blob; name: string }> {
  return downloadWith(() => list.shadowRoot!.querySelector<HTMLButtonElement>(".calendar-button")!.click());
}

/** Does what should start a download (in the list or a card), and returns the file it offered. */
export async function downloadWith(action: () => unknown): Promise<{ blob: Blob; name: string }> {
  const created: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    created.push(blob as Blob);
    return createObjectURL.call(URL, blob);
  };
  // The download itself is the browser's business; the test reads the file it was given.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    await action();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return { blob: created[0]!, name: names[0]! };
}

/** Empties the page after each test of the file that calls it (lists and their dark page background). */
export function useCleanPage(): void {
  afterEach(() => {
    document.body.replaceChildren();
    document.body.style.background = "";
  });
}
