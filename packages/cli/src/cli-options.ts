import { optionFlag, type Importer } from "@lectern/core";
import type { ParseArgsConfig } from "node:util";

type OptionConfigs = NonNullable<ParseArgsConfig["options"]>;

/** The CLI's own options, whatever the formats: choosing formats, output, and the commands' own. */
export const commandOptions = {
  from: { type: "string" },
  to: { type: "string" },
  output: { type: "string", short: "o" },
  // `lectern dates` reads --date-format too (with its own formats); a spreadsheet also takes it.
  "date-format": { type: "string" },
  item: { type: "string" },
  "keep-extra": { type: "boolean", default: false },
  print: { type: "boolean", default: false },
  "per-person": { type: "string" },
  previous: { type: "string" },
  feed: { type: "string" },
  note: { type: "string" },
  "time-limit": { type: "string" },
  "no-pricing": { type: "boolean", default: false },
  pretty: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies OptionConfigs;

/** The values of {@link commandOptions} after parsing, and of every importer's options by flag. */
export type CliValues = {
  readonly from?: string;
  readonly to?: string;
  readonly output?: string;
  readonly "date-format"?: string;
  readonly item?: string;
  readonly "keep-extra": boolean;
  readonly print: boolean;
  readonly "per-person"?: string;
  readonly previous?: string;
  readonly feed?: string;
  readonly note?: string;
  readonly "time-limit"?: string;
  readonly "no-pricing": boolean;
  readonly pretty: boolean;
  readonly json: boolean;
  readonly help: boolean;
} & Readonly<Record<string, string | boolean | undefined>>;

/**
 * Every option the command line takes: its own, and each importer's in kebab case
 * (`timeZone` is `--time-zone`), so that a new importer's options need nothing here.
 */
export function cliOptionsFor(registry: readonly Importer[]): OptionConfigs {
  const options: OptionConfigs = { ...commandOptions };
  for (const importer of registry) {
    for (const option of importer.options) {
      const flag = optionFlag(option);
      const known = options[flag];
      if (known !== undefined && known.type !== option.type)
        throw new Error(`--${flag} is a ${known.type} option, but ${importer.format} declares it a ${option.type}`);
      options[flag] ??= { type: option.type };
    }
  }
  return options;
}
