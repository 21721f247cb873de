// The inputs of importMiniconf, apart so that the row readers can name them without a cycle.

/** One papers file among several, by name (see {@link MiniconfFiles.papers}). */
export interface MiniconfPapersFile {
  /** Its name as the user gave it (`demo_papers.csv`): problems about its rows name it. */
  readonly name: string;
  readonly text: string;
}

/** The two CSV files a MiniConf site is built from; give either or both. */
export interface MiniconfFiles {
  /**
   * `UID,title,authors,abstract,keywords,sessions`, lists separated by `|`; or several named
   * files (ACL and EMNLP sites split main, findings and demo papers), read as one list. A UID
   * given twice is a warning naming both rows.
   */
  readonly papers?: string | readonly MiniconfPapersFile[];
  /** `UID,image,title,institution,speaker,abstract,bio,session` (and `day`, `website`). */
  readonly speakers?: string;
  /**
   * A sessions file (CSV, JSON or YAML) listing timed sessions and the paper UIDs in each,
   * as EMNLP's `paper_sessions.yml` or SIGDIAL's `main_calendar.json`; see readMiniconfSessions.
   */
  readonly sessions?: string;
  /** The sessions file's name, to tell CSV from JSON/YAML when its text does not. */
  readonly sessionsFileName?: string;
}

/** What MiniConf's files do not say and a program needs. */
export interface MiniconfImportOptions {
  readonly title?: string;
  readonly timeZone: string;
  /** The event's first day, YYYY-MM-DD. */
  readonly startDate: string;
  /**
   * What an author's trailing `*` means: the presenting author (ISMIR, the default) or equal
   * contribution. Several starred authors of one paper with "presenter" is a warning.
   */
  readonly star?: "presenter" | "equal-contribution";
  /** The site's address, to make relative link cells ("static/papers/9.pdf") absolute. */
  readonly siteUrl?: string;
}
