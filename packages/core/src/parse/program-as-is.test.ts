import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { programSchema } from "../model/program.js";
import { programPassesAsIs } from "./program-as-is.generated.js";

describe("programPassesAsIs (generated from programSchema)", () => {
  it("says yes to every example program, and zod returns each unchanged", () => {
    const folder = new URL("../../examples/", import.meta.url);
    // Every example but the paper digest, which is another format.
    const names = readdirSync(folder).filter((name) => name.endsWith(".json") && !name.endsWith("-digest.json"));
    expect(names.length).toBeGreaterThan(2);
    for (const name of names) {
      const program: unknown = JSON.parse(readFileSync(new URL(name, folder), "utf8"));
      expect(programPassesAsIs(program), name).toBe(true);
      const zod = programSchema.safeParse(program);
      expect(zod.success && zod.data, name).toEqual(program);
    }
  });

  it("says no to a program with a problem in each kind of check", () => {
    const program = JSON.parse(readFileSync(new URL("../../examples/delta-2026.json", import.meta.url), "utf8")) as {
      event: Record<string, unknown>;
      items: Record<string, unknown>[];
      people: Record<string, unknown>[];
    };
    const broken = (change: (copy: typeof program) => void) => {
      const copy = structuredClone(program);
      change(copy);
      return programPassesAsIs(copy);
    };
    expect(broken(() => undefined)).toBe(true);
    expect(broken((copy) => (copy.event["timeZone"] = "Mars/Olympus"))).toBe(false);
    expect(broken((copy) => (copy.items[0]!["start"] = "2026-02-30T09:00"))).toBe(false);
    expect(broken((copy) => (copy.items[0]!["id"] = "has space"))).toBe(false);
    expect(broken((copy) => (copy.items[0]!["kind"] = "sermon"))).toBe(false);
    expect(broken((copy) => (copy.items[0]!["duration"] = 0))).toBe(false);
    expect(broken((copy) => (copy.items[0]!["duration"] = 2.5))).toBe(false);
    expect(broken((copy) => (copy.items[0]!["title"] = "  "))).toBe(false);
    expect(broken((copy) => (copy.items[0]!["colour"] = "red"))).toBe(false);
    expect(broken((copy) => (copy.items[0]!["links"] = [{ kind: "pdf", url: "javascript:alert(1)" }]))).toBe(false);
    expect(broken((copy) => (copy.items[0]!["extra"] = { when: Number.NaN }))).toBe(false);
    expect(broken((copy) => (copy.people[0]!["orcid"] = "0000"))).toBe(false);
  });
});
