import { problemAt, type ProgramProblem } from "../parse/problem.js";

/** The title an import gives an event whose file and options name none. */
export const inventedEventTitle = "Untitled event";

/**
 * The event's title for an importer whose format may carry none (pretalx widget data,
 * Sessionize, Indico's timetable): the `title` option first, then the file's own, else
 * {@link inventedEventTitle} with a warning at `event.title` of the program, so an invented title never goes unnoticed.
 */
export function chooseEventTitle(
  given: string | undefined,
  fromFile: string | undefined,
  warnings: ProgramProblem[],
): string {
  const title = given?.trim() || fromFile;
  if (title) return title;
  warnings.push(
    problemAt(
      ["event", "title"],
      `the file names no event title, so "${inventedEventTitle}" was invented; give one with the title option (lectern convert --title "...")`,
    ),
  );
  return inventedEventTitle;
}
