import type { ParseResult } from "../parse/parse-program.js";
import type { PathSegment, ProgramProblem } from "../parse/problem.js";
import { toSafeUrl } from "../model/safe-url.js";
import type { FrabImportOptions } from "./frab-xml.js";
import { createIdKeeper, createIdMaker } from "./slug-ids.js";
import {
  asKey,
  asList,
  asObject as object,
  asObjectList as list,
  asText as text,
  type JsonObject as Node,
} from "./json-values.js";
import { chooseEventTitle } from "./event-title.js";
import { finishImport } from "./finish-import.js";
import { guardImport } from "./guard-import.js";
import { problemInSource, type ImportSource } from "./import-source.js";
import { readJsonInput, rejectWith } from "./read-input.js";
import { readSessionizeCategories, speakerCategoriesOf } from "./sessionize-categories.js";
import { readSessionizeLinks } from "./sessionize-links.js";

/** Local wall-clock times: seconds and any fraction dropped, no offset added. */
const local = (value: unknown) =>
  typeof value === "string" ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})/.exec(value)?.[1] : undefined;

/**
 * Imports Sessionize's "All data" JSON (`{ sessions, speakers, rooms }`) as a program.
 * Sessionize writes local times with no offset ("2026-04-27T09:00:00"), so the event's zone
 * must be given: without it the import stops with an error rather than guess. Service
 * sessions (breaks) become breaks, plenum sessions span all rooms, categories become tags (and
 * a "Language" category the item's language), speaker links typed links, a speaker's `tagLine`
 * the first line of the biography (it is not an affiliation), a speaker's categories
 * `extra.categories` (a person has no tags), recording and live URLs links, and answers to the
 * event's questions `extra.answers`.
 * The export names no event, so the `title` option gives one. Never throws.
 */
export function importSessionize(
  input: string | unknown,
  options: FrabImportOptions & { title?: string } = {},
): ParseResult {
  return guardImport("Sessionize data", () => {
    const read = readJsonInput(input);
    if (!read.ok) return read;
    const data = object(read.data);
    if (!data || !Array.isArray(data.sessions)) {
      return rejectWith(
        problemInSource(
          read.source,
          ["sessions"],
          'is missing: Sessionize data is { "sessions": [...], "speakers": [...], "rooms": [...] }',
        ),
      );
    }
    const timeZone = text(object(options)?.timeZone);
    if (!timeZone) {
      return rejectWith(
        problemInSource(
          read.source,
          ["sessions"],
          "Sessionize times carry no time zone, so the event's zone must be given (the timeZone option, or --time-zone); it is not guessed",
        ),
      );
    }
    return importUnsafely(data, read.source, timeZone, text(object(options)?.title));
  });
}

