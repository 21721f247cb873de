import type { Item } from "../model/item.js";
import type { ItemKind } from "../model/item-kind.js";
import type { ItemPresentation } from "../model/item-presentation.js";
import type { Paper, PaperDigest } from "../model/paper-digest.js";
import type { Person } from "../model/person.js";
import type { Program } from "../model/program.js";
import type { Session } from "../model/session.js";
import type { Tag } from "../model/tag.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { facetPathOf } from "./facet-path.js";
import { UncarriedFields } from "./uncarried-fields.js";

/**
 * The kinds of item that become papers by default: what has authors or speakers and a
 * subject. Breaks, remarks, awards and poster-session containers are the program's frame.
 */
export const digestItemKinds: readonly ItemKind[] = [
  "keynote",
  "invited-talk",
  "contributed-talk",
  "spotlight",
  "lightning",
  "poster",
  "panel",
  "tutorial",
  "other",
];

/** The roots of the facet tree a program's digest gets: one per thing a visitor filters by. */
export interface ProgramFacetLabels {
  readonly tracks: string;
  readonly sessions: string;
  readonly tags: string;
  /** How papers are presented (in person, remote, hybrid): a root only when the papers differ. */
  readonly presentation: string;
}

/** English roots; a page in another language passes its own. */
export const defaultProgramFacetLabels: ProgramFacetLabels = {
  tracks: "Tracks",
  sessions: "Sessions",
  tags: "Tags",
  presentation: "Presentation",
};

/** The facet under the presentation root for each way of presenting. */
export type ProgramPresentationLabels = Readonly<Record<ItemPresentation, string>>;

/** English names of the ways of presenting; a page in another language passes its own. */
export const defaultPresentationLabels: ProgramPresentationLabels = {
  "in-person": "In person",
  remote: "Remote",
  hybrid: "Hybrid",
};

/** Options of {@link programToDigest}. */
export interface ProgramToDigestOptions {
  /** The digest's title; default the event's title. */
  readonly title?: string;
  /** Which items become papers; default {@link digestItemKinds}. */
  readonly kinds?: readonly ItemKind[];
  /** The facet roots; each must be a non-empty line. */
  readonly facetLabels?: Partial<ProgramFacetLabels>;
  /** The presentation facets' names; each must be a non-empty line. */
  readonly presentationLabels?: Partial<ProgramPresentationLabels>;
}

/** What {@link programToDigest} returns: a digest that `parsePaperDigest` accepts, and what it could not carry. */
export interface ProgramDigestResult {
  readonly digest: PaperDigest;
  readonly warnings: readonly ProgramProblem[];
}

/** Item fields a paper has no place for; the schedule (time, room, board, status) is left out by design. */
const uncarriedFields = ["subtitle", "note", "translations", "language"] as const satisfies readonly (keyof Item)[];

/**
 * A program's papers, posters and talks as a paper digest, for `<paper-list>` and
 * `lectern convert --to digest`. Each item of `kinds` becomes a paper with its id, title,
 * authors (its speakers when it lists no authors), abstract, links and tags; its venue is the
 * event's acronym (or title) and its year the event's. Tracks, sessions and tags become facets:
 * tags whose paths start at `facetLabels.tracks`, `.sessions` and `.tags` (a program tag keeps
 * its own hierarchy below `.tags`), so the digest's facet tree has the three roots. A paper
 * keeps its `presentation`; when the papers are not all presented one way (an item that does
 * not say is in person), each also gets a tag under `facetLabels.presentation`.
 *
 * Only the people that papers name are carried. Times, rooms, boards and status are the
 * schedule, which a digest does not hold; texts it has no field for (subtitle, note,
 * translations, language), items without a title and cancelled items are warnings with the
 * item's path, never dropped without a word.
 */
