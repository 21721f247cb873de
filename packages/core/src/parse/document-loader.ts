import type { QuickPath } from "./document-quick-path.js";
import type { CheckedResult, RejectedResult } from "./parse-result.js";

/** The two synchronous entry points of zod's path, as `createDocumentParser` makes them. */
export interface FullParse<Result extends CheckedResult> {
  readonly parse: (value: unknown) => Result | RejectedResult;
  readonly parseJson: (text: string) => Result | RejectedResult;
}

/** A document type's asynchronous boundary for pages (`loadProgram`, `loadProgramJson`). */
export interface DocumentLoader<Result extends CheckedResult> {
  readonly load: (value: unknown) => Promise<Result | RejectedResult>;
  readonly loadJson: (text: string) => Promise<Result | RejectedResult>;
}

/**
 * The `load*` functions of a document type: the quick path's answer when it has one, else zod's
 * path, imported only then by `importFullParse` (a dynamic `import()`, so that bundlers put zod
 * and the schemas in a file of their own). A value is read again once zod has loaded, so it
 * should not change meanwhile. Never rejects: zod's path never throws.
 */
export function createDocumentLoader<Document, Result extends CheckedResult>(
  quick: QuickPath<Document, Result>,
  importFullParse: () => Promise<FullParse<Result>>,
): DocumentLoader<Result> {
  return {
    load: async (value) => quick.parseValue(value) ?? (await importFullParse()).parse(value),
    loadJson: async (text) => quick.parseJson(text) ?? (await importFullParse()).parseJson(text),
  };
}
