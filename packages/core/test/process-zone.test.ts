import { describe, expect, it } from "vitest";

// Guards the two-zone setup in vitest.config.ts: if the process zone were not really switched,
// the "exotic TZ" run would prove nothing.
describe("the test process runs in the zone its project names", () => {
  it("has the expected offset for a January instant", () => {
    const expected = process.env.LECTERN_EXPECTED_TZ;
    const offset = new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset();
    // getTimezoneOffset is minutes *behind* UTC: Chatham in January (summer) is UTC+13:45.
    expect({ zone: expected, offset }).toEqual(
      expected === "UTC" ? { zone: "UTC", offset: 0 } : { zone: "Pacific/Chatham", offset: -825 },
    );
  });
});
