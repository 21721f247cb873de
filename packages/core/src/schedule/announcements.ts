import type { AnnounceableItemField, Item } from "../model/item.js";
import type { AnnounceablePersonField, Person } from "../model/person.js";

/**
 * True when a detail of an item or person is listed as "to be announced". Views show a
 * placeholder ("Title to be announced") for these, never the literal string "TBA".
 */
export function isToBeAnnounced(item: Item, field: AnnounceableItemField): boolean;
export function isToBeAnnounced(person: Person, field: AnnounceablePersonField): boolean;
export function isToBeAnnounced(entry: Item | Person, field: string): boolean {
  return (entry.tba as readonly string[] | undefined)?.includes(field) ?? false;
}

/** A person's display name, or `undefined` when the name is to be announced. */
export function describePerson(person: Person): string | undefined {
  return person.name ?? ([person.givenName, person.familyName].filter(Boolean).join(" ") || undefined);
}
