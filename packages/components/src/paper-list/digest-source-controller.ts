import { parsePaperDigest, parsePaperDigestJson, type PaperDigest, type PaperDigestResult } from "@lectern/core";
import type { ReactiveControllerHost } from "lit";
import { JsonSourceController, type JsonSourceResult } from "../shared/json-source-controller.js";

const asSourceResult = (result: PaperDigestResult): JsonSourceResult<PaperDigest> => (result.ok ? { ok: true, value: result.digest, warnings: result.warnings } : result);

/**
 * Loads the digest `<paper-list>` shows: the `digest` property, then an inline JSON child,
 * then `src`, each through `parsePaperDigest`.
 */
export class DigestSourceController extends JsonSourceController<PaperDigest> {
  constructor(host: ReactiveControllerHost & Element) {
    super(host, { property: "digest", fromValue: (value) => asSourceResult(parsePaperDigest(value)), fromText: (text) => asSourceResult(parsePaperDigestJson(text)) });
  }
}