function importUnsafely(data: Node, source: ImportSource, timeZone: string, givenTitle?: string): ParseResult {
  const at = (segments: readonly PathSegment[], message: string) => problemInSource(source, segments, message);
  const warnings: ProgramProblem[] = [];
  const roomId = createIdMaker("room-");
  const personId = createIdMaker("person-");
  const itemId = createIdKeeper("item-");
  const rooms = new Map(
    list(data.rooms).flatMap((room) => {
      const key = asKey(room.id);
      return text(room.name) && key !== undefined ? [[key, { id: roomId(key), name: text(room.name)! }] as const] : [];
    }),
  );
  // Answers to the event's own questions ("Session slug", "Recording") are kept under their question.
  const questions = new Map(list(data.questions).map((question) => [asKey(question.id), text(question.question)]));
  const answersOf = (node: Node) =>
    Object.fromEntries(
      list(node.questionAnswers).flatMap((answer) => {
        const value = text(answer.answerValue) ?? text(answer.answer);
        const question = questions.get(asKey(answer.questionId)) ?? text(answer.question) ?? asKey(answer.questionId);
        return value && question ? [[question, value]] : [];
      }),
    );
  // Categories (level, format, topic) become tags of sessions, and answers of speakers.
  const categories = readSessionizeCategories(data.categories);
  const people = new Map(
    list(data.speakers).flatMap((speaker, index) => {
      const fullName =
        text(speaker.fullName) ?? [text(speaker.firstName), text(speaker.lastName)].filter(Boolean).join(" ");
      const key = asKey(speaker.id);
      if (!key || !fullName) return [];
      const picture = text(speaker.profilePicture);
      const { links, unsafe } = readSessionizeLinks(speaker.links);
      if (unsafe.length > 0)
        warnings.push(at(["speakers", index, "links"], `${unsafe.join(", ")} is not a web address; left out`));
      // tagLine is a line the speaker writes about themselves ("MVP | ACP, Lead Cloud Architect"),
      // not an institution: it opens the biography, and stays verbatim in extra.
      const tagLine = text(speaker.tagLine);
      const biography = [tagLine, text(speaker.bio)].filter(Boolean).join("\n\n");
      const answers = answersOf(speaker);
      // A person has no tags: their answers to speaker categories ("Country") are kept in extra.
      const categorized = speakerCategoriesOf(speaker, categories);
      if (categorized.unknown.length > 0)
        warnings.push(
          at(
            ["speakers", index, "categoryItems"],
            `category item(s) ${categorized.unknown.join(", ")} are not in categories; left out`,
          ),
        );
      const extra = {
        ...(tagLine ? { tagLine } : {}),
        ...(Object.keys(answers).length > 0 ? { answers } : {}),
        ...(Object.keys(categorized.answers).length > 0 ? { categories: categorized.answers } : {}),
      };
      return [
        [
          key,
          {
            id: personId(key),
            name: fullName,
            ...(text(speaker.firstName) ? { givenName: text(speaker.firstName) } : {}),
            ...(text(speaker.lastName) ? { familyName: text(speaker.lastName) } : {}),
            ...(biography ? { biography } : {}),
            ...(picture && toSafeUrl(picture) ? { photo: toSafeUrl(picture)! } : {}),
            ...(links.length > 0 ? { links } : {}),
            ...(Object.keys(extra).length > 0 ? { extra } : {}),
          },
        ] as const,
      ];
    }),
  );
  const origins: PathSegment[][] = [];
  const items = asList(data.sessions).flatMap((entry, index) => {
    const session = object(entry);
    if (!session) {
      warnings.push(at(["sessions", index], "is not an object; left out"));
      return [];
    }
    origins.push(["sessions", index]);
    // An id listed twice is one person, listed once (the model refuses a speaker twice).
    const speakerIds = [
      ...new Set(asList(session.speakers).flatMap((speaker) => asKey(object(speaker)?.id) ?? asKey(speaker) ?? [])),
    ];
    const missing = speakerIds.filter((id) => !people.has(id));
    if (missing.length > 0)
      warnings.push(at(["sessions", index, "speakers"], `speaker(s) ${missing.join(", ")} not in speakers; left out`));
    const roomKey = asKey(session.roomId);
    const room = roomKey === undefined ? undefined : rooms.get(roomKey);
    const start = local(session.startsAt);
    const end = local(session.endsAt);
    const categoryIds = asList(session.categoryItems).map((id) => asKey(id) ?? "");
    const tags = categoryIds.flatMap((id) => categories.tags.get(id) ?? []);
    const language = categoryIds.flatMap((id) => categories.languages.get(id) ?? [])[0];
    const recordingUrl = toSafeUrl(text(session.recordingUrl) ?? "");
    const liveUrl = toSafeUrl(text(session.liveUrl) ?? "");
    const links = [
      ...(recordingUrl ? [{ kind: "video", url: recordingUrl }] : []),
      ...(liveUrl ? [{ kind: "livestream", url: liveUrl }] : []),
    ];
    const answers = answersOf(session);
    return [
      {
        id: itemId(asKey(session.id) ?? `session-${index + 1}`),
        kind: session.isServiceSession === true ? "coffee-break" : "contributed-talk",
        ...(text(session.title)
          ? { title: text(session.title) }
          : session.isServiceSession === true
            ? {}
            : { tba: ["title"] }),
        ...(text(session.description) ? { abstract: text(session.description) } : {}),
        ...(speakerIds.some((id) => people.has(id))
          ? { speakers: speakerIds.filter((id) => people.has(id)).map((id) => people.get(id)!.id) }
          : {}),
        ...(room ? { room: room.id } : {}),
        ...(session.isPlenumSession === true ? { plenary: true } : {}),
        ...(tags.length > 0 ? { tags } : {}),
        ...(start ? { start } : {}),
        ...(start && end ? { end } : {}),
        ...(session.status === "Declined" || session.status === "Cancelled" ? { status: "cancelled" } : {}),
        ...(language ? { language } : {}),
        ...(links.length > 0 ? { links } : {}),
        ...(Object.keys(answers).length > 0 ? { extra: { answers } } : {}),
      },
    ];
  });
  const firstStart = items.find((item) => typeof item.start === "string")?.start;
  const program = {
    version: 1,
    event: {
      title: chooseEventTitle(givenTitle, text(data.name) ?? text(data.title), warnings),
      kind: "conference",
      startDate: (firstStart ?? "1970-01-01").slice(0, 10),
      timeZone,
    },
    people: [...people.values()],
    rooms: [...rooms.values()],
    items,
  };
  return finishImport(program, warnings, { source, origins: new Map([["items", origins]]) });
}
