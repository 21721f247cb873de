import type { Id } from "../model/id.js";

const noRepeats: readonly number[] = Object.freeze([]);
/** Up to this many people, repeats are found by comparing each with those before it. */
const scannedListLength = 32;

/**
 * The indexes of the entries whose person (or other key) an earlier entry of `list` has already. An item has a
 * handful of people, compared pairwise with no allocation (a set per item was thousands of
 * them); a long list (a physics paper's 3,000 authors) is read through a set.
 */
export function repeatsIn<Entry>(list: readonly Entry[], personOf: (entry: Entry) => Id | string): readonly number[] {
  let repeats: number[] | undefined;
  if (list.length <= scannedListLength) {
    for (let index = 1; index < list.length; index += 1) {
      const person = personOf(list[index]!);
      for (let earlier = 0; earlier < index; earlier += 1)
        if (personOf(list[earlier]!) === person) {
          (repeats ??= []).push(index);
          break;
        }
    }
  } else {
    const seen = new Set<Id | string>();
    list.forEach((entry, index) => {
      const person = personOf(entry);
      if (seen.has(person)) (repeats ??= []).push(index);
      else seen.add(person);
    });
  }
  return repeats ?? noRepeats;
}
