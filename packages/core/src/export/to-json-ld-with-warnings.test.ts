import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { toJsonLdWithWarnings } from "./to-json-ld-with-warnings.js";

const describeAll = (problems: readonly { path: string; message: string }[]) =>
  problems.map((problem) => `${problem.path}: ${problem.message}`);

describe("toJsonLdWithWarnings", () => {
  it("names each item with neither time nor date that it leaves out, and writes the others", () => {
    const { document, warnings, errors } = toJsonLdWithWarnings(
      validProgram({
        event: { schedule: { status: "tentative" } },
        items: [
          { id: "t", kind: "contributed-talk", title: "Timed", start: "2026-06-01T10:00", end: "2026-06-01T10:30" },
          { id: "u", kind: "contributed-talk", title: "Undated" },
          { id: "d", kind: "contributed-talk", title: "Dated", date: "2026-06-01" },
        ],
      }),
    );
    expect((document.subEvent as { name: string }[]).map((event) => event.name)).toEqual(["Timed", "Dated"]);
    expect(describeAll(warnings)).toEqual([
      "items[1]: has no time and no date; it is not in the JSON-LD (a schema.org event needs a start)",
    ]);
    expect(errors).toEqual([]);
  });

  it("is an error when no item has a time or a date, since the document would list none of them", () => {
    const { warnings, errors } = toJsonLdWithWarnings(
      validProgram({
        event: { schedule: { status: "tentative" } },
        items: [
          { id: "a", kind: "contributed-talk", title: "A" },
          { id: "b", kind: "poster", title: "B" },
        ],
      }),
    );
    expect(errors.map((error) => error.message)).toEqual([
      "no item has a time or a date (items[0], items[1]); the JSON-LD would list none of the program",
    ]);
    expect(warnings).toHaveLength(2);
  });

  it("has nothing to say about a program whose items all have times", () => {
    const { warnings, errors } = toJsonLdWithWarnings(
      validProgram({
        items: [{ id: "t", kind: "keynote", title: "K", start: "2026-06-01T09:00", end: "2026-06-01T10:00" }],
      }),
    );
    expect([...warnings, ...errors]).toEqual([]);
  });
});
