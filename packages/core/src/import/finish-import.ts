import { parseProgram, type ParseResult } from "../parse/parse-program.js";
import { formatPath, type PathSegment, type ProgramProblem } from "../parse/problem.js";
import { parsedValueSource, placeInSource, type ImportSource } from "./import-source.js";

/**
 * Where the parts of a built program came from in the importer's input, by collection:
 * `origins.get("items")[3]` is the path of the entry that became `items[3]`.
 */
export type ProgramOrigins = ReadonlyMap<string, readonly (readonly PathSegment[] | undefined)[]>;

/** How {@link finishImport} names places: the input's source, and the origins of what it built. */
export interface FinishImportContext {
  readonly source: ImportSource;
  readonly origins?: ProgramOrigins;
}

/** The input path that a path of the built program came from, or `undefined`. */
function originOf(
  segments: readonly PathSegment[],
  origins: ProgramOrigins | undefined,
): readonly PathSegment[] | undefined {
  const [collection, index] = segments;
  return typeof collection === "string" && typeof index === "number" ? origins?.get(collection)?.[index] : undefined;
}

/**
 * The last step of every importer: the program it built goes through the same parse
 * boundary as a hand-written one, and the importer's own warnings (what it dropped or
 * guessed) come first. Every problem is placed in the input: the importer's own by their
 * path, the program's by the entry it came from (named in the message), so a text input
 * gives each a line and column.
 */
export function finishImport(
  program: unknown,
  importWarnings: readonly ProgramProblem[],
  context: FinishImportContext = { source: parsedValueSource },
): ParseResult {
  const result = parseProgram(program);
  const { source, origins } = context;
  const placeProgramProblem = (problem: ProgramProblem): ProgramProblem => {
    const origin = originOf(problem.segments, origins);
    if (!origin) return placeInSource(source, problem, []);
    return placeInSource(
      source,
      { ...problem, message: `${problem.message} (imported from ${formatPath(origin) || "the document"})` },
      origin,
    );
  };
  const warnings = [
    ...importWarnings.map((warning) => placeInSource(source, warning)),
    ...result.warnings.map(placeProgramProblem),
  ];
  return result.ok
    ? { ok: true, program: result.program, warnings }
    : { ok: false, errors: result.errors.map(placeProgramProblem), warnings };
}
