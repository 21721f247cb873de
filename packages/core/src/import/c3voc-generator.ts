import type { TextFormat } from "../model/text-format.js";
import { asObject as object, asText as text } from "./json-values.js";

/**
 * How the abstracts of a c3voc `schedule.json` are written, from what the file says of the
 * program that wrote it. pretalx writes its Markdown abstracts and descriptions as they are:
 * current versions name it in a top-level `"generator": { "name": "pretalx" }`, and older
 * exports (rC3 2020, DemoCon) are known by their addresses, every event's `url` being a
 * `talk/CODE/` page beside the `base_url` that ends in `schedule/`. frab writes neither (its
 * pages are `events/ID.html`), nor do the other tools that write the format: their text
 * stays plain, since reading plain text as Markdown would eat its `*` and `_`.
 */
export function c3vocTextFormat(file: unknown, eventUrls: readonly (string | undefined)[]): TextFormat {
  const schedule = object(object(file)?.schedule);
  const generator = text(object(object(file)?.generator)?.name) ?? text(object(schedule?.generator)?.name);
  if (generator !== undefined) return /^pretalx\b/i.test(generator.trim()) ? "markdown" : "plain";
  const baseUrl = text(schedule?.base_url);
  if (!baseUrl || !/\/schedule\/?$/.test(baseUrl)) return "plain";
  const talkPages = `${baseUrl.replace(/schedule\/?$/, "")}talk/`;
  const urls = eventUrls.filter((url): url is string => url !== undefined);
  const fromPretalx = urls.length > 0 && urls.every((url) => url.startsWith(talkPages));
  return fromPretalx ? "markdown" : "plain";
}
