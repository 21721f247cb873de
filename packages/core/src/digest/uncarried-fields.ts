import { problemAt, type ProgramProblem } from "../parse/problem.js";

/** How many items a warning names one by one before it counts the rest. */
const namedItems = 3;

/**
 * Collects the items that lose a field in a digest and words one warning per field: a
 * 2,000-paper program whose every item has a `language` gets one line that counts them, not
 * 2,000 lines. The warning's path is the first such item's field.
 */
export class UncarriedFields {
  readonly #byField = new Map<string, { index: number; id: string }[]>();

  /** Notes that item `id`, at `index` in the program's items, has `field`, which a digest cannot hold. */
  add(field: string, index: number, id: string): void {
    const list = this.#byField.get(field);
    if (list) list.push({ index, id });
    else this.#byField.set(field, [{ index, id }]);
  }

  /** One warning per field, in the order the fields were first met. */
  warnings(): ProgramProblem[] {
    return [...this.#byField].map(([field, items]) => {
      const named = items.slice(0, namedItems).map((item) => `"${item.id}"`);
      const rest = items.length - named.length;
      const who = rest > 0 ? `${named.join(", ")} and ${rest} more` : named.join(", ");
      const verb = items.length === 1 ? "is" : "are";
      return problemAt(["items", items[0]!.index, field], `a digest has no ${field}; ${who} ${verb} listed without it`);
    });
  }
}
