// The element types generated into @lectern/components/dist/frameworks/ (from
// custom-elements.json), checked with the TypeScript compiler as a user's project would: the
// docs site's React example typechecks, and a misspelled or ill-typed attribute does not.
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  types: [],
  strict: true,
  noEmit: true,
  // The generated .d.ts files are checked too (so a broken one fails here); the frameworks'
  // own declarations are not ours to check.
  skipLibCheck: false,
  skipDefaultLibCheck: true,
};

/**
 * The type errors of a few files compiled together, as "file:line: message" per file. Files
 * that must not see each other's declarations (a module augmentation is global to a program)
 * go in separate groups; each group is compiled once.
 */
function compileGroup(relativePaths: string[]): Map<string, string[]> {
  const files = relativePaths.map((path) => fileURLToPath(new URL(path, import.meta.url)));
  const program = ts.createProgram(files, options);
  const errors = new Map<string, string[]>();
  for (const [index, file] of files.entries()) {
    const diagnostics = [...ts.getPreEmitDiagnostics(program, program.getSourceFile(file))];
    errors.set(relativePaths[index]!, diagnostics.map(formatDiagnostic));
  }
  // Errors inside our generated declarations (they are checked: skipLibCheck is off) count
  // against every file of the group.
  const generated = program
    .getSourceFiles()
    .filter((source) => /[/]components[/]dist[/]frameworks[/]/.test(source.fileName));
  const generatedErrors = generated
    .flatMap((source) => [...program.getSemanticDiagnostics(source), ...program.getSyntacticDiagnostics(source)])
    .map(formatDiagnostic);
  for (const [path, list] of errors) errors.set(path, [...generatedErrors, ...list]);
  return errors;
}

function formatDiagnostic(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  if (!diagnostic.file || diagnostic.start === undefined) return message;
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${diagnostic.file.fileName.split(/[\\/]/).slice(-1)[0]}:${line + 1}: ${message}`;
}

const errorsByFile = new Map<string, string[]>();
const typeErrors = (path: string): string[] => {
  const errors = errorsByFile.get(path);
  if (!errors) throw new Error(`${path} is in no compiled group`);
  return errors;
};

beforeAll(() => {
  for (const group of [
    [
      "react/program-page.tsx",
      "react/main.tsx",
      "fixtures/misspelled-attribute.tsx",
      "fixtures/ill-typed-attribute.tsx",
    ],
    ["fixtures/vue-props.ts", "fixtures/vue-misspelled.ts"],
    ["fixtures/without-types.tsx"],
    ["fixtures/public-types.ts", "fixtures/not-exported-type.ts"],
  ]) {
    for (const [path, errors] of compileGroup(group)) errorsByFile.set(path, errors);
  }
});

describe("React 19 JSX types (@lectern/components/react)", () => {
  it("accept the docs' React example: <schedule-grid src day time-zone> and its favourites-change event", () => {
    expect(typeErrors("react/program-page.tsx")).toEqual([]);
    expect(typeErrors("react/main.tsx")).toEqual([]);
  });

  it("reject a misspelled attribute (scr for src)", () => {
    const errors = typeErrors("fixtures/misspelled-attribute.tsx");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^misspelled-attribute\.tsx:4: .*'scr'/s);
  });

  it('reject ill-typed attributes (theme="purple", a number for day)', () => {
    const errors = typeErrors("fixtures/ill-typed-attribute.tsx");
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^ill-typed-attribute\.tsx:4: .*"purple"/s);
    expect(errors[1]).toMatch(/^ill-typed-attribute\.tsx:5: .*number.*string/s);
  });

  it("are what makes the tag known: without them React rejects <schedule-grid>", () => {
    expect(typeErrors("fixtures/without-types.tsx").join("\n")).toMatch(
      /without-types\.tsx:3: .*'schedule-grid' does not exist on type 'JSX\.IntrinsicElements'/s,
    );
  });
});

describe("Vue types (@lectern/components/vue, GlobalComponents)", () => {
  it("accept <schedule-grid>'s props", () => {
    expect(typeErrors("fixtures/vue-props.ts")).toEqual([]);
  });

  it("reject a misspelled prop and an ill-typed one", () => {
    const errors = typeErrors("fixtures/vue-misspelled.ts");
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^vue-misspelled\.ts:8: .*'scr'/s);
    expect(errors[1]).toMatch(/^vue-misspelled\.ts:9: .*"purple"/s);
  });
});

describe("the public types of @lectern/components' entry", () => {
  it("include the text overrides and the grid's strings (UiStringOverrides, DeprecatedScheduleGridStrings, ...)", () => {
    expect(typeErrors("fixtures/public-types.ts")).toEqual([]);
  });

  it("are checked for real: a name the entry does not export is an error", () => {
    expect(typeErrors("fixtures/not-exported-type.ts").join("\n")).toMatch(/UiStringOverridesThatDoNotExist/);
  });
});
