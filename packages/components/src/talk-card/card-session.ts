import { indexProgram, type Id, type Link, type Person, type Program, type SessionMode } from "@lectern/core";

/**
 * The session a card names: what `<talk-card>`'s `session` property takes. Structural, so a
 * resolved session from core (with its chairs looked up) satisfies it as it is.
 */
export interface CardSession {
  readonly title: string;
  readonly chairs?: readonly Person[];
  readonly mode?: SessionMode;
  /** Where to join or follow the session (its video call, livestream, chat). */
  readonly links?: readonly Link[];
}

/** The session of a program that lists an item, with its chairs looked up; undefined when none does. */
export function findCardSession(program: Program, itemId: Id, sessionId?: Id): CardSession | undefined {
  const sessions = program.sessions ?? [];
  const session =
    (sessionId === undefined ? undefined : sessions.find((candidate) => candidate.id === sessionId)) ??
    sessions.find((candidate) => candidate.items.includes(itemId));
  if (!session) return undefined;
  const people = indexProgram(program).people;
  const chairs = (session.chairs ?? []).flatMap((id) => {
    const person = people.get(id)?.value;
    return person ? [person] : [];
  });
  return {
    title: session.title,
    ...(chairs.length > 0 ? { chairs } : {}),
    ...(session.mode ? { mode: session.mode } : {}),
    ...(session.links ? { links: session.links } : {}),
  };
}
