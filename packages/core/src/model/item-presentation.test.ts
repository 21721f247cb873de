import { describe, expect, it } from "vitest";
import { parseProgram } from "../parse/parse-program.js";

const programWith = (presentation: unknown) => ({
  event: { title: "T", kind: "workshop", startDate: "2026-06-01", timeZone: "Europe/Berlin" },
  items: [{ id: "a", kind: "poster", title: "A", presentation }],
});

describe("an item's presentation", () => {
  it.each(["in-person", "remote", "hybrid"])("accepts %s", (presentation) => {
    const result = parseProgram(programWith(presentation));
    expect(result.ok && result.program.items[0]!.presentation).toBe(presentation);
  });

  it("rejects another word, naming the field and the words it takes", () => {
    const result = parseProgram(programWith("zoom"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(["items[0].presentation"]);
    expect(result.errors[0]!.message).toContain("in-person, remote, hybrid");
  });
});
