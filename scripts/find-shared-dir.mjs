// Where the team's shared/ folder (real programs, interop schemas) is, for the tests and
// benchmarks that read it: LECTERN_SHARED_DIR if set; else shared/ beside this checkout; else,
// for a clone of a local checkout (`git clone . /tmp/x`, as CI's fresh-clone check does),
// shared/ beside the checkout it was cloned from. Undefined when there is none.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The absolute path of shared/, or undefined. */
export function findSharedDir() {
  if (process.env.LECTERN_SHARED_DIR) return process.env.LECTERN_SHARED_DIR;
  const candidates = [join(root, "..", "shared")];
  try {
    const origin = execFileSync("git", ["remote", "get-url", "origin"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    const local = origin.startsWith("file://") ? fileURLToPath(origin) : origin;
    if (isAbsolute(local) || local.startsWith(".")) candidates.push(join(dirname(resolve(root, local)), "shared"));
  } catch {
    // Not a git checkout, or no origin: only the sibling folder counts.
  }
  return candidates.find((candidate) => existsSync(join(candidate, "data")));
}
