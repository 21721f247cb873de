/** The 16 weight keys of CoSPLib's `parameters` sheet, in the order of cells E2..E17. */
export const COSPLIB_WEIGHT_KEYS = [
  "tracksSessions",
  "tracksRooms",
  "sessionsRooms",
  "similarTracks",
  "numRoomsPerTrack",
  "parallelTracks",
  "consecutiveTracks",
  "submissionsTimezones",
  "submissionsOrder",
  "submissionsSessions",
  "submissionsRooms",
  "presentersConflicts",
  "attendeesConflicts",
  "chairsConflicts",
  "presentersConflictsTimeslot",
  "attendeesConflictsTimeslot",
] as const;

/** One of the library's 16 weighted terms. */
export type CosplibWeightKey = (typeof COSPLIB_WEIGHT_KEYS)[number];

/** A submission (talk, paper, tutorial…) of a CoSPLib instance. */
export interface CosplibSubmission {
  readonly id: string;
  readonly track: string;
  readonly requiredSlots: number;
  /** Wanted position inside its track; 0 = no wish. */
  readonly order: number;
  /** Presenter's zone as whole hours from UTC (`GMT+2` = 2). */
  readonly zoneOffsetHours: number;
  readonly presenters: readonly string[];
  readonly attendees: readonly string[];
  /** Penalty of each session id (missing = 0). */
  readonly sessionPenalty: Readonly<Record<string, number>>;
  /** Penalty of each room id (missing = 0). */
  readonly roomPenalty: Readonly<Record<string, number>>;
}

/** A session of the instance: every room is open in it, with `maxSlots` slots each. */
export interface CosplibSession {
  readonly id: string;
  readonly maxSlots: number;
  /** `YYYY-MM-DD`, conference-local. */
  readonly date: string;
  /** `HH:MM`, conference-local. */
  readonly start: string;
  /** `HH:MM`, conference-local. */
  readonly end: string;
}

/** A CoSPLib instance read from its nine sheets, ids kept verbatim. */
export interface CosplibInstance {
  /** Conference zone as whole hours from UTC. */
  readonly zoneOffsetHours: number;
  /** Minutes since midnight: suitable window (presenter's clock). */
  readonly suitable: readonly [number, number];
  /** Minutes since midnight: less suitable outer window. */
  readonly lessSuitable: readonly [number, number];
  readonly smallZonePenalty: number;
  readonly bigZonePenalty: number;
  readonly weights: Readonly<Record<CosplibWeightKey, number>>;
  readonly submissions: readonly CosplibSubmission[];
  readonly tracks: readonly { readonly id: string; readonly chairs: readonly string[] }[];
  readonly sessions: readonly CosplibSession[];
  readonly rooms: readonly string[];
  /** `tracksSessions[track][session]`, missing = 0. */
  readonly tracksSessions: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** `tracksRooms[track][room]`, missing = 0. */
  readonly tracksRooms: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** `sessionsRooms[session][room]`, missing = 0. */
  readonly sessionsRooms: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Symmetric: `similarTracks[a][b]`, read from the sheet's upper triangle as the library does. */
  readonly similarTracks: Readonly<Record<string, Readonly<Record<string, number>>>>;
}
