import { describe, expect, it } from "vitest";
import { checkImportOptions, optionFlag, type Importer } from "./importer.js";

const importer: Importer = {
  format: "demo",
  label: "Demo file",
  description: "a format for this test",
  options: [
    { name: "timeZone", type: "string", required: true, description: "the event's IANA zone" },
    { name: "startDate", type: "string", required: true, description: "the first day" },
    { name: "strict", type: "boolean", required: false, description: "reject more" },
    {
      name: "dateFormat",
      type: "string",
      required: false,
      values: ["DD/MM/YYYY", "MM/DD/YYYY"],
      description: "how dates are written",
    },
  ],
  detect: () => 0,
  read: () => ({ ok: false, errors: [], warnings: [] }),
};

const messages = (values: Parameters<typeof checkImportOptions>[1], name?: Parameters<typeof checkImportOptions>[2]) =>
  checkImportOptions(importer, values, name).map((problem) => problem.message);

describe("optionFlag", () => {
  it.each([
    ["timeZone", "time-zone"],
    ["strict", "strict"],
    ["startDate", "start-date"],
  ])("spells %s as --%s", (name, flag) => {
    expect(optionFlag({ name })).toBe(flag);
  });
});

describe("checkImportOptions", () => {
  it("accepts the options as given", () => {
    expect(messages({ timeZone: "UTC", startDate: "2026-01-01", strict: true, dateFormat: "MM/DD/YYYY" })).toEqual([]);
  });

  it("names every missing required option in one problem, with what it is for", () => {
    expect(messages({ timeZone: "" })).toEqual([
      "Demo file cannot be read without options: give the timeZone option (the event's IANA zone) and the startDate option (the first day)",
    ]);
  });

  it("names options the way the caller spells them", () => {
    expect(messages({ timeZone: "UTC" }, (option) => `--${optionFlag(option)}`)).toEqual([
      "Demo file cannot be read without an option: give --start-date (the first day)",
    ]);
  });

  it("refuses a value of the wrong type or outside the choices", () => {
    expect(messages({ timeZone: "UTC", startDate: "2026-01-01", strict: "yes", dateFormat: "YYYY" })).toEqual([
      'the strict option must be a boolean, found "yes"',
      'the dateFormat option "YYYY" is not one of DD/MM/YYYY, MM/DD/YYYY',
    ]);
  });
});
