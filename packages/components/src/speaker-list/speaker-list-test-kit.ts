import { sigmetricsProgram } from "../testing/fixtures.js";
import "./define.js";
import type { SpeakerListElement } from "./speaker-list.element.js";

// What the <speaker-list> tests share. Not a test file itself (no `.test.ts`), so it runs only
// where imported.

/** A `<speaker-list>` of `program` in en-GB for a visitor in the event's zone, with `props` on top, rendered. */
export async function renderList(
  props: Partial<SpeakerListElement> = {},
  program = sigmetricsProgram,
): Promise<SpeakerListElement> {
  const list = document.createElement("speaker-list");
  Object.assign(list, { program, locale: "en-GB", viewerZone: program.event.timeZone, ...props });
  document.body.append(list);
  await list.updateComplete;
  return list;
}

/** Text with its runs of white space made one space, trimmed. */
export const clean = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim();
/** Every node of the list's shadow root that `selector` matches. */
export const all = (list: SpeakerListElement, selector: string) => [
  ...list.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
/** The cleaned text of every node `selector` matches. */
export const texts = (list: SpeakerListElement, selector: string) =>
  all(list, selector).map((node) => clean(node.textContent));
/** The card of the person whose name (or placeholder) is `name`. */
export const cardOf = (list: SpeakerListElement, name: string) =>
  all(list, "article").find((card) => clean(card.querySelector(".name")?.textContent) === name)!;
/** The cleaned text of the first node in `card` that `selector` matches. */
export const cardText = (card: Element, selector: string) => clean(card.querySelector(selector)?.textContent);
