// <paper-list> with 2,000 generated papers (src/testing/synthetic-digest-data.ts), loaded the
// way a webmaster loads it (dist/lectern.js, which fetches the element's chunk when the page
// uses the tag), against a vanilla page that fetches the same digest and lists every title and
// its authors, in the same run, in the same Chromium. Prints the time to the first page
// painted, search keystrokes and topic toggles (input to next paint), DOM nodes and JS heap.
// Run `npm run build` first: node bench/paper-list.bench.mjs
import { readFileSync } from "node:fs";
import {
  dist,
  gzippedBytes,
  kib,
  launchBenchBrowser,
  measurePage,
  median,
  startBenchServer,
} from "./bench-page-server.mjs";
import { syntheticDigestData } from "../src/testing/synthetic-digest-data.ts";

const runs = Number(process.env.BENCH_RUNS ?? 7);
const paperCount = 2000;
const digestJson = JSON.stringify(syntheticDigestData(paperCount));

const files = new Map([
  ["/digest.json", ["application/json", digestJson]],
  ["/paper-list.html", ["text/html", readFileSync(new URL("paper-list.html", import.meta.url))]],
  ["/paper-list-baseline.html", ["text/html", readFileSync(new URL("paper-list-baseline.html", import.meta.url))]],
]);
const server = await startBenchServer(files);
const origin = server.origin;
const browser = await launchBenchBrowser();

/** Loads a page; returns the painted time, interactions, node count, heap, scripts and requests. */
const measure = (path, flag) =>
  measurePage(browser, `${origin}${path}`, flag, () => {
    const list = document.querySelector("paper-list");
    const root = list?.shadowRoot ?? document.getElementById("papers");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes += 1;
    return { painted: window.__painted, interactions: window.__interactions, nodes };
  });

const lectern = [];
const baseline = [];
for (let run = 0; run < runs + 1; run += 1) {
  // Interleaved, so both pages see the same machine state; the first round warms up.
  const l = await measure("/paper-list.html", "__interactions");
  const b = await measure("/paper-list-baseline.html", "__painted");
  if (run === 0) continue;
  lectern.push(l);
  baseline.push(b);
}
await browser.close();
server.close();

const ms = (value) => `${value.toFixed(1)} ms`;
const painted = median(lectern.map((run) => run.painted));
const basePainted = median(baseline.map((run) => run.painted));
const all = (key, field) => lectern.flatMap((run) => run.interactions[key].map((timing) => timing[field]));
const loaded = lectern[0].scripts;
const loadedBytes = loaded
  .map((path) => readFileSync(new URL(path.slice(1), dist)))
  .reduce((sum, buffer) => sum + gzippedBytes(buffer), 0);
console.log(
  `<paper-list> benchmark: ${paperCount} generated papers (${kib(digestJson.length)} of JSON), page of 50 cards; Chromium, 1440x900, median of ${runs} runs`,
);
console.log(
  `navigation to first page painted:  lectern ${ms(painted)}, baseline (all ${paperCount} titles and authors, no filters) ${ms(basePainted)}, ratio ${(painted / basePainted).toFixed(2)}x`,
);
console.log(
  `search keystroke:                  ${ms(median(all("keystrokes", "updated")))} to updated, ${ms(median(all("keystrokes", "painted")))} to next paint (median of ${all("keystrokes", "painted").length}; worst ${ms(Math.max(...all("keystrokes", "painted")))})`,
);
console.log(
  `topic toggle:                      ${ms(median(all("toggles", "updated")))} to updated, ${ms(median(all("toggles", "painted")))} to next paint (median of ${all("toggles", "painted").length}; worst ${ms(Math.max(...all("toggles", "painted")))})`,
);
console.log(
  `DOM nodes:                         lectern ${lectern.at(-1).nodes} in the shadow root (50 cards and the filters), baseline ${baseline.at(-1).nodes}`,
);
console.log(
  `JS heap after interactions:        lectern ${kib(median(lectern.map((run) => run.heap)))}, baseline ${kib(median(baseline.map((run) => run.heap)))}`,
);
console.log(
  `scripts loaded:                    ${loaded.join(", ")}: ${kib(loadedBytes)} gzipped; digest.json requested ${lectern[0].requests.filter((path) => path === "/digest.json").length} time(s)`,
);
