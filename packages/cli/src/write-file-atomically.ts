import { randomBytes } from "node:crypto";
import { accessSync, chmodSync, constants, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so that it is either the whole new text or untouched: the text goes to a
 * temporary file beside the target, which then replaces it in one rename (atomic on one file
 * system). A reader never sees half a program, and a failed write leaves the old file.
 * Throws the file system's error (with its `code`) for a folder, a missing folder or a
 * file the user may not write; the temporary file is removed then.
 */
export function writeFileAtomically(path: string, text: string): void {
  let target: string;
  try {
    // Through a symbolic link to the file it names, as a plain write would.
    target = realpathSync(path);
  } catch {
    target = path;
  }
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing?.isDirectory())
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: "EISDIR" });
  // A rename would replace a read-only file; a plain write would be refused, and so is this.
  if (existing) accessSync(target, constants.W_OK);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: "wx" });
    if (existing) chmodSync(temporary, existing.mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
