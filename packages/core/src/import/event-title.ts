import { problemAt, type ProgramProblem } from "../parse/problem.js";

/** The title an import gives an event whose file and options name none. */
export const inventedEventTitle = "Untitled event";

/**
 * The event's title for an importer whose format may carry none (pretalx widget data,
 * Sessionize, Indico's timetable, MiniConf and spreadsheet CSV): the `title` option first,
 * then the file's own, else `invented` ({@link inventedEventTitle} unless the format has its
 * own placeholder) with a warning at `event.title` of the program, so an invented title never
 * goes unnoticed.
 */
export function chooseEventTitle(
  given: string | undefined,
  fromFile: string | undefined,
  warnings: ProgramProblem[],
  invented: string = inventedEventTitle,
): string {
  const title = given?.trim() || fromFile;
  if (title) return title;
  warnings.push(
    problemAt(
      ["event", "title"],
      `the file names no event title, so "${invented}" was invented; give one with the title option (lectern convert --title "...")`,
    ),
  );
  return invented;
}
