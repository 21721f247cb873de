import { readFileSync } from "node:fs";
import { main, type CliIo } from "../main.js";

/** What a command answered: its exit code and everything it printed. */
export interface CliRun {
  /** The exit code, or its promise for a command that runs asynchronously (`lectern schedule`). */
  readonly code: ReturnType<typeof main>;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `lectern <args>` in-process, as the CLI tests do: real files are read, nothing is
 * written, and the clock is fixed (22 November 2026, 12:00 UTC) so stamped outputs compare.
 */
export function runCli(...args: string[]): CliRun {
  const [out, err] = [[] as string[], [] as string[]];
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: () => {},
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    nowMs: () => Date.UTC(2026, 10, 22, 12),
  };
  return { code: main(args, io), stdout: out.join(""), stderr: err.join("") };
}
