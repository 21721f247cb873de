// Test fixtures: the importers' sample files, in the shapes the real systems export. The
// importers' own tests read them, and so does the property test that mutates them
// (test/import-export.property.test.ts).

/** pretalx's schedule widget data, as its widget fetches it: talks reference rooms, tracks and speakers by id or code; names may be translations; breaks are slot_type "break". */
export const pretalxWidget = {
  version: "0.7",
  timezone: "Europe/Berlin",
  event_start: "2026-06-01",
  event_end: "2026-06-02",
  rooms: [
    { id: 11, name: { en: "Main hall", de: "Großer Saal" } },
    { id: 12, name: "Workshop room" },
  ],
  tracks: [{ id: 3, name: { en: "Security" }, color: "#aa3366" }],
  speakers: [
    { code: "ABCDEF", name: "Ana Souza", biography: "Works on flows.", avatar: "https://example.org/ana.jpg" },
    { code: "GHIJKL", name: "Kim Lee" },
  ],
  talks: [
    {
      code: "T1",
      title: "Opening keynote",
      abstract: "Hello.",
      speakers: ["ABCDEF"],
      room: 11,
      track: 3,
      start: "2026-06-01T09:00:00+02:00",
      end: "2026-06-01T10:00:00+02:00",
      state: "confirmed",
    },
    {
      slot_type: "break",
      description: { en: "Coffee" },
      room: 11,
      start: "2026-06-01T10:00:00+02:00",
      end: "2026-06-01T10:30:00+02:00",
    },
    {
      code: "T2",
      title: "<b>Parallel</b> talk",
      speakers: ["GHIJKL", "NOPE12"],
      room: 12,
      start: "2026-06-01T10:30:00.000+02:00",
      end: "2026-06-01T11:00:00.000+02:00",
    },
    {
      code: "T3",
      title: "Withdrawn one",
      speakers: [],
      room: 12,
      start: "2026-06-02T10:00:00+02:00",
      end: "2026-06-02T10:30:00+02:00",
      state: "withdrawn",
    },
  ],
};

/** Sessionize's "All data" endpoint: local times with NO offset, service sessions for breaks, plenum sessions for everyone. */
export const sessionizeData = {
  sessions: [
    {
      id: "101",
      title: "Keynote",
      description: "Big ideas.",
      startsAt: "2026-03-29T09:00:00",
      endsAt: "2026-03-29T10:00:00",
      isServiceSession: false,
      isPlenumSession: true,
      speakers: ["s1"],
      roomId: 1,
    },
    {
      id: "102",
      title: "Lunch",
      startsAt: "2026-03-29T12:00:00",
      endsAt: "2026-03-29T13:00:00",
      isServiceSession: true,
      isPlenumSession: false,
      speakers: [],
      roomId: null,
    },
    {
      id: "103",
      title: "Deep dive",
      startsAt: "2026-03-29T14:00:00",
      endsAt: "2026-03-29T14:45:00",
      isServiceSession: false,
      isPlenumSession: false,
      speakers: [{ id: "s2", name: "Kim Lee" }],
      roomId: 2,
      categoryItems: [77],
    },
  ],
  categories: [{ id: 7, title: "Level", items: [{ id: 77, name: "Advanced" }] }],
  speakers: [
    {
      id: "s1",
      firstName: "Ana",
      lastName: "Souza",
      fullName: "Ana Souza",
      bio: "Researcher.",
      tagLine: "Universidade de São Paulo",
      profilePicture: "https://example.org/ana.jpg",
    },
    { id: "s2", firstName: "Kim", lastName: "Lee", bio: null, tagLine: "", profilePicture: null },
  ],
  rooms: [
    { id: 1, name: "Aula" },
    { id: 2, name: "Blue Room" },
  ],
};

/** Indico's /export/timetable/ID.json: results.<event>.<YYYYMMDD>.<entry>, with session blocks nesting their entries, presenters with affiliations, conveners, posters and breaks. */
export const indicoTimetable = {
  results: {
    "1234": {
      "20260615": {
        s1: {
          _type: "Session",
          id: "s1",
          title: "Orals I",
          room: "Main Auditorium",
          conveners: [{ firstName: "Grace", familyName: "Hopper", affiliation: "Navy" }],
          startDate: { date: "2026-06-15", time: "09:00:00", tz: "Europe/Zurich" },
          endDate: { date: "2026-06-15", time: "10:00:00", tz: "Europe/Zurich" },
          entries: {
            c1: {
              _type: "Contribution",
              id: "c1",
              title: "Higgs at 14 TeV",
              description: "<p>We measure <b>things</b>.</p>",
              presenters: [{ firstName: "Ana", familyName: "Souza", affiliation: "CERN" }],
              startDate: { date: "2026-06-15", time: "09:00:00", tz: "Europe/Zurich" },
              endDate: { date: "2026-06-15", time: "09:30:00", tz: "Europe/Zurich" },
            },
            c2: {
              _type: "Contribution",
              id: "c2",
              title: "A poster",
              isPoster: true,
              presenters: [{ firstName: "Kim", familyName: "Lee", affiliation: "DESY" }],
              startDate: { date: "2026-06-15", time: "09:30:00", tz: "Europe/Zurich" },
              endDate: { date: "2026-06-15", time: "10:00:00", tz: "Europe/Zurich" },
            },
          },
        },
        b1: {
          _type: "Break",
          id: "b1",
          title: "Coffee",
          startDate: { date: "2026-06-15", time: "10:00:00", tz: "Europe/Zurich" },
          endDate: { date: "2026-06-15", time: "10:30:00", tz: "Europe/Zurich" },
        },
        c3: {
          _type: "Contribution",
          id: "c3",
          title: "Remote talk",
          presenters: [{ firstName: "Zoe", familyName: "Tan", affiliation: "NUS" }],
          startDate: { date: "2026-06-15", time: "16:30:00", tz: "Asia/Singapore" },
          endDate: { date: "2026-06-15", time: "17:00:00", tz: "Asia/Singapore" },
        },
      },
    },
  },
};

/** MiniConf's papers CSV (ICLR/ACL/ISMIR sites), with "|" lists and a presenting author marked "*". */
export const miniconfPapers = [
  "UID,title,authors,abstract,keywords,sessions",
  'p1,Flow Matching for Music,Ana Souza*|Kim Lee,"We show $x^2$ grows, with math.",generative models|audio,Session A|Session B',
  "p2,Another Paper,Kim Lee|René Vidal*,,audio,Session A",
].join("\n");

/** MiniConf's invited speakers CSV. */
export const miniconfSpeakers = [
  "UID,image,title,institution,speaker,abstract,bio,session",
  "k1,https://example.org/k.jpg,Keynote title,MIT,Zoe Keynote,Big talk.,Zoe works on things.,Keynotes",
].join("\n");

/** A program spreadsheet saved as CSV: the documented columns, a multi-line quoted abstract, speakers and affiliations separated by ";". */
export const programSheet = [
  "date,start,end,room,kind,title,speakers,affiliations,abstract,links",
  "2026-04-27,09:00,09:10,,opening-remarks,Opening Remarks,Kenji Fukumizu,,,",
  '2026-04-27,9:10,09:40,Main,invited,How Geometry Shapes Optimization,René Vidal,Johns Hopkins,"Deep generative models, geometry.',
  'Second paragraph.",https://arxiv.org/abs/2401.00001',
  "2026-04-27,11:30,11:40,Main,oral,Learning Unmasking Policies,Metod Jazbec; Theo X. Olausson,Apple; MIT,,",
  "2026-04-27,12:00,13:30,,lunch,Lunch,,,,",
].join("\n");
