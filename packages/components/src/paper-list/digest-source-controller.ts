import type { PaperDigest } from "@lectern/core";
import type { ReactiveControllerHost } from "lit";
import { JsonSourceController } from "../shared/json-source-controller.js";
import { readPapersFromText, readPapersFromValue } from "./read-paper-source.js";

/**
 * Loads the papers `<paper-list>` shows: the `digest` (or `program`) property, then an inline
 * JSON child, then `src`, each through core's parse boundary: at once without zod for data
 * whose shape is right, or once zod's part has loaded to word what is wrong (as for programs).
 * A program (told by its shape) becomes a digest through `programToDigest`.
 */
export class DigestSourceController extends JsonSourceController<PaperDigest> {
  constructor(host: ReactiveControllerHost & Element) {
    super(host, { property: "digest (or program)", fromValue: readPapersFromValue, fromText: readPapersFromText });
  }
}
