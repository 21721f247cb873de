// What both browser benchmarks share: a local server for the built lectern*.js files and the
// pages under test (no caching, as a first visit), a Chromium launched the same way, and the
// median. Kept in one place so the two benchmarks measure under the same conditions.
import { createServer } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { chromium } from "playwright-core";

/** The built files a page loads: dist/lectern.js and its chunks. */
export const dist = new URL("../dist/", import.meta.url);

/**
 * Serves `files` (path to [content type, body]) and every dist/lectern*.js on 127.0.0.1 at a
 * free port; returns the origin and a close function.
 */
export async function startBenchServer(files) {
  const served = new Map(files);
  for (const name of readdirSync(dist).filter((file) => /^lectern.*\.js$/.test(file))) served.set(`/${name}`, ["text/javascript", readFileSync(new URL(name, dist))]);
  const server = createServer((request, response) => {
    const file = served.get(new URL(request.url, "http://x").pathname);
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": file[0], "cache-control": "no-store" }).end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Chromium (CHROMIUM_PATH, else Debian's), without background work that would add noise. */
export function launchBenchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** The middle value (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
