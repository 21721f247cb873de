import { findImporter, optionFlag, type Importer } from "@lectern/core";
import { commandOptions, type CliValues } from "./cli-options.js";

/** "a, b and c" (or "a, b or c"), as a message lists names. */
const listed = (names: readonly string[], conjunction = "and") =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} ${conjunction} ${names.at(-1)}`;

/** Whether a flag was given: absent flags are undefined, or the default the CLI declares for its own. */
function isGiven(values: CliValues, flag: string): boolean {
  const declared = (commandOptions as Readonly<Record<string, { readonly default?: unknown }>>)[flag];
  return values[flag] !== undefined && values[flag] !== declared?.default;
}

/**
 * Why the command line is wrong when it gives a format's option that no format being read
 * takes (`--star` for a spreadsheet, `--language` for Sessionize): one message naming each
 * such option and the formats that do take it, since an option read by nobody would be
 * dropped without a word. `undefined` when every option given is taken. The CLI's own
 * options (`--to`, `-o`, `--pretty`, ...) are global and never foreign; `--date-format`,
 * which `lectern dates` reads too, is a spreadsheet's option when a file is read.
 * `formats` are the formats of the files read (two for `changes`): an option taken by one of
 * them is taken.
 */
export function foreignOptionsMessage(
  values: CliValues,
  formats: readonly string[],
  registry: readonly Importer[],
): string | undefined {
  const read = [...new Set(formats)].flatMap((format) => findImporter(format, registry) ?? []);
  // A format Lectern cannot read is reported as such; its options are not the problem.
  if (read.length === 0) return undefined;
  const taken = new Set(read.flatMap((importer) => importer.options.map(optionFlag)));
  const takersOf = new Map<string, string[]>();
  for (const importer of registry) {
    for (const flag of importer.options.map(optionFlag)) {
      if (taken.has(flag) || !isGiven(values, flag)) continue;
      takersOf.set(flag, [...(takersOf.get(flag) ?? []), importer.format]);
    }
  }
  if (takersOf.size === 0) return undefined;
  const flags = [...takersOf.keys()].map((flag) => `--${flag}`);
  // Options taken by the same formats are named together: "--sessions and --star are options of miniconf".
  const byTakers = new Map<string, string[]>();
  for (const [flag, takers] of takersOf) byTakers.set(listed(takers), [...(byTakers.get(listed(takers)) ?? []), flag]);
  const details = [...byTakers].map(([takers, group], index) => {
    const names = listed(group.map((flag) => `--${flag}`));
    if (index > 0) return `${names} of ${takers}`;
    return `${names} ${group.length === 1 ? "is an option" : "are options"} of ${takers}`;
  });
  const readers = listed(read.map((importer) => `${importer.label} (--from ${importer.format})`));
  return `${readers} ${read.length === 1 ? "does" : "do"} not take ${listed(flags, "or")}: ${details.join(", ")}`;
}
