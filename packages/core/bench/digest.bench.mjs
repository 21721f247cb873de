// `npm run bench` (in packages/core): a paper digest from a 2,000-paper program (issue 17),
// against JSON.parse of the same program text in the same run. Goal: programToDigest within
// 3x JSON.parse. The program is the generated one with what a MiniConf program carries per
// paper: an abstract of about 700 characters and two tags (one with a hierarchy path).
import { parsePaperDigest, parseProgramJson, programToDigest } from "../dist/index.js";
import { generateProgram } from "./generate-program.mjs";
import { median, runs, time } from "./median-time.mjs";

const program = generateProgram({ items: 2_000, days: 3, rooms: 10 });
const sentence = "We study diffusion models for symbolic music and audio, with \\(O(n \\log n)\\) sampling. ";
program.items.forEach((item, index) => {
  item.abstract = sentence.repeat(8).trim();
  item.tags = [
    { label: `Keyword ${index % 300}` },
    { label: `Topic ${index % 7}`, score: 0.5 + (index % 5) / 10, path: [`Area ${index % 3}`, `Topic ${index % 7}`] },
  ];
});
const text = JSON.stringify(program);
const parsed = parseProgramJson(text);
if (!parsed.ok) throw new Error(`generated program is invalid: ${parsed.errors[0]?.message}`);
const valid = parsed.program;
const { digest } = programToDigest(valid);
const check = parsePaperDigest(digest);
if (!check.ok) throw new Error(`the digest is invalid: ${check.errors[0]?.path}: ${check.errors[0]?.message}`);

const parseMs = time(() => JSON.parse(text));
const digestMs = time(() => programToDigest(valid).digest.papers.length > 0);
// The ratio is the median of ratios of back-to-back runs: on a shared machine, load that comes
// and goes between two separate medians would otherwise decide it.
const ratios = [];
for (let index = 0; index < runs; index += 1) {
  let start = performance.now();
  JSON.parse(text);
  const parse = performance.now() - start;
  start = performance.now();
  programToDigest(valid);
  ratios.push((performance.now() - start) / parse);
}
console.log(
  `digest: ${digest.papers.length} papers from ${valid.items.length} items (${(text.length / 1e6).toFixed(1)} MB)`,
);
console.log(`  JSON.parse      ${parseMs.toFixed(2)} ms`);
console.log(
  `  programToDigest ${digestMs.toFixed(2)} ms (${median(ratios).toFixed(2)}x JSON.parse, paired runs; goal <= 3x)`,
);
