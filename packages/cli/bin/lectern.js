#!/usr/bin/env node
// The `lectern` command as npm links it. This file is committed, not built: npm links a bin
// only when its file exists at install time, and in a fresh clone `dist/` does not exist yet,
// so a bin pointing into `dist/` left `npx lectern` asking the registry for a stranger's
// package of that name. It runs the built command, or says how to build it.
import { existsSync } from "node:fs";

const built = new URL("../dist/bin.js", import.meta.url);
if (!existsSync(built)) {
  process.stderr.write("lectern: the command is not built yet: run `npm run build` at the repository's root first\n");
  process.exit(1);
}
await import(built.href);
