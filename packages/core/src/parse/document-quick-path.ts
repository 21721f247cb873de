import { boundResult } from "./bound-problems.js";
import { parseJsonTextQuickly } from "./parse-json-text.js";
import type { CheckedResult, RejectedResult } from "./parse-result.js";
import { copyOfPlainData } from "./plain-data.js";

/** What a document type gives the quick path: its generated check and the checks after the shape. */
export interface QuickPathOptions<Document, Result extends CheckedResult> {
  /** The generated check (`*-as-is.generated.ts`): true only when zod would return the value itself. */
  readonly passesAsIs: (value: unknown) => boolean;
  /** The checks after the shape is known to be right (references, times); never throws on a right shape. */
  readonly finish: (document: Document) => Result;
  /** The message when even the position mapping of a JSON text fails. */
  readonly unreadable: string;
}

/**
 * A document type's answers without zod, which pages use first. Each is `undefined` where
 * only zod can say what is wrong with the shape (the caller then goes to zod's path).
 */
export interface QuickPath<Document, Result extends CheckedResult> {
  /** For a value the caller keeps: answers on a copy, and only for plain data (see plain-data.ts). */
  readonly parseValue: (value: unknown) => Result | undefined;
  /** For JSON text: syntax errors (always certain), and documents whose shape is right. */
  readonly parseJson: (text: string) => Result | RejectedResult | undefined;
  /** For a value nobody else holds (just read from JSON text): the value itself is the document. */
  readonly parseOwned: (value: unknown) => Result | undefined;
  /** The checks after the shape, as given (zod's path runs them on zod's output). */
  readonly finish: (document: Document) => Result;
  /** The message when even the position mapping fails (zod's path uses the same). */
  readonly unreadable: string;
}

/**
 * Builds the quick path of a document type (programs, paper digests). No zod in its imports:
 * lectern.js bundles this, and zod is a file of its own fetched only for an invalid document
 * (docs/decisions/0006); zod's half is `createDocumentParser`.
 */
export function createQuickPath<Document, Result extends CheckedResult>(
  options: QuickPathOptions<Document, Result>,
): QuickPath<Document, Result> {
  const { passesAsIs, finish, unreadable } = options;
  const parseOwned = (value: unknown): Result | undefined => {
    try {
      return passesAsIs(value) ? boundResult(finish(value as Document)) : undefined;
    } catch {
      // The parse boundaries never throw; zod's path words what went wrong.
      return undefined;
    }
  };
  return {
    parseOwned,
    parseValue: (value) => {
      const owned = copyOfPlainData(value);
      return owned === undefined ? undefined : parseOwned(owned);
    },
    parseJson: (text) => parseJsonTextQuickly(text, parseOwned, unreadable),
    finish,
    unreadable,
  };
}
