import { readFileSync } from "node:fs";
import { main } from "./main.js";
import { writeFolderAtomically } from "./write-folder-atomically.js";
import { writeFileAtomically } from "./write-file-atomically.js";

// `schedule` answers with a promise; the other commands with the code at once.
void Promise.resolve(
  main(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, "utf8"),
    readBytes: (path) => readFileSync(path),
    readStdin: () => readFileSync(0, "utf8"),
    writeFile: writeFileAtomically,
    writeFolder: writeFolderAtomically,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    ...(process.stderr.isTTY && {
      // `\x1b[K` clears what a longer earlier line left; an empty text clears the line.
      progressLine: (text: string) => process.stderr.write(`\r${text}\x1b[K`),
    }),
    nowMs: () => Date.now(),
  }),
).then((code) => (process.exitCode = code));
