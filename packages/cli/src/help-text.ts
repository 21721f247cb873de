import { importers, optionFlag, writtenDateFormats, type Importer, type ImporterOption } from "@lectern/core";
import { writableFormats } from "./formats.js";

const pad = (text: string, width: number) => (text.length >= width ? `${text} ` : text.padEnd(width));

/** Breaks a text into lines of at most `width` characters, the first after `lead`, the others indented as far. */
function wrap(lead: string, text: string, width = 96): string {
  const indent = " ".repeat(lead.length);
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  for (const word of text.split(" ")) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      [line, empty] = [indent, true];
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  return [...lines, line].join("\n");
}

/** `      --time-zone ZONE    required: the event's IANA zone` under its format. */
const describeOption = (option: ImporterOption) =>
  wrap(
    `      ${pad(`--${optionFlag(option)}${option.type === "string" ? ` ${option.placeholder ?? "VALUE"}` : ""}`, 20)}`,
    `${option.required ? "required: " : ""}${option.description}`,
  );

/** One readable format: its name and label, then each of its options. */
const describeFormat = (importer: Importer) =>
  [
    wrap(`  ${pad(importer.format, 12)}`, `${importer.label}: ${importer.description}`),
    ...importer.options.map(describeOption),
  ].join("\n");

/**
 * The help a newcomer reads first. The readable formats and their options come from the
 * importer registry, in its detection order, so a new format shows here by itself.
 */
export function helpTextFor(registry: readonly Importer[]): string {
  return `lectern: check and convert academic event programs

Usage:
  lectern validate FILE              check a program (any readable format) or a paper digest; exit 1 if invalid
  lectern convert IN --to FORMAT     convert between formats (to stdout, or -o OUT)
  lectern check FILE                 list scheduling conflicts; exit 1 if there are any
  lectern ics FILE [--item ID]       write an iCalendar file (all items, or one)
  lectern dates FILE --date-format F turn a list of dates (one per line) into the ISO dates
                                     of a series' "dates" (JSON)
  lectern changes OLD NEW            what changed from OLD to NEW (matched by id), times in the
                                     event's zone; --to text (default), markdown, json, or
                                     atom (--feed FILE keeps FILE's entries after the new
                                     one, --note TEXT is this version's note);
                                     exit 0 with or without changes ("No changes to ...");
                                     --per-person DIR: one text file per person whose items
                                     changed, DIR/<person id>.txt, ready to mail
  lectern schedule FILE [--time-limit S] [--no-pricing] [-o OUT] [--json]
                                     place the items without a time (scheduling.move "all":
                                     every item not fixed) into slots and rooms; writes the
                                     scheduled program (to stdout, or -o OUT) and a summary to
                                     stderr; --json prints {status, objective, bound, gap,
                                     seconds, rules, assignments}; exit 1 when infeasible,
                                     with the reasons
  lectern render FILE -o DIR [--keep-extra] [--print]
                                     static pages by Lit SSR, readable without JavaScript:
                                     DIR/index.html, speakers.html, talks/<id>.html,
                                     program.json (unindented) and lectern.js; DIR is
                                     replaced whole or left untouched; --print adds
                                     print.html, the printed program (zone named)
  FILE "-" reads standard input. A format spread over several files (MiniConf) takes them
  all: lectern validate papers.csv speakers.csv. A workbook (.xlsx: CoSPLib) is read from
  its path only.

Options:
  --from FORMAT       the input's format, when it cannot be told from the file
  --to FORMAT         the output format (convert); for changes: text, markdown, json, atom
  -o, --output FILE   write to FILE instead of standard output ("-" is standard output);
                      FILE is replaced only once the whole output is written
  --item ID           one item (ics)
  --time-limit S      schedule: seconds the solver may run (the best schedule by then)
  --no-pricing        schedule: solve the whole slot model, without LP pricing (slower)
  --previous FILE     ics: the calendar published before; changed events get the next
                      SEQUENCE, removed ones stay as cancelled, so subscribers update
  --pretty            --to program, digest: indented JSON (by default unindented, as a site serves it)
  --keep-extra        --to program, digest: keep what importers kept in "extra" (left out by default)
  --date-format F     for dates: how the list writes them (required there):
                      ${writtenDateFormats.join(", ")}
  --json              machine-readable output (results and problems as JSON)
  -h, --help          this help
  Each readable format's own options are listed under it below; an option of a format other
  than the file's is refused (exit 2), naming the formats that take it.

Readable formats (--from FORMAT; when not named, detected in this order):
${registry.map(describeFormat).join("\n")}

Writable formats (--to FORMAT): ${writableFormats.join(", ")}

Examples:
  lectern validate program.json
  lectern convert fosdem.xml --to program -o program.json
  lectern convert sheet.csv --time-zone Europe/Berlin --date-format DD/MM/YYYY --to program
  lectern convert program.json --to c3voc -o schedule.json
  lectern convert program.json --to digest -o papers.json
  lectern convert GECCO20.xlsx --from cosplib --to program -o program.json
  curl -s https://example.org/schedule.json | lectern validate -
  lectern ics program.json --item talk-vidal -o talk.ics
  lectern dates meetings.txt --date-format "D MMMM YYYY"
  lectern changes program-v1.json program-v2.json --to markdown
  lectern schedule draft.json --time-limit 60 -o program.json
  lectern render program.json -o site
`;
}

/** The help of the CLI with every format Lectern reads. */
export const helpText: string = helpTextFor(importers);
