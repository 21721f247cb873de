import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedFile } from "../../test/shared-files.js";
import { c3vocTextFormat } from "./c3voc-generator.js";
import { importC3vocJson } from "./c3voc-json.js";

// The real exports of ../shared/interop/c3voc: two from pretalx (rC3 2020, DemoCon), one from frab (Camp 2019).
const read = (name: string) => readFileSync(sharedFile(`interop/c3voc/${name}.json`), "utf8");
const eventsOf = (text: string) =>
  (JSON.parse(text).schedule.conference.days as { rooms: Record<string, Record<string, string>[]> }[]).flatMap((day) =>
    Object.values(day.rooms).flat(),
  );
const imported = (text: string, timeZone?: string) => {
  const result = importC3vocJson(text, timeZone ? { timeZone } : {});
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result;
};

describe("importC3vocJson text format, by the program that wrote the file", () => {
  it("keeps pretalx's Markdown as Markdown, the abstract as written (rC3)", () => {
    const text = read("pretalx-rc3");
    const { program } = imported(text, "Europe/Berlin");
    expect(program.textFormat).toBe("markdown");
    const source = eventsOf(text).find((event) => event.abstract?.includes("[Gluon](https://gluon.readthedocs.io/)"))!;
    const item = program.items.find((entry) => entry.title === source.title)!;
    expect(item.abstract).toBe(`${source.abstract!.trim()}\n\n${source.description!.trim()}`);
    expect(item.abstract).toContain("auf [Gluon](https://gluon.readthedocs.io/).");
  });

  it("reads DemoCon, another pretalx export, as Markdown", () => {
    expect(imported(read("pretalx-democon")).program.textFormat).toBe("markdown");
  });

  it("keeps frab's text plain (Camp 2019)", () => {
    const text = read("frab-camp2019");
    const { program } = imported(text);
    expect(program.textFormat).toBe(undefined);
    const [first] = eventsOf(text);
    expect(program.items.find((entry) => entry.title === first!.title)?.abstract).toContain(
      first!.abstract!.trim().slice(0, 60),
    );
  });

  it("trusts a generator over addresses: pretalx names itself today, anything else stays plain", () => {
    const rc3 = JSON.parse(read("pretalx-rc3"));
    const withGenerator = (name: string) => ({ ...rc3, generator: { name, version: "2025.1.0" } });
    expect(imported(JSON.stringify(withGenerator("pretalx")), "Europe/Berlin").program.textFormat).toBe("markdown");
    expect(imported(JSON.stringify(withGenerator("voctosched")), "Europe/Berlin").program.textFormat).toBe(undefined);
  });
});

describe("c3vocTextFormat", () => {
  const file = (schedule: Record<string, unknown>, generator?: Record<string, unknown>) => ({
    ...(generator ? { generator } : {}),
    schedule,
  });
  const talkPage = "https://pretalx.com/democon/talk/G9JGWY/";
  it.each([
    { why: "pretalx names itself", data: file({}, { name: "pretalx" }), urls: [], format: "markdown" },
    { why: "pretalx in any case", data: file({}, { name: "Pretalx", version: "2.3" }), urls: [], format: "markdown" },
    {
      why: "another generator",
      data: file({ base_url: "https://pretalx.com/democon/schedule/" }, { name: "frab" }),
      urls: [talkPage],
      format: "plain",
    },
    {
      why: "pretalx's talk pages beside its schedule",
      data: file({ base_url: "https://pretalx.com/democon/schedule/" }),
      urls: [talkPage, undefined],
      format: "markdown",
    },
    {
      why: "one page that is not a talk page",
      data: file({ base_url: "https://pretalx.com/democon/schedule/" }),
      urls: [talkPage, "https://pretalx.com/democon/sessions/2814"],
      format: "plain",
    },
    {
      why: "talk pages of another event",
      data: file({ base_url: "https://pretalx.com/democon/schedule/" }),
      urls: ["https://pretalx.com/other/talk/G9JGWY/"],
      format: "plain",
    },
    {
      why: "no event addresses",
      data: file({ base_url: "https://pretalx.com/democon/schedule/" }),
      urls: [undefined],
      format: "plain",
    },
    {
      why: "frab's pages",
      data: file({ base_url: "https://fahrplan.events.ccc.de/camp/2019/Fahrplan/" }),
      urls: ["https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10386.html"],
      format: "plain",
    },
    { why: "no schedule at all", data: "not a file", urls: [talkPage], format: "plain" },
  ] as const)("$why: $format", ({ data, urls, format }) => {
    expect(c3vocTextFormat(data, urls)).toBe(format);
  });
});
