// What both browser benchmarks share: a local server for the built lectern*.js files and the
// pages under test (no caching, as a first visit), a Chromium launched the same way, and the
// way a page is loaded and measured, and the median. Kept in one place so the two benchmarks measure under the same conditions.
import { createServer } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumExecutablePath } from "../chromium-launch.mjs";

/** The built files a page loads: dist/lectern.js and its chunks. */
export const dist = new URL("../dist/", import.meta.url);

/**
 * Serves `files` (path to [content type, body]) and every dist/lectern*.js on 127.0.0.1 at a
 * free port; returns the origin and a close function.
 */
export async function startBenchServer(files) {
  const served = new Map(files);
  for (const name of readdirSync(dist).filter((file) => /^lectern.*\.js$/.test(file)))
    served.set(`/${name}`, ["text/javascript", readFileSync(new URL(name, dist))]);
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
    executablePath: chromiumExecutablePath,
    args: [...chromiumArgs],
  });
}

/** The middle value (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Loads `url` in a fresh 1440x900 context (no cache, as a first visit), waits until the page
 * sets `window[flag]`, and returns what `readPage` (run in the page) gives, with the JS heap
 * after a garbage collection, the scripts the page fetched and the path of every request.
 * Throws on any error in the page, so a broken page cannot produce a figure.
 */
export async function measurePage(browser, url, flag, readPage) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const scripts = [];
  const requests = [];
  const errors = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  page.on("response", (response) => response.url().endsWith(".js") && scripts.push(new URL(response.url()).pathname));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction((name) => window[name] !== undefined, flag, { timeout: 60_000 });
  const result = await page.evaluate(readPage);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await context.close();
  if (errors.length > 0) throw new Error(`${url}: ${errors.join("; ")}`);
  return { ...result, heap: usedSize, scripts, requests };
}

/** Bytes after gzip at level 9, as a CDN would serve them. */
export const gzippedBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Bytes as KiB with one decimal. */
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
