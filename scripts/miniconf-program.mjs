// A deterministic MiniConf-shaped conference for the benchmarks (browser and import): 2,000 papers in 115
// timed sessions over 4 days. Each day has 4 poster sessions (`concurrent`, 100-104 papers each,
// with boards) in the poster hall and about 25 oral sessions (`sequence`, 4 talks of 15
// minutes) over 3 rooms; authors with affiliations, 8 tracks, per-paper keyword phrases (as
// tags) and a few shared subject areas. Generated, not committed: the same program every run.

import { createRandom, pad } from "./seeded-random.mjs";
const at = (date, minute) => `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
const words = ["graph", "neural", "sparse", "causal", "robust", "audio", "language", "vision", "kernel", "bayesian"];
const subjects = ["Learning theory", "Deep learning", "Optimization", "Applications", "Fairness", "Generative models"];

/**
 * @param {{ seed?: number }} [options]
 * @returns {{ program: object, firstDay: string, firstDaySessions: number, firstDayOrals: number }}
 *   the program (Lectern format) and what day one holds, for the pages to wait for
 */
export function miniconfProgram({ seed = 17 } = {}) {
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const days = ["2026-07-13", "2026-07-14", "2026-07-15", "2026-07-16"];
  // A path runs from the broadest topic down to the tag itself, so it ends with the label.
  const subjectTag = (subject) => ({ label: subject, path: ["Subject areas", subject] });
  const people = Array.from({ length: 5000 }, (_, index) => ({
    id: `a${index}`,
    name: `Author ${index} ${pick(["Souza", "Chen", "Müller", "Okafor", "Tanaka", "Núñez"])}`,
    affiliations: [`University ${index % 211}`],
  }));
  const rooms = [
    { id: "hall", name: "Poster hall" },
    { id: "r1", name: "Room 1" },
    { id: "r2", name: "Room 2" },
    { id: "r3", name: "Room 3" },
  ];
  const tracks = Array.from({ length: 8 }, (_, index) => ({ id: `t${index}`, name: `Track ${index + 1}` }));
  const items = [];
  const sessions = [];
  const paper = (kind) => {
    const number = items.length + 1;
    const authorCount = 1 + Math.floor(random() * 6);
    const authors = [...new Set(Array.from({ length: authorCount }, () => `a${Math.floor(random() * people.length)}`))];
    const item = {
      id: `paper-${number}`,
      kind,
      title: `On ${pick(words)} ${pick(words)} methods for ${pick(words)} problems (paper ${number})`,
      abstract: `We study ${pick(words)} ${pick(words)} models. Paper ${number} shows a bound and experiments.`,
      authors: authors.map((person, index) => ({ person, ...(index === 0 ? { presenting: true } : {}) })),
      track: `t${number % tracks.length}`,
      tags: [{ label: `${pick(words)} ${pick(words)} ${number}` }, subjectTag(pick(subjects))],
      links: [{ kind: "pdf", url: `https://example.org/papers/${number}.pdf` }],
    };
    items.push(item);
    return item;
  };
  const posterStarts = [8 * 60, 10 * 60 + 30, 13 * 60 + 30, 16 * 60];
  const oralsPerDay = [25, 25, 25, 24];
  let sessionNumber = 0;
  for (const [dayIndex, date] of days.entries()) {
    for (const [index, start] of posterStarts.entries()) {
      sessionNumber += 1;
      // 16 x 100 posters, 4 more in the last one, and 99 x 4 orals: 2,000 papers.
      const papers = Array.from({ length: dayIndex === 3 && index === 3 ? 104 : 100 }, (_, board) => {
        const item = paper("poster");
        item.board = `${dayIndex * 4 + index + 1}-${board + 1}`;
        return item.id;
      });
      sessions.push({
        id: `posters-${dayIndex + 1}-${index + 1}`,
        title: `Poster session ${dayIndex * 4 + index + 1}`,
        mode: "concurrent",
        room: "hall",
        chairs: [`a${Math.floor(random() * people.length)}`],
        start: at(date, start),
        end: at(date, start + 120),
        items: papers,
      });
    }
    for (let oral = 0; oral < oralsPerDay[dayIndex]; oral += 1) {
      sessionNumber += 1;
      const start = 8 * 60 + Math.floor(oral / 3) * 65;
      sessions.push({
        id: `orals-${dayIndex + 1}-${oral + 1}`,
        title: `Orals ${sessionNumber}: ${pick(subjects)}`,
        room: `r${(oral % 3) + 1}`,
        chairs: [`a${Math.floor(random() * people.length)}`, `a${Math.floor(random() * people.length)}`],
        start: at(date, start),
        items: Array.from({ length: 4 }, () => {
          const item = paper("contributed-talk");
          item.duration = 15;
          return item.id;
        }),
      });
    }
  }
  const program = {
    version: 1,
    event: {
      title: "MiniConf-shaped Conference 2026",
      kind: "conference",
      startDate: days[0],
      endDate: days.at(-1),
      timeZone: "America/Vancouver",
    },
    people,
    rooms,
    tracks,
    sessions,
    items,
  };
  return { program, firstDay: days[0], firstDaySessions: 4 + oralsPerDay[0], firstDayOrals: 4 * oralsPerDay[0] };
}
