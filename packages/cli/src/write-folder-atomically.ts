import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a folder of files (paths relative to it, `/`-separated) so that it is either all the
 * new files or untouched: they go to a temporary folder beside it, which then takes its place
 * (the old folder is moved aside first and removed after). A failed write leaves the old
 * folder and removes the temporary one. Throws the file system's error (with its `code`).
 */
export function writeFolderAtomically(path: string, files: ReadonlyMap<string, string>): void {
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory())
    throw Object.assign(new Error(`ENOTDIR: not a directory, '${path}'`), { code: "ENOTDIR" });
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const temporary = join(dirname(path), `.${basename(path)}.${suffix}.tmp`);
  try {
    for (const [name, text] of files) {
      const target = join(temporary, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text, { flag: "wx" });
    }
    mkdirSync(temporary, { recursive: true });
    if (!existing) return renameSync(temporary, path);
    const old = join(dirname(path), `.${basename(path)}.${suffix}.old`);
    renameSync(path, old);
    renameSync(temporary, path);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
