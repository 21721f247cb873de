import type { Program } from "../../../model/program.js";
import { parseProgram } from "../../../parse/parse-program.js";

/**
 * A deliberately hard program (seeded, deterministic): `talks` talks into `rooms` rooms of
 * mixed sizes over `periods` half-hour slots, nearly full, with shared speakers and tags that
 * must stay apart, and audiences that overflow. HiGHS takes many seconds to prove it
 * as a whole model (LP pricing, the default, proves it in about 1.5 s).
 */
export function hardProgram(talks = 200, rooms = 12, periods = 18): Program {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const start = (p: number) => {
    const minutes = 9 * 60 + (p % 9) * 30;
    const day = 15 + Math.floor(p / 9);
    return `2026-06-${day}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${minutes % 60 ? "30" : "00"}`;
  };
  const speakers = Math.floor(talks * 0.85);
  const input = {
    event: { title: "Hard", kind: "conference", startDate: "2026-06-15", endDate: "2026-06-16", timeZone: "UTC" },
    people: Array.from({ length: speakers }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` })),
    rooms: Array.from({ length: rooms }, (_, i) => ({ id: `r${i}`, name: `Room ${i}`, capacity: 20 + 15 * i })),
    items: Array.from({ length: talks }, (_, i) => ({
      id: `t${i}`,
      kind: "contributed-talk",
      title: `Talk ${i}`,
      duration: 30,
      speakers: [`p${i % speakers}`],
      tags: [{ label: `tag${(i * 7) % 24}` }],
    })),
    scheduling: {
      slots: Array.from({ length: periods }, (_, p) => ({ start: start(p), minutes: 30 })),
      audience: Array.from({ length: talks }, (_, i) => ({ item: `t${i}`, people: Math.floor(10 + random() * 200) })),
      apart: Array.from({ length: 24 }, (_, tag) => ({ tags: [`tag${tag}`] })),
    },
  };
  const parsed = parseProgram(input);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return parsed.program;
}
