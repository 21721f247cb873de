/**
 * The texts `<schedule-grid>` shows besides those shared with `<talk-card>` (`UiStrings`);
 * override any of them through the element's `strings` property.
 */
export interface ScheduleGridStrings {
  readonly days: string;
  /** The tab that shows every day, one under another. */
  readonly allDays: string;
  readonly timeZone: string;
  /** The time zone choice that shows the event's clock (its zone follows in brackets). */
  readonly eventTime: string;
  /** The time zone choice that shows the visitor's clock (its zone follows in brackets). */
  readonly viewerTimeOption: string;
  /** The time zone choice that shows both clocks. */
  readonly bothTimes: string;
  readonly filters: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  /** The legend of the filter by kind (`kinds` is the shared record of kind names). */
  readonly kindsFilterLabel: string;
  /** The legend of the filter by track. */
  readonly tracksFilterLabel: string;
  /** The legend of the filter by room. */
  readonly roomsFilterLabel: string;
  readonly favouritesOnly: string;
  readonly addFavourite: (title: string) => string;
  readonly removeFavourite: (title: string) => string;
  /** The favourite toggle in the dialog (a pressed button when the talk is a favourite). */
  readonly favourite: string;
  readonly downloadFavourites: string;
  readonly clearFilters: string;
  readonly time: string;
  readonly noRoom: string;
  readonly allRooms: string;
  readonly now: string;
  readonly loading: string;
  readonly noProgram: string;
  readonly noMatches: string;
  readonly invalidProgram: (source: string, count: number) => string;
  readonly tentativeProgram: string;
  readonly unscheduled: string;
  readonly close: string;
  readonly viewGrid: string;
  readonly viewList: string;
  readonly view: string;
  readonly matches: (count: number) => string;
  /** The button of a concurrent session's cell that shows the `count` items its preview leaves out. */
  readonly sessionMore: (count: number) => string;
  /** The same button once every item shows: back to the preview. */
  readonly sessionFewer: string;
}

/** English defaults. */
export const defaultScheduleGridStrings: ScheduleGridStrings = {
  days: "Days",
  allDays: "All days",
  timeZone: "Times shown in",
  eventTime: "Event time",
  viewerTimeOption: "Your time",
  bothTimes: "Both",
  filters: "Filters",
  search: "Search",
  searchPlaceholder: "Title, speaker or author",
  kindsFilterLabel: "Kinds",
  tracksFilterLabel: "Tracks",
  roomsFilterLabel: "Rooms",
  favouritesOnly: "Only my favourites",
  addFavourite: (title) => `Add “${title}” to my favourites`,
  removeFavourite: (title) => `Remove “${title}” from my favourites`,
  downloadFavourites: "Download my favourites (.ics)",
  clearFilters: "Clear filters",
  time: "Time",
  noRoom: "Other",
  allRooms: "All rooms",
  now: "Now",
  loading: "Loading the program…",
  noProgram:
    'No program to show: set the src attribute, a program property, or put the program\'s JSON in a <script type="application/json"> inside the element.',
  noMatches: "Nothing matches these filters.",
  invalidProgram: (source, count) =>
    `The program from ${source} could not be shown: ${count === 1 ? "1 problem" : `${count} problems`} to fix.`,
  tentativeProgram: "Tentative program",
  unscheduled: "Not yet scheduled",
  close: "Close",
  favourite: "My favourite",
  viewGrid: "Grid",
  viewList: "List",
  view: "View",
  matches: (count) => (count === 1 ? "1 item" : `${count} items`),
  sessionMore: (count) => `+${count} more`,
  sessionFewer: "Show fewer",
};

/**
 * The keys `<schedule-grid>` had before each text got one name per meaning across the
 * elements. Still read when given (and their new name is not), until the next minor version.
 */
export interface DeprecatedScheduleGridStrings {
  /**
   * @deprecated Use `kindsFilterLabel`. As a text, `kinds` is still read as the filter's
   * legend; as a record it is the shared names of kinds (`UiStrings.kinds`).
   */
  readonly kinds?: unknown;
  /**
   * @deprecated Use `viewerTimeOption`: `yourTime` is the shared "your time" after a time in
   * the visitor's zone. Still read as the choice's label when `viewerTimeOption` is not given.
   */
  readonly yourTime?: string;
  /** @deprecated Use `tracksFilterLabel`. */
  readonly tracks?: string;
  /** @deprecated Use `roomsFilterLabel`. */
  readonly rooms?: string;
}

/** The defaults with overrides applied; a deprecated key takes effect under its new name. */
export function mergeScheduleGridStrings(
  overrides: (Partial<ScheduleGridStrings> & DeprecatedScheduleGridStrings) | undefined,
): ScheduleGridStrings {
  if (!overrides) return defaultScheduleGridStrings;
  const { kinds, yourTime, tracks, rooms, ...current } = overrides;
  const renamed: Partial<ScheduleGridStrings> = {
    ...(typeof kinds === "string" ? { kindsFilterLabel: kinds } : {}),
    ...(yourTime !== undefined ? { viewerTimeOption: yourTime } : {}),
    ...(tracks !== undefined ? { tracksFilterLabel: tracks } : {}),
    ...(rooms !== undefined ? { roomsFilterLabel: rooms } : {}),
  };
  return { ...defaultScheduleGridStrings, ...renamed, ...current };
}
