import { readFileSync, writeFileSync } from "node:fs";
import { generatedFiles } from "./generated-files.js";

/**
 * Writes every generated file whose committed content differs from what the model gives now,
 * and says which (`npm run generate`). `coreDir` is packages/core, as a directory URL.
 */
export function writeGeneratedFiles(coreDir: URL): void {
  for (const file of generatedFiles) {
    const target = new URL(file.path, coreDir);
    const code = file.generate();
    let current: string | undefined;
    try {
      current = readFileSync(target, "utf8");
    } catch {
      current = undefined;
    }
    if (current === code) {
      console.log(`up to date: ${file.path}`);
    } else {
      writeFileSync(target, code);
      console.log(`wrote ${file.path}`);
    }
  }
}
