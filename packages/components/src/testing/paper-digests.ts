import { parsePaperDigest, type PaperDigest } from "@lectern/core";
import diffusion from "@lectern/core/examples/diffusion-digest.json";
import { syntheticDigestData } from "./synthetic-digest-data.js";

/** Parses test data as a paper digest, failing loudly. */
export function digestFrom(input: unknown): PaperDigest {
  const result = parsePaperDigest(input);
  if (!result.ok)
    throw new Error(
      `invalid test digest: ${result.errors.map((error) => `${error.path}: ${error.message}`).join("; ")}`,
    );
  return result.digest;
}

/** The "Diffusion models" example digest (23 real papers). */
export const diffusionDigest: PaperDigest = digestFrom(diffusion);

/** The generated digest of synthetic-digest-data.ts, parsed. */
export function syntheticDigest(count = 2000): PaperDigest {
  return digestFrom(syntheticDigestData(count));
}
