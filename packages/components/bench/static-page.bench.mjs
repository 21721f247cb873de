// `npm run bench` (packages/components): FOSDEM 2024 (both days, ../shared/data; a generated
// program of the same shape without it) as the static page `lectern render` writes
// (renderProgramPage from dist/ssr: every element server-rendered into declarative shadow
// DOM), against the vanilla baseline (baseline.html: a script fetches the program and draws
// one div per item of both days) in the same run, in the same Chromium. "Every item painted"
// is measured the same way on both pages: two animation frames after the last item is in the
// DOM (the baseline's last div; the static page's last item, the end of its list of every
// talk's title, reached by the parser). Then the static page's "hydrated and interactive":
// lectern.js loaded, every element hydrated and updated with the visitor's own state.
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { importFrabXml, parseProgram, serializeProgram } from "@lectern/core";
import { renderProgramPage } from "../dist/ssr/index.js";
import { gzippedBytes, kib, launchBenchBrowser, measurePage, median, startBenchServer } from "./bench-page-server.mjs";
import { findSharedDir } from "../../../scripts/find-shared-dir.mjs";
import { fosdemShapedData } from "../src/testing/fosdem-shaped-data.ts";

const runs = Number(process.env.BENCH_RUNS ?? 7);
const fosdemFile = pathToFileURL(`${findSharedDir() ?? "../shared-not-found"}/data/fosdem-2024.schedule.xml`);
let data = fosdemShapedData();
let source = "a generated FOSDEM-shaped program (../shared/data/fosdem-2024.schedule.xml not found)";
if (existsSync(fosdemFile)) {
  const imported = importFrabXml(readFileSync(fosdemFile, "utf8"));
  if (!imported.ok) throw new Error(`FOSDEM 2024 did not import: ${imported.errors[0]?.message}`);
  // Without importers' `extra`, as `lectern render` serves a program.
  data = JSON.parse(serializeProgram(imported.program), (key, value) => (key === "extra" ? undefined : value));
  source = "FOSDEM 2024 (the real export, imported)";
}
const parsed = parseProgram(data);
if (!parsed.ok) throw new Error("the benchmark's program is not valid");
const program = parsed.program;

const page = await renderProgramPage(program);
// The bench's own probes, added to the page as served: a classic script after the content
// (it runs once the parser has put every item in the DOM) and a module after lectern.js.
const paintedProbe =
  "<script>requestAnimationFrame(() => requestAnimationFrame(() => (window.__painted = performance.now())));</script>";
const hydratedProbe = `<script type="module">
  const elements = [...document.querySelectorAll("schedule-grid, event-summary")];
  await Promise.all(elements.map((element) => customElements.whenDefined(element.localName)));
  for (const element of elements) while (!(await element.updateComplete));
  requestAnimationFrame(() => requestAnimationFrame(() => (window.__hydrated = performance.now())));
</script>`;
const probed = page.replace("</main>", `</main>\n${paintedProbe}`).replace("</body>", `${hydratedProbe}\n</body>`);
if (probed === page) throw new Error("the static page has no </main> to measure after");

const server = await startBenchServer([
  ["/program.json", ["application/json", JSON.stringify(data)]],
  ["/baseline.html", ["text/html", readFileSync(new URL("baseline.html", import.meta.url))]],
  ["/static.html", ["text/html", probed]],
]);
const browser = await launchBenchBrowser();
// Both wait for the first contentful paint's entry: it is queued a little after the paint, and a
// page done within two frames of it (the baseline, on a quiet machine) was read before it existed.
const readStatic = async () => ({
  fcp: await new Promise((resolve) =>
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName("first-contentful-paint")[0];
      if (!entry) return;
      resolve(entry.startTime);
      observer.disconnect();
    }).observe({ type: "paint", buffered: true }),
  ),
  painted: window.__painted,
  hydrated: window.__hydrated,
  cells: document.querySelector("schedule-grid").shadowRoot.querySelectorAll(".cell").length,
  titles: document.querySelectorAll('nav[aria-label="Talks"] a').length,
});
const readBaseline = async () => ({
  fcp: await new Promise((resolve) =>
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName("first-contentful-paint")[0];
      if (!entry) return;
      resolve(entry.startTime);
      observer.disconnect();
    }).observe({ type: "paint", buffered: true }),
  ),
  painted: window.__painted,
});

const staticRuns = [];
const baselineRuns = [];
for (let run = 0; run < runs + 1; run += 1) {
  // Interleaved, so both pages see the same machine state; the first round warms up.
  const s = await measurePage(browser, `${server.origin}/static.html`, "__hydrated", readStatic);
  const b = await measurePage(browser, `${server.origin}/baseline.html?days=2`, "__painted", readBaseline);
  if (run === 0) continue;
  staticRuns.push(s);
  baselineRuns.push(b);
}
await browser.close();
server.close();

const m = (values) => median(values);
const sFcp = m(staticRuns.map((run) => run.fcp));
const sPainted = m(staticRuns.map((run) => run.painted));
const sHydrated = m(staticRuns.map((run) => run.hydrated));
const bFcp = m(baselineRuns.map((run) => run.fcp));
const bPainted = m(baselineRuns.map((run) => run.painted));
const last = staticRuns.at(-1);
if (last.titles !== program.items.length)
  throw new Error(`the static page lists ${last.titles} of ${program.items.length} items`);
const bytes = Buffer.byteLength(page);
const gzipped = gzippedBytes(Buffer.from(page));
const island = /<script type="application\/json" id="lectern-program">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? "";
const items = program.items.length;
const ms = (value) => `${value.toFixed(0)} ms`;
console.log(
  `@lectern/components static page benchmark: ${source}, ${items} items, ${program.rooms.length} rooms, both days (the grid draws day one, ${last.cells} cells; every item's title is in the page's list of talks); Chromium, 1440x900, median of ${runs} runs`,
);
console.log(
  `first contentful paint:               static page ${ms(sFcp)}, baseline ${ms(bFcp)}, ratio ${(sFcp / bFcp).toFixed(2)}x`,
);
console.log(
  `every item painted:                   static page ${ms(sPainted)}, baseline ${ms(bPainted)} (both days), ratio ${(sPainted / bPainted).toFixed(2)}x (goal <= 1.0x)`,
);
console.log(
  `hydrated and interactive:             static page ${ms(sHydrated)}, against the baseline's painted ${(sHydrated / bPainted).toFixed(2)}x (goal <= 1.5x)`,
);
console.log(
  `HTML of the static page:              ${kib(bytes)} (${(bytes / items).toFixed(0)} bytes per item), ${kib(gzipped)} gzipped (${(gzipped / items).toFixed(0)} bytes per item); the program's JSON in it ${kib(Buffer.byteLength(island))}, ${kib(gzippedBytes(Buffer.from(island)))} gzipped`,
);
