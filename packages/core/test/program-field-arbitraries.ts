import fc from "fast-check";
import { linkKinds } from "../src/model/link.js";
import { announceablePersonFields } from "../src/model/person.js";

// Arbitraries (fast-check) for the fields of a valid program, shared by the parser property tests.

/**
 * JSON for `extra`, minus what JSON text cannot carry back: `-0` (JSON.stringify writes 0) and
 * `__proto__` keys, which parseProgram drops (see the dedicated test below; a bug).
 */
export function sanitizeJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sanitizeJson);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "__proto__")
        .map(([key, entry]) => [key, sanitizeJson(entry)]),
    );
  }
  return Object.is(value, -0) ? 0 : value;
}

export const zones = [
  "America/Sao_Paulo",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "Europe/Berlin",
  "America/Detroit",
  "UTC",
] as const;
export const pad2 = (value: number) => String(value).padStart(2, "0");

export const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,11}$/);
export const hasText = (text: string) => /\S/.test(text);
/** Non-blank text, kept verbatim (spaces around it included), in ASCII, any Unicode, or lone surrogates. */
export const lineArb = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }),
    fc.string({ unit: "binary", minLength: 1, maxLength: 4 }),
    fc.constantFrom("Opening Remarks", "  padded title  ", "Brasília Time (GMT−3)", "<b>not HTML</b>", "TBA"),
  )
  .filter(hasText);
export const richTextArb = fc.oneof(
  lineArb,
  fc.constantFrom("First paragraph.\n\nSecond with $x^2$ and \\( \\alpha \\).", " lead\n"),
);
export const urlArb = fc.oneof(
  fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true }),
  fc.emailAddress().map((address) => `mailto:${address}`),
);
export const durationArb = fc.oneof(fc.integer({ min: 1, max: 240 }), fc.constant(20160));
export const extraArb = fc
  .dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
  .map((value) => sanitizeJson(value) as Record<string, unknown>);
export const dateArb = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, day }) => `2026-${pad2(month)}-${pad2(day)}`);
/**
 * A date-time: local (in the program's zone) or an instant with an offset. Local times are
 * 08:00-18:59: none of the zones above changes its clocks then, so none is in a DST gap or overlap.
 */
export const dateTimeArb = fc
  .record({
    date: dateArb,
    hour: fc.integer({ min: 8, max: 18 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    offset: fc.option(fc.constantFrom("Z", "+00:00", "-03:00", "+05:45", "+12:45", "+13:45", "-14:00", "+14:00"), {
      nil: undefined,
    }),
  })
  .map(
    ({ date, hour, minute, second, offset }) =>
      `${date}T${pad2(hour)}:${pad2(minute)}${second === undefined ? "" : `:${pad2(second)}`}${offset ?? ""}`,
  );

export const linkArb = fc.record(
  { kind: fc.constantFrom(...linkKinds), url: urlArb, label: lineArb },
  { requiredKeys: ["kind", "url"] },
);
export const tagArb = fc.record(
  {
    label: lineArb,
    score: fc.double({ min: 0, max: 1, noNaN: true }).map((score) => (Object.is(score, -0) ? 0 : score)),
    path: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ["label"] },
);

/** Fields that are given must not be listed in tba: drop the given ones from the wish list. */
export function announce<T extends Record<string, unknown>>(
  entry: T,
  wanted: readonly string[],
  isGiven: (field: string) => boolean,
): T {
  const tba = wanted.filter((field) => !isGiven(field));
  return tba.length > 0 ? { ...entry, tba } : entry;
}

export const personArb = (id: string) =>
  fc
    .record(
      {
        name: lineArb,
        givenName: lineArb,
        familyName: lineArb,
        affiliations: fc.array(lineArb, { maxLength: 2 }),
        biography: richTextArb,
        homepage: urlArb,
        photo: urlArb,
        orcid: fc.stringMatching(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/),
        email: fc.emailAddress(),
        extra: extraArb,
        wanted: fc.subarray([...announceablePersonFields]),
      },
      { requiredKeys: ["wanted"] },
    )
    .map(({ wanted, ...fields }) => {
      const person: Record<string, unknown> = { id, ...fields };
      Object.assign(
        person,
        announce({}, wanted, (field) => person[field] !== undefined),
      );
      // A name is required unless it is to be announced.
      if (person.name === undefined && !(person.tba as string[] | undefined)?.includes("name")) person.name = "Someone";
      return person;
    });

export const roomArb = (id: string) =>
  fc
    .record(
      {
        name: lineArb,
        capacity: fc.integer({ min: 1, max: 5000 }),
        building: lineArb,
        floor: lineArb,
        description: richTextArb,
        extra: extraArb,
      },
      { requiredKeys: ["name"] },
    )
    .map((room) => ({ id, ...room }));

export const trackArb = (id: string) =>
  fc
    .record(
      { name: lineArb, color: fc.stringMatching(/^#[0-9a-fA-F]{6}$/), description: richTextArb, extra: extraArb },
      { requiredKeys: ["name"] },
    )
    .map((track) => ({ id, ...track }));
