// Test helper: seeded random changes to a real file's text, for the import/export property
// test. Each mutation has a name and a detail, so a failure prints what was done and the
// seed replays it exactly.

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One applied mutation: what was done, where, and the resulting text. */
export interface AppliedMutation {
  readonly name: string;
  readonly detail: string;
  readonly text: string;
}

type Random = () => number;
const below = (random: Random, count: number) => Math.floor(random() * count);
const pick = <Value>(random: Random, values: readonly Value[]): Value => values[below(random, values.length)]!;

/** Strings that break naive code: BOM, non-characters, lone surrogates, RTL marks, NUL, a huge one. */
const oddStrings = [
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udfff",
  "\u202e\u200f",
  "\u0000",
  "",
  "&#0;",
  "&undefined;",
  "]]>",
  "</script>",
  "constructor",
  "__proto__",
  "0000-00-00",
  "9999-12-31T25:61:00",
  "x".repeat(100_000),
];

/** JSON values to swap in for another: string, number, null, array, object, odd text. */
const jsonSwaps = ['""', "0", "-1e309", "null", "[]", "{}", "true", '[{"a":null}]', '"\\ud800"', "1.5"];

type Mutator = (text: string, random: Random) => { detail: string; text: string };

const spliceAt = (text: string, at: number, remove: number, insert: string) =>
  text.slice(0, at) + insert + text.slice(at + remove);

/** Line-wise edits keep the file mostly readable, so the importer gets past the syntax. */
const lineEdit = (edit: (lines: string[], index: number) => void, name: string): Mutator => {
  return (text, random) => {
    const lines = text.split("\n");
    const index = below(random, lines.length);
    edit(lines, index);
    return { detail: `${name} line ${index + 1}`, text: lines.join("\n") };
  };
};

const mutators: Readonly<Record<string, Mutator>> = {
  "flip byte": (text, random) => {
    const at = below(random, text.length);
    const code = (text.charCodeAt(at) ^ (1 << below(random, 7))) & 0x7f;
    return { detail: `at ${at}`, text: spliceAt(text, at, 1, String.fromCharCode(code)) };
  },
  truncate: (text, random) => {
    const at = below(random, text.length);
    return { detail: `at ${at}`, text: text.slice(0, at) };
  },
  "delete line": lineEdit((lines, index) => lines.splice(index, 1), "deleted"),
  "duplicate line": lineEdit((lines, index) => lines.splice(index, 0, lines[index]!), "duplicated"),
  "swap value": (text, random) => {
    // A JSON scalar after a colon, or an XML element's text, replaced by another type.
    const matches = [...text.matchAll(/:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)|>([^<>]{1,80})</g)];
    if (matches.length === 0) return { detail: "nothing to swap", text };
    const match = pick(random, matches);
    const value = match[1] ?? match[2]!;
    const at = match.index + match[0].indexOf(value);
    const swap = match[1] !== undefined ? pick(random, jsonSwaps) : pick(random, ["", "-1", "1e999", "NaN", "x"]);
    return {
      detail: `${JSON.stringify(value.slice(0, 30))} at ${at} -> ${swap}`,
      text: spliceAt(text, at, value.length, swap),
    };
  },
  "odd string": (text, random) => {
    // Inside a JSON string or an XML text: the reader must keep, refuse or drop it with a word.
    const quotes = [...text.matchAll(/"[^"\\\n]{0,40}"|>[^<>\n]{0,40}</g)];
    const odd = pick(random, oddStrings);
    const escaped = quotes.length > 0 && quotes[0]![0].startsWith('"') ? JSON.stringify(odd).slice(1, -1) : odd;
    const target = quotes.length > 0 ? pick(random, quotes) : undefined;
    const at = target ? target.index + 1 : below(random, text.length);
    const insert = random() < 0.5 ? odd : escaped;
    return {
      detail: `${JSON.stringify(odd.slice(0, 12))} (${odd.length} chars) at ${at}`,
      text: spliceAt(text, at, 0, insert),
    };
  },
  "delete element": (text, random) => {
    // An XML element, or a JSON member (a key and its value up to the next comma on the line).
    const elements = [...text.matchAll(/<(\w+)[^>]*>[^<]*<\/\1>|"[^"\n]*":\s*[^,\n{}[\]]*,?/g)];
    if (elements.length === 0) return { detail: "nothing to delete", text };
    const element = pick(random, elements);
    return {
      detail: `${JSON.stringify(element[0].slice(0, 30))} at ${element.index}`,
      text: spliceAt(text, element.index, element[0].length, ""),
    };
  },
  "duplicate element": (text, random) => {
    const elements = [...text.matchAll(/<(\w+)[^>]*>[^<]*<\/\1>|"[^"\n]*":\s*[^,\n{}[\]]*,/g)];
    if (elements.length === 0) return { detail: "nothing to duplicate", text };
    const element = pick(random, elements);
    return {
      detail: `${JSON.stringify(element[0].slice(0, 30))} at ${element.index}`,
      text: spliceAt(text, element.index, 0, element[0]),
    };
  },
  "deep nesting": (text, random) => {
    const depth = 2_000 + below(random, 20_000);
    const xml = text.trimStart().startsWith("<");
    const at = xml ? Math.max(0, text.indexOf("<", text.indexOf("<", 1) + 1)) : Math.max(0, text.indexOf(":") + 1);
    const nested = xml ? "<e>".repeat(depth) + "</e>".repeat(depth) : "[".repeat(depth) + "]".repeat(depth);
    return { detail: `${depth} levels at ${at}`, text: spliceAt(text, at, 0, nested) };
  },
  "byte-order mark": (text) => ({ detail: "before the text", text: `\ufeff${text}` }),
};

/** The names of every mutation, for reports. */
export const mutationNames: readonly string[] = Object.keys(mutators);

/** One to three random mutations of a text, chosen and placed by `random`. */
export function mutateText(text: string, random: Random): AppliedMutation {
  const count = 1 + below(random, 3);
  const steps: string[] = [];
  let result = text;
  for (let step = 0; step < count; step += 1) {
    const name = pick(random, mutationNames);
    const applied = mutators[name]!(result, random);
    steps.push(`${name} (${applied.detail})`);
    result = applied.text;
  }
  return { name: steps.map((step) => step.split(" (")[0]).join(" + "), detail: steps.join("; "), text: result };
}
