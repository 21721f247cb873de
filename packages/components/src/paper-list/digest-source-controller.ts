import {
  loadPaperDigest,
  loadPaperDigestJson,
  quickParsePaperDigest,
  quickParsePaperDigestJson,
  type PaperDigest,
  type PaperDigestResult,
} from "@lectern/core";
import type { ReactiveControllerHost } from "lit";
import { answerNowOrLater, JsonSourceController, type JsonSourceResult } from "../shared/json-source-controller.js";

const asSourceResult = (result: PaperDigestResult): JsonSourceResult<PaperDigest> =>
  result.ok ? { ok: true, value: result.digest, warnings: result.warnings } : result;

/**
 * Loads the digest `<paper-list>` shows: the `digest` property, then an inline JSON child,
 * then `src`, each through core's parse boundary: at once without zod for a digest whose shape
 * is right, or once zod's part has loaded to word what is wrong (as for programs).
 */
export class DigestSourceController extends JsonSourceController<PaperDigest> {
  constructor(host: ReactiveControllerHost & Element) {
    super(host, {
      property: "digest",
      fromValue: (value) =>
        answerNowOrLater(quickParsePaperDigest(value), () => loadPaperDigest(value), asSourceResult),
      fromText: (text) =>
        answerNowOrLater(quickParsePaperDigestJson(text), () => loadPaperDigestJson(text), asSourceResult),
    });
  }
}
