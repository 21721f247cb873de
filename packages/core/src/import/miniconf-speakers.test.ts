import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMiniconf } from "./miniconf-csv.js";

// The Mini-Conf repository's sitedata/speakers.csv as CHIL 2020 wrote it (test/fixtures/miniconf/README.md).
const speakers = readFileSync(
  new URL("../../test/fixtures/miniconf/miniconf-template-speakers.csv", import.meta.url),
  "utf8",
);
const options = { title: "CHIL 2020", timeZone: "America/New_York", startDate: "2020-07-23" };

function imported(extra: Record<string, unknown> = {}) {
  const result = importMiniconf({ speakers }, { ...options, ...extra });
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;
  const personOf = (uid: string) => {
    const item = program.items.find((entry) => entry.id === uid)!;
    return program.people!.find((person) => person.id === item.speakers![0])!;
  };
  return { program, warnings: result.warnings, personOf };
}

describe("importMiniconf on the Mini-Conf template's speakers.csv (CHIL 2020)", () => {
  it("makes each of the 5 rows an invited talk by its speaker, with institution", () => {
    const { program, personOf } = imported();
    expect(program.items.map((item) => [item.id, item.kind])).toEqual(
      ["1", "2", "3", "4", "5"].map((uid) => [uid, "invited-talk"]),
    );
    expect(program.items[0]!.title).toBe(
      "Machine Learning Challenges in the Fight for Social Good - the Covid-19 Case",
    );
    expect(personOf("1")).toMatchObject({ name: "Yoshua Bengio", affiliations: ["University of Montreal"] });
    expect(personOf("3").biography).toMatch(/^Sherri Rose, Ph.D. is an Associate Professor of Health Care/);
  });

  it("names every column it does not import, with the speakers file and the header line", () => {
    const { warnings } = imported({ siteUrl: "https://chil.ahli.cc/" });
    expect(warnings.map((warning) => [warning.path, warning.line, warning.message])).toEqual([
      ["speakers", 1, 'column "slideslive_id" is not imported'],
      ["speakers", 1, 'column "rocketchat_id" is not imported'],
    ]);
  });

  it("keeps the day: session 1 on thu and session 1 on fri are two sessions", () => {
    const { program } = imported();
    expect(program.sessions!.map((session) => [session.title, session.items])).toEqual([
      ["Day thu, session 1", ["1", "2", "5"]],
      ["Day fri, session 1", ["3", "4"]],
    ]);
  });

  it("joins the relative image onto siteUrl as the speaker's photo", () => {
    const { personOf } = imported({ siteUrl: "https://chil.ahli.cc/" });
    expect(personOf("1").photo).toBe("https://chil.ahli.cc/static/images/speakers/yoshua_bengio.png");
    expect(personOf("4").photo).toBe("https://chil.ahli.cc/static/images/speakers/ruslan_salakhutdinov.png");
  });

  it("without siteUrl, warns once naming the image column, the row and the value", () => {
    const { warnings, personOf } = imported();
    expect(personOf("1").photo).toBeUndefined();
    const images = warnings.filter((warning) => warning.message.includes('"image"'));
    expect(images.map((warning) => [warning.path, warning.line, warning.message])).toEqual([
      [
        "speakers",
        2,
        'row 2: column "image" has "static/images/speakers/yoshua_bengio.png", not an http(s) address (give siteUrl for relative ones); such photos are skipped',
      ],
    ]);
  });
});
