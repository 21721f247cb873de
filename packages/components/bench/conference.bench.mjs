// `npm run bench` (packages/components), issue 17's figures for components: a generated
// MiniConf-shaped conference (scripts/miniconf-program.mjs: 2,000 papers, 115 timed sessions,
// 4 days) as one program JSON, loaded from dist/lectern.js in a plain page, against vanilla
// pages that fetch the same JSON and draw the same thing by hand, in the same run, in the same
// Chromium: <schedule-grid> day one (every session block of the day) and <paper-list> (given
// the program) its first page of 50 cards. Run `npm run build` first.
import { readFileSync } from "node:fs";
import { launchBenchBrowser, measurePage, median, startBenchServer, kib } from "./bench-page-server.mjs";
import { miniconfProgram } from "../../../scripts/miniconf-program.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 7);
const { program, firstDaySessions, firstDayOrals } = miniconfProgram();
const programJson = JSON.stringify(program);
const page = (name) => ["text/html", readFileSync(new URL(name, import.meta.url))];
const files = new Map([
  ["/program.json", ["application/json", programJson]],
  ...["conference-grid", "conference-grid-baseline", "conference-papers", "conference-papers-baseline"].map((name) => [
    `/${name}.html`,
    page(`${name}.html`),
  ]),
]);
const server = await startBenchServer(files);
const browser = await launchBenchBrowser();
const measure = (path) =>
  measurePage(browser, `${server.origin}${path}`, "__painted", () => ({ painted: window.__painted }));

const pages = {
  grid: `/conference-grid.html?counts=${firstDaySessions},${firstDayOrals}`,
  gridBaseline: "/conference-grid-baseline.html",
  papers: "/conference-papers.html",
  papersBaseline: "/conference-papers-baseline.html",
};
const times = Object.fromEntries(Object.keys(pages).map((key) => [key, []]));
for (let run = 0; run < runs + 1; run += 1) {
  // Interleaved, so every page sees the same machine state; the first round warms up.
  for (const [key, path] of Object.entries(pages)) {
    const { painted } = await measure(path);
    if (run > 0) times[key].push(painted);
  }
}
await browser.close();
server.close();

const [grid, gridBaseline, papers, papersBaseline] = Object.values(times).map(median);
console.log(
  `conference benchmark: ${program.items.length} papers, ${program.sessions.length} sessions, ${program.rooms.length} rooms, 4 days (${kib(programJson.length)} of JSON); day one ${firstDaySessions} sessions, ${firstDayOrals} orals; Chromium, 1440x900, median of ${runs} runs`,
);
console.log(
  `<schedule-grid> day one painted:     lectern ${grid.toFixed(0)} ms, baseline ${gridBaseline.toFixed(0)} ms, ratio ${(grid / gridBaseline).toFixed(2)}x (goal <= 2x)`,
);
console.log(
  `<paper-list> first page painted:     lectern ${papers.toFixed(0)} ms, baseline ${papersBaseline.toFixed(0)} ms, ratio ${(papers / papersBaseline).toFixed(2)}x (goal <= 2x)`,
);
