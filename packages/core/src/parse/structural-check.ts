import * as z from "zod/mini";
import type { PathSegment } from "./problem.js";
import { schemaAt } from "./schema-at.js";

/** Something that checks a document's shape as its schema does (the schema, or zod's compiled copy). */
export type StructuralParser = Pick<z.ZodMiniType, "safeParse">;

/** zod's verdict on a document's shape: its output, or its issues. */
export type StructuralOutcome =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

/** How many elements of a long array are checked in one zod call when zod cannot take it whole. */
const partLength = 1_000;

/**
 * Checks `input` with `parser` (for `schema`), with zod's own answer whenever zod can give
 * one. zod gathers the issues of an object's field or an array's element into the parent's
 * list with `push(...issues)`, which overflows the stack once one field holds about 120,000
 * issues (a file of 130,000 broken items). Then the long arrays are checked in parts of
 * `partLength` elements, so no zod call sees more than one part, and the issues are the same.
 */
export function checkStructure(parser: StructuralParser, schema: z.ZodMiniType, input: unknown): StructuralOutcome {
  let result: ReturnType<StructuralParser["safeParse"]>;
  try {
    result = parser.safeParse(input, { reportInput: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { success: false, issues: issuesInParts(schema, input) };
  }
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
}

/** A long array cut from the view zod checks first, and where it is. */
interface Cut {
  readonly path: readonly PathSegment[];
  readonly elements: readonly unknown[];
}

function issuesInParts(schema: z.ZodMiniType, input: unknown): z.core.$ZodIssue[] {
  const cuts: Cut[] = [];
  const view = viewWithShortArrays(input, [], cuts);
  const first = schema.safeParse(view, { reportInput: true });
  const issues = first.success ? [] : [...first.error.issues];
  for (const cut of cuts) {
    const element = schemaAt(schema, [...cut.path, 0]);
    if (!element) continue;
    const part = z.array(element);
    for (let start = partLength; start < cut.elements.length; start += partLength) {
      for (const issue of issuesInParts(part, cut.elements.slice(start, start + partLength))) {
        const [index, ...rest] = issue.path;
        issues.push({ ...issue, path: [...cut.path, (index as number) + start, ...rest] });
      }
    }
  }
  return issues;
}

/**
 * `value` with every array longer than `partLength` cut to its first part (a copy along the
 * way; the value is not changed), recording each cut. Array-level bounds are checked on the
 * first part only; the model sets none above `partLength`.
 */
function viewWithShortArrays(value: unknown, path: readonly PathSegment[], cuts: Cut[]): unknown {
  if (Array.isArray(value)) {
    if (value.length > partLength) cuts.push({ path, elements: value });
    return value.slice(0, partLength).map((element, index) => viewWithShortArrays(element, [...path, index], cuts));
  }
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const view: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) view[key] = viewWithShortArrays(field, [...path, key], cuts);
  return view;
}
