// `npm run bench` (in packages/cli): `lectern check` on 10,000 items all in one room at once,
// the worst case for conflicts listed pair by pair (49,995,000 pairs; issue 18). Wall time and
// peak memory (max RSS) of the built CLI's process, against a baseline process measured in the
// same run that only reads and JSON.parses the same file. Goal: under 1 s and 200 MB.
// Build first (`npx turbo run build --filter=@lectern/cli`): this runs dist/bin.js.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const itemCount = Number(process.env.BENCH_ITEMS ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const bin = join(dirname(fileURLToPath(import.meta.url)), "../dist/bin.js");

/** A poster session of `count` posters in one hall, all 14:00-15:30, each presented by its own person. */
function postersInOneRoom(count) {
  const people = Array.from({ length: count }, (_, index) => ({ id: `p${index}`, name: `Person ${index}` }));
  const items = people.map((person, index) => ({
    id: `poster-${index}`,
    kind: "poster",
    title: `Poster ${index}: a reasonably long title about topic ${index}`,
    room: "hall",
    start: "2026-06-01T14:00",
    end: "2026-06-01T15:30",
    authors: [{ person: person.id, presenting: true }],
  }));
  return {
    version: 1,
    event: {
      title: "Poster marathon",
      kind: "conference",
      startDate: "2026-06-01",
      endDate: "2026-06-01",
      timeZone: "Europe/Berlin",
    },
    people,
    rooms: [{ id: "hall", name: "Poster hall" }],
    items,
  };
}

// The child reports its own peak memory through fd 3 as it exits: portable (no /usr/bin/time)
// and unaffected by what the CLI prints. maxRSS is in kilobytes.
const reportPeak = `process.on("exit", () => require("node:fs").writeSync(3, String(process.resourceUsage().maxRSS)));`;

/** Runs `node -e script args` `runs` times: median wall ms, largest max RSS in MB, last exit code. */
function measure(script, args) {
  const walls = [];
  let peakMb = 0;
  let code;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const child = spawnSync(process.execPath, ["-e", `${reportPeak}\n${script}`, ...args], {
      stdio: ["ignore", "pipe", "pipe", "pipe"],
      maxBuffer: 1 << 30,
    });
    walls.push(performance.now() - start);
    if (child.error) throw child.error;
    const rssKb = Number(child.output[3]?.toString());
    if (!Number.isFinite(rssKb) || rssKb <= 0)
      throw new Error(`no peak memory reported: ${child.stderr.toString().slice(0, 500)}`);
    peakMb = Math.max(peakMb, rssKb / 1024);
    code = child.status;
  }
  walls.sort((a, b) => a - b);
  return { wallMs: walls[Math.floor(walls.length / 2)], peakMb, code };
}

const dir = mkdtempSync(join(tmpdir(), "lectern-bench-"));
try {
  const file = join(dir, "posters.json");
  writeFileSync(file, JSON.stringify(postersInOneRoom(itemCount)));
  // bin.js reads process.argv.slice(2), so the script name goes first, as `node dist/bin.js` puts it.
  const runCli = `import(${JSON.stringify(pathToFileURL(bin).href)});`;
  // Sanity: the CLI must find the one group, and exit 1 for it.
  const probe = spawnSync(process.execPath, [bin, "check", file, "--json"], { maxBuffer: 1 << 30 });
  const report = JSON.parse(probe.stdout.toString());
  const overlaps = report.conflicts.filter((conflict) => conflict.kind === "room-overlap");
  if (probe.status !== 1 || overlaps.length !== 1 || overlaps[0].paths.length !== itemCount) {
    throw new Error(
      `expected exit 1 and one room-overlap of ${itemCount} items, got exit ${probe.status} and ${overlaps.length} room conflicts`,
    );
  }

  const baseline = measure(`JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));`, [file]);
  const text = measure(runCli, [bin, "check", file]);
  const json = measure(runCli, [bin, "check", file, "--json"]);
  const row = (label, result) =>
    `${label.padEnd(44)} ${result.wallMs.toFixed(0).padStart(6)} ms ${result.peakMb.toFixed(0).padStart(6)} MB ${(result.wallMs / baseline.wallMs).toFixed(2).padStart(6)}x ${(result.peakMb / baseline.peakMb).toFixed(2).padStart(6)}x`;
  console.log(
    `lectern check, ${itemCount.toLocaleString("en")} items in one room at once (median of ${runs} runs, node ${process.version})`,
  );
  console.log(
    `${"".padEnd(44)} ${"wall".padStart(9)} ${"peak RSS".padStart(9)} ${"time".padStart(7)} ${"memory".padStart(7)}`,
  );
  console.log(row("baseline: node, read + JSON.parse the file", baseline));
  console.log(row("lectern check FILE", text));
  console.log(row("lectern check FILE --json", json));
  const met = Math.max(text.wallMs, json.wallMs) < 1000 && Math.max(text.peakMb, json.peakMb) < 200;
  console.log(`Goal (issue 18): under 1 s and 200 MB: ${met ? "met" : "NOT met"}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
