import type { CliIo } from "./main.js";

// What a person can do about each error the file system gives, in a few words.
const reasons: Readonly<Record<string, string>> = {
  ENOENT: "no such folder",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
};

/** Why a file could not be written, in one line. */
export function describeWriteError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && reasons[code]) return reasons[code];
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

/**
 * Sends a command's complete output where `-o` says: standard output without it or with
 * `-o -`, else the file (which `io.writeFile` replaces only once the text is all written).
 * A file that cannot be written is one line naming it and exit code 1, never a stack trace.
 */
export function emitOutput(text: string, output: string | undefined, io: CliIo): number {
  if (!output || output === "-") {
    io.stdout(text);
    return 0;
  }
  try {
    io.writeFile(output, text);
    return 0;
  } catch (error) {
    io.stderr(`lectern: cannot write ${output}: ${describeWriteError(error)}\n`);
    return 1;
  }
}