export function programToDigest(program: Program, options: ProgramToDigestOptions = {}): ProgramDigestResult {
  const labels = { ...defaultProgramFacetLabels, ...options.facetLabels };
  const kinds = new Set(options.kinds ?? digestItemKinds);
  const warnings: ProgramProblem[] = [];
  const people = new Map<string, Person>();
  for (const person of program.people ?? []) people.set(person.id, person);
  const trackNames = new Map((program.tracks ?? []).map((track) => [track.id, track.name]));
  const sessionsOf = sessionsByItem(program.sessions ?? [], warnings);
  const used = new Set<string>();
  const venue = program.event.acronym ?? program.event.title;
  const startYear = Number(program.event.startDate.slice(0, 4));
  const year = Number.isInteger(startYear) && startYear >= 1000 && startYear <= 3000 ? startYear : undefined;
  // One tag object per track and per session, shared by their papers: the digest is never
  // mutated, and the index then works out each one's facet keys once, not once a paper.
  const trackTags = new Map<string, Tag>();
  const sessionTags = new Map<Session, Tag>();
  const sessionTag = (session: Session): Tag => {
    let tag = sessionTags.get(session);
    if (!tag) sessionTags.set(session, (tag = facetTag(labels.sessions, [session.title])));
    return tag;
  };
  const presentationTags = presentationFacets(program.items, kinds, labels.presentation, {
    ...defaultPresentationLabels,
    ...options.presentationLabels,
  });
  const papers: Paper[] = [];
  const uncarried = new UncarriedFields();
  program.items.forEach((item, index) => {
    if (!kinds.has(item.kind)) return;
    if (item.title === undefined) {
      warnings.push(problemAt(["items", index, "title"], `"${item.id}" has no title yet; left out of the digest`));
      return;
    }
    for (const field of uncarriedFields) if (item[field] !== undefined) uncarried.add(field, index, item.id);
    if (item.status === "cancelled")
      warnings.push(problemAt(["items", index, "status"], `"${item.id}" is cancelled; a digest cannot say so`));
    const sessions = sessionsOf.get(item.id) ?? [];
    const authors = (item.authors ?? (item.speakers ?? []).map((person) => ({ person }))).filter((author, at) => {
      if (people.has(author.person)) return true;
      const field = item.authors ? "authors" : "speakers";
      warnings.push(problemAt(["items", index, field, at], `no person has the id "${author.person}"; left out`));
      return false;
    });
    for (const author of authors) used.add(author.person);
    const track = item.track ?? sessions.find((session) => session.track !== undefined)?.track;
    const trackName = track === undefined ? undefined : trackNames.get(track);
    let trackTag = trackName === undefined ? undefined : trackTags.get(trackName);
    if (trackName !== undefined && !trackTag)
      trackTags.set(trackName, (trackTag = facetTag(labels.tracks, [trackName])));
    const tags: Tag[] = [
      ...(trackTag === undefined ? [] : [trackTag]),
      ...sessions.map(sessionTag),
      ...(item.tags ?? []).map((tag) => ({ ...tag, path: [labels.tags, ...facetPathOf(tag)] })),
      ...(presentationTags ? [presentationTags[item.presentation ?? "in-person"]] : []),
    ];
    // Assigned field by field rather than spread conditionally: this runs once per paper.
    const paper: Paper = { id: item.id, title: item.title };
    if (authors.length > 0) paper.authors = authors;
    if (item.abstract !== undefined) paper.abstract = item.abstract;
    paper.venue = venue;
    if (year !== undefined) paper.year = year;
    if (item.links?.length) paper.links = item.links;
    if (tags.length > 0) paper.tags = tags;
    if (item.presentation !== undefined) paper.presentation = item.presentation;
    if (item.extra !== undefined) paper.extra = item.extra;
    papers.push(paper);
  });
  warnings.push(...uncarried.warnings());
  const digest: PaperDigest = {
    version: 1,
    ...(program.textFormat !== undefined && { textFormat: program.textFormat }),
    title: options.title ?? program.event.title,
    ...(program.event.description !== undefined && { description: program.event.description }),
    people: [...people.values()].filter((person) => used.has(person.id)),
    papers,
  };
  return { digest, warnings };
}

/**
 * One shared facet tag per way of presenting, or undefined when the papers-to-be (items of
 * `kinds` with a title) are all presented one way: a facet every paper has filters nothing.
 */
function presentationFacets(
  items: readonly Item[],
  kinds: ReadonlySet<ItemKind>,
  root: string,
  names: ProgramPresentationLabels,
): Readonly<Record<ItemPresentation, Tag>> | undefined {
  const ways = new Set<ItemPresentation>();
  for (const item of items)
    if (kinds.has(item.kind) && item.title !== undefined) ways.add(item.presentation ?? "in-person");
  if (ways.size < 2) return undefined;
  return {
    "in-person": facetTag(root, [names["in-person"]]),
    remote: facetTag(root, [names.remote]),
    hybrid: facetTag(root, [names.hybrid]),
  };
}

/** A facet tag under a root: its label is the last level, as the model writes paths. */
function facetTag(root: string, levels: readonly string[]): Tag {
  return { label: levels[levels.length - 1]!, path: [root, ...levels] };
}

/**
 * The sessions each item is in. Two sessions with one title make one facet node, so that is
 * a warning: the visitor cannot tell them apart in the panel.
 */
function sessionsByItem(sessions: readonly Session[], warnings: ProgramProblem[]): Map<string, Session[]> {
  const byItem = new Map<string, Session[]>();
  const firstWithTitle = new Map<string, number>();
  sessions.forEach((session, index) => {
    const first = firstWithTitle.get(session.title);
    if (first === undefined) firstWithTitle.set(session.title, index);
    else
      warnings.push(
        problemAt(
          ["sessions", index, "title"],
          `sessions[${first}] has the same title "${session.title}"; their papers share one facet`,
        ),
      );
    for (const id of session.items) {
      const list = byItem.get(id);
      if (list) list.push(session);
      else byItem.set(id, [session]);
    }
  });
  return byItem;
}
