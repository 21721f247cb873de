// The program-check worker (lectern-check-worker-<hash>.js beside lectern.js): checks a
// program's JSON text with core's quick path, off the page's main thread, while the page
// parses the same text and prepares its view (program-text-reader.ts). Only a verdict comes
// back, never the program: copying 2,000 papers between threads costs as much as reading them.
import { quickParseProgramJson } from "@lectern/core";
import type { ProgramCheckMessage, ProgramCheckRequest, ProgramVerdict } from "./program-check-protocol.js";

/** The verdict on one text; never throws (core's parse boundaries do not). */
function verdictOn(text: string): ProgramVerdict {
  const result = quickParseProgramJson(text);
  return result?.ok ? { kind: "valid", warnings: result.warnings } : { kind: "other" };
}

// Typed by what is used here: the package's lib is the DOM's, not a worker's.
const scope = globalThis as unknown as {
  onmessage: ((event: { data: ProgramCheckRequest }) => void) | null;
  postMessage(message: ProgramCheckMessage): void;
};

scope.onmessage = ({ data }) => {
  let verdict: ProgramVerdict;
  try {
    verdict = verdictOn(data.text);
  } catch {
    verdict = { kind: "other" };
  }
  scope.postMessage({ kind: "answer", id: data.id, verdict });
};
scope.postMessage({ kind: "ready" });
