import { readFileSync } from "node:fs";
import { sharedFile } from "../shared-files.js";
import {
  indicoTimetable,
  miniconfPapers,
  miniconfSpeakers,
  pretalxWidget,
  programSheet,
  sessionizeData,
} from "../import-fixtures.js";

// Test helper: the real files the import/export property test mutates, each with the format
// (importer registry name) that reads it: the repository's examples and fixtures, the
// importers' sample files, and the shared interop exports.

/** A file the property test starts from. */
export interface RealFile {
  /** The importer's format in the registry (`--from`). */
  readonly format: string;
  /** Where it came from, for failure reports. */
  readonly name: string;
  readonly text: string;
}

const read = (url: URL | string) => readFileSync(url, "utf8");
const here = (path: string) => new URL(`../../${path}`, import.meta.url);

/**
 * FOSDEM 2024's schedule.xml is 2 MiB: its head, cut after the 25th event and closed, keeps
 * every element kind and lets a case (import, export, xmllint) run in milliseconds.
 */
function fosdemHead(): string {
  const xml = read(sharedFile("data/fosdem-2024.schedule.xml"));
  let end = 0;
  for (let count = 0; count < 25; count += 1) end = xml.indexOf("</event>", end) + "</event>".length;
  return `${xml.slice(0, end)}\n</room>\n</day>\n</schedule>\n`;
}

/** Every real file, read once. */
export function loadRealFiles(): RealFile[] {
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return [
    ...["delta-2026.json", "reading-group-2026.json", "sigmetrics-2026.json"].map((name) => ({
      format: "program",
      name: `examples/${name}`,
      text: read(here(`examples/${name}`)),
    })),
    ...["frab-camp2019.json", "pretalx-democon.json", "pretalx-rc3.json", "invalid-example.json"].map((name) => ({
      format: "c3voc",
      name: `shared/interop/c3voc/${name}`,
      text: read(sharedFile(`interop/c3voc/${name}`)),
    })),
    { format: "frab-xml", name: "shared/data/fosdem-2024.schedule.xml (head)", text: fosdemHead() },
    {
      format: "indico",
      name: "test/fixtures/indico/serializer-shape.json",
      text: read(here("test/fixtures/indico/serializer-shape.json")),
    },
    { format: "indico", name: "import-fixtures indicoTimetable", text: json(indicoTimetable) },
    { format: "pretalx", name: "import-fixtures pretalxWidget", text: json(pretalxWidget) },
    { format: "sessionize", name: "import-fixtures sessionizeData", text: json(sessionizeData) },
    ...[
      "ismir2024-papers.csv",
      "miniconf-template-papers.csv",
      "miniconf-template-speakers.csv",
      "sigdialinlg2023-papers.csv",
    ].map((name) => ({
      format: "miniconf",
      name: `test/fixtures/miniconf/${name}`,
      text: read(here(`test/fixtures/miniconf/${name}`)),
    })),
    { format: "miniconf", name: "import-fixtures miniconfPapers", text: miniconfPapers },
    { format: "miniconf", name: "import-fixtures miniconfSpeakers", text: miniconfSpeakers },
    { format: "csv", name: "import-fixtures programSheet", text: programSheet },
  ];
}
