/**
 * The texts `<schedule-grid>` shows besides those shared with `<talk-card>` (`UiStrings`);
 * override any of them through the element's `strings` property.
 */
export interface ScheduleGridStrings {
  readonly days: string;
  /** The tab that shows every day, one under another. */
  readonly allDays: string;
  readonly timeZone: string;
  readonly eventTime: string;
  readonly yourTime: string;
  readonly bothTimes: string;
  readonly filters: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly kinds: string;
  readonly tracks: string;
  readonly rooms: string;
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
}

/** English defaults. */
export const defaultScheduleGridStrings: ScheduleGridStrings = {
  days: "Days",
  allDays: "All days",
  timeZone: "Times shown in",
  eventTime: "Event time",
  yourTime: "Your time",
  bothTimes: "Both",
  filters: "Filters",
  search: "Search",
  searchPlaceholder: "Title, speaker or author",
  kinds: "Kinds",
  tracks: "Tracks",
  rooms: "Rooms",
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
  noProgram: "No program to show: set the src attribute, a program property, or put the program's JSON in a <script type=\"application/json\"> inside the element.",
  noMatches: "Nothing matches these filters.",
  invalidProgram: (source, count) => `The program from ${source} could not be shown: ${count === 1 ? "1 problem" : `${count} problems`} to fix.`,
  tentativeProgram: "Tentative program",
  unscheduled: "Not yet scheduled",
  close: "Close",
  favourite: "My favourite",
  viewGrid: "Grid",
  viewList: "List",
  view: "View",
  matches: (count) => (count === 1 ? "1 item" : `${count} items`),
};

/** The defaults with overrides applied. */
export function mergeScheduleGridStrings(overrides: Partial<ScheduleGridStrings> | undefined): ScheduleGridStrings {
  return overrides ? { ...defaultScheduleGridStrings, ...overrides } : defaultScheduleGridStrings;
}
