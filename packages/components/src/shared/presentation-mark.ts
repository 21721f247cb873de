import type { ItemPresentation } from "@lectern/core";
import type { UiStrings } from "./ui-strings.js";

/**
 * The word an item's card or cell shows for how it is presented: "Remote" or "Hybrid"; nothing
 * for in person, the default, which marking on every item would only make noise of.
 */
export function presentationMark(
  presentation: ItemPresentation | undefined,
  strings: Pick<UiStrings, "remote" | "hybrid">,
): string | undefined {
  return presentation === "remote" ? strings.remote : presentation === "hybrid" ? strings.hybrid : undefined;
}
