import type * as z from "zod/mini";

// Reads zod's internals (`_zod.def`, `_zod.traits`, check definitions), which are not zod's
// public API and may change in any release, a patch too. That is why packages/core/package.json
// pins zod to an exact version: a zod upgrade is a deliberate step, after which
// `npm run generate` and the staleness test (generated-files.test.ts) show what changed.

/** A zod check as far as the generator reads it: its constructors' names and its definition. */
export interface CheckInternals {
  readonly _zod: {
    readonly traits: ReadonlySet<string>;
    readonly def: {
      readonly when?: unknown;
      readonly pattern?: unknown;
      readonly format?: string;
      readonly value?: unknown;
      readonly inclusive?: boolean;
      readonly minimum?: number;
      readonly maximum?: number;
    };
  };
}

/** A schema as far as the generator reads it. */
export interface SchemaInternals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly CheckInternals[];
    readonly coerce?: boolean;
    readonly shape?: Record<string, z.ZodMiniType>;
    readonly catchall?: z.ZodMiniType;
    readonly element?: z.ZodMiniType;
    readonly innerType?: z.ZodMiniType;
    readonly keyType?: z.ZodMiniType;
    readonly valueType?: z.ZodMiniType;
    readonly partial?: boolean;
    readonly mode?: string;
    readonly fn?: unknown;
  };
  readonly traits: ReadonlySet<string>;
  readonly optin?: string;
  readonly values?: ReadonlySet<unknown>;
}

/** The internals of a zod schema, as far as the generator reads them. */
export const internals = (schema: z.ZodMiniType) => (schema as unknown as { _zod: SchemaInternals })._zod;

export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function fail(path: readonly string[], what: string): never {
  throw new Error(`generateAsIsCheck cannot write out ${what}, at ${path.join(".")}`);
}
