// `npm run bench` (packages/core), issue 17's import figure: a 2,000-paper MiniConf-shaped
// conference with 115 timed sessions (bench/miniconf-files.mjs: papers.csv as ISMIR writes it,
// sessions as EMNLP's paper_sessions.yml) imported as `lectern convert papers.csv --sessions
// sessions.yml` does (importMiniconf with both files: authors, affiliations, tags, links, the
// join by UID, each oral's times), against the bare parse of the same two texts with the same
// parsers (core's readCsv and yaml's parse) in the same run. Goal: within 3x the bare parse.
import { parse } from "yaml";
import { importMiniconf, readCsv } from "../dist/index.js";
import { miniconfFiles } from "./miniconf-files.mjs";
import { runs, time } from "./median-time.mjs";

const { papersCsv, sessionsYaml, papers, sessions } = miniconfFiles();
const options = { title: "MiniConf-shaped Conference 2026", timeZone: "America/Vancouver", startDate: "2026-07-13" };
const files = { papers: papersCsv, sessions: sessionsYaml, sessionsFileName: "paper_sessions.yml" };

// Checked once before timing: every paper imported, every session kept, nothing warned about,
// so the figure is of a whole import and not of one that gave up early.
const result = importMiniconf(files, options);
if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
if (result.program.items.length !== papers || result.program.sessions.length !== sessions)
  throw new Error(`imported ${result.program.items.length} papers, ${result.program.sessions.length} sessions`);
if (result.warnings.length > 0) throw new Error(`warnings: ${result.warnings[0].message}`);

const bare = time(() => readCsv(papersCsv).records.length > 0 && parse(sessionsYaml) !== null);
const imported = time(() => importMiniconf(files, options).ok);
const kib = (text) => `${(text.length / 1024).toFixed(0)} KiB`;
console.log(`@lectern/core MiniConf import benchmark: median of ${runs} runs`);
console.log(
  `${papers} papers (papers.csv ${kib(papersCsv)}) + ${sessions} timed sessions (sessions YAML ${kib(sessionsYaml)}): bare CSV + YAML parse ${bare.toFixed(0)} ms; importMiniconf (papers + sessions joined) ${imported.toFixed(0)} ms, ratio ${(imported / bare).toFixed(2)}x (goal <= 3x)`,
);
