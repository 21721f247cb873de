import type { Program } from "@lectern/core";
import { deltaProgram, programData, programFrom } from "./fixtures.js";

/**
 * Two versions of DeLTa 2026 (America/Sao_Paulo), as raw data: `after` is the real program
 * with talk-doucet cancelled; `before` had talk-chen at 14:00–14:30 (now 09:40–10:10) and no
 * oral-query-lower-bounds. Fresh copies on every call, for tests that change them further.
 */
export function deltaVersions(): { before: Record<string, any>; after: Record<string, any> } {
  const after = programData(deltaProgram);
  after.items.find((item: { id: string }) => item.id === "talk-doucet").status = "cancelled";
  const before = programData(deltaProgram);
  Object.assign(
    before.items.find((item: { id: string }) => item.id === "talk-chen"),
    { start: "2026-04-27T14:00", end: "2026-04-27T14:30" },
  );
  before.items = before.items.filter((item: { id: string }) => item.id !== "oral-query-lower-bounds");
  return { before, after };
}

/**
 * DeLTa 2026 as published later, as a parsed program: talk-chen moved to 14:00, talk-doucet
 * cancelled, talk-vidal retitled, lunch gone. What the changes-since-visit tests compare with.
 */
export function deltaLaterVersion(): Program {
  const data = programData(deltaProgram);
  const byId = (id: string) => data.items.find((item: { id: string }) => item.id === id);
  Object.assign(byId("talk-chen"), { start: "2026-04-27T14:00", end: "2026-04-27T14:30" });
  byId("talk-doucet").status = "cancelled";
  byId("talk-vidal").title = "Geometry and Optimization";
  data.items = data.items.filter((item: { id: string }) => item.id !== "lunch");
  return programFrom(data);
}
