/**
 * A program with sessions, from ISMIR 2024's real `papers.csv` (the excerpt kept in
 * `packages/core/test/fixtures/miniconf/ismir2024-papers.csv`): the paper ids, titles and
 * poster sessions (`day`, `session`, board `session-position`) are the site's. The session
 * times, chairs and the two orals are not in that file: they are set here to make a
 * schedule, in the venue's zone (San Francisco). The undated-time tutorial is invented too.
 */
export const ismirSessionsProgram = {
  event: {
    title: "ISMIR 2024 (excerpt)",
    kind: "conference",
    startDate: "2024-11-11",
    endDate: "2024-11-13",
    timeZone: "America/Los_Angeles",
  },
  people: [
    {
      id: "chair-1",
      name: "Session Chair One",
    },
    {
      id: "chair-2",
      name: "Session Chair Two",
    },
  ],
  rooms: [
    {
      id: "main",
      name: "Main hall",
    },
    {
      id: "posters",
      name: "Poster area",
    },
  ],
  sessions: [
    {
      id: "day1-session1",
      title: "Poster session 1",
      mode: "concurrent",
      room: "posters",
      chairs: ["chair-1"],
      start: "2024-11-11T10:30",
      end: "2024-11-11T12:00",
      items: ["paper-31", "paper-8", "paper-12"],
    },
    {
      id: "day2-session4",
      title: "Poster session 4",
      mode: "concurrent",
      room: "posters",
      chairs: ["chair-2"],
      start: "2024-11-12T14:00",
      end: "2024-11-12T15:30",
      items: ["paper-24", "paper-9", "paper-5"],
    },
    {
      id: "day2-orals",
      title: "Orals: transcription and beat tracking",
      room: "main",
      chairs: ["chair-1", "chair-2"],
      start: "2024-11-12T09:00",
      items: ["paper-10", "paper-18"],
    },
  ],
  items: [
    {
      id: "paper-31",
      kind: "poster",
      title: 'Can LLMs "Reason" in Music? An Evaluation of LLMs\' Capability of Music Understanding and Generation',
      board: "1-7",
    },
    {
      id: "paper-8",
      kind: "poster",
      title: "Robust and Accurate Audio Synchronization Using Raw Features From Transcription Models",
      board: "1-9",
    },
    {
      id: "paper-12",
      kind: "poster",
      title: "Learning Multifaceted Self-Similarity over Time and Frequency for Music Structure Analysis",
      board: "1-18",
    },
    {
      id: "paper-24",
      kind: "poster",
      title:
        "El Bongosero: A Crowd-sourced Symbolic Dataset of Improvised Hand Percussion Rhythms Paired with Drum Patterns",
      board: "4-5",
    },
    {
      id: "paper-9",
      kind: "poster",
      title: "Cluster and Separate: a GNN Approach to Voice and Staff Prediction for Score Engraving",
      board: "4-1",
    },
    {
      id: "paper-5",
      kind: "poster",
      title: "Nested Music Transformer: Sequentially Decoding Compound Tokens in Symbolic Music and Audio Generation",
      board: "4-12",
    },
    {
      id: "paper-10",
      kind: "contributed-talk",
      title: "Beat this! Accurate beat tracking without DBN postprocessing",
      duration: 20,
    },
    {
      id: "paper-18",
      kind: "contributed-talk",
      title: "Streaming Piano Transcription Based on Consistent Onset and Offset Decoding with Sustain Pedal Detection",
      duration: 20,
    },
    {
      id: "tutorial-tba",
      kind: "tutorial",
      title: "Tutorial (time to be announced)",
      date: "2024-11-12",
    },
  ],
};
