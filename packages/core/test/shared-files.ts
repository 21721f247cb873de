import { fileURLToPath } from "node:url";
import { join } from "node:path";

/**
 * A file of the team's shared/ folder (real programs, interop schemas): where `npm test` found
 * it (LECTERN_SHARED_DIR, see scripts/find-shared-dir.mjs), else shared/ beside the checkout.
 */
export function sharedFile(path: string): string {
  const dir = process.env.LECTERN_SHARED_DIR || fileURLToPath(new URL("../../../../shared/", import.meta.url));
  return join(dir, path);
}
