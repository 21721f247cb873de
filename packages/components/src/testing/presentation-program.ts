/**
 * A small conference whose items are presented in each way (ISMIR 2024's papers.csv has a
 * "Remote" paper among ones in San Francisco): two rooms of talks, one remote, one hybrid, one
 * in person by its field and one that does not say; and a poster session with a remote poster.
 * Invented data; the marks it tests are "Remote" and "Hybrid", and none for in person.
 */
export const presentationProgram = {
  event: { title: "Presented 2026", kind: "conference", startDate: "2026-05-04", timeZone: "Europe/Vienna" },
  people: [
    { id: "ana", name: "Ana Silva" },
    { id: "li", name: "Li Na" },
  ],
  rooms: [
    { id: "hall", name: "Hall A" },
    { id: "posters", name: "Poster hall" },
  ],
  sessions: [
    {
      id: "posters-1",
      title: "Poster session 1",
      mode: "concurrent",
      room: "posters",
      start: "2026-05-04T11:00",
      end: "2026-05-04T12:00",
      items: ["poster-remote", "poster-here"],
    },
  ],
  items: [
    {
      id: "talk-remote",
      kind: "contributed-talk",
      title: "Given from afar",
      presentation: "remote",
      authors: [{ person: "ana", presenting: true }],
      room: "hall",
      start: "2026-05-04T09:00",
      end: "2026-05-04T09:20",
    },
    {
      id: "talk-hybrid",
      kind: "contributed-talk",
      title: "Given both ways",
      presentation: "hybrid",
      authors: [{ person: "li" }],
      room: "hall",
      start: "2026-05-04T09:20",
      end: "2026-05-04T09:40",
    },
    {
      id: "talk-here",
      kind: "contributed-talk",
      title: "Given in the room",
      presentation: "in-person",
      authors: [{ person: "li" }],
      room: "hall",
      start: "2026-05-04T09:40",
      end: "2026-05-04T10:00",
    },
    {
      id: "talk-unsaid",
      kind: "contributed-talk",
      title: "Given as talks are",
      authors: [{ person: "ana" }],
      room: "hall",
      start: "2026-05-04T10:00",
      end: "2026-05-04T10:20",
    },
    { id: "poster-remote", kind: "poster", title: "A poster from afar", presentation: "remote", board: "7" },
    { id: "poster-here", kind: "poster", title: "A poster in the hall", board: "8" },
  ],
};
