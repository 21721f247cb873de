import type { Link, Person } from "@lectern/core";
import { isWebAddress } from "../shared/is-web-address.js";

/**
 * The links a card shows for a person: their `links`, then their `homepage` and ORCID iD as
 * links when `links` does not already hold one of that kind. Only web addresses
 * ({@link isWebAddress}): a `javascript:` or relative URL in an imported file must never
 * become clickable (and `mailto:` is not a profile link).
 */
export function personLinksOf(person: Person | undefined): readonly Link[] {
  if (!person) return [];
  const links: Link[] = [...(person.links ?? [])];
  const hasKind = (kind: Link["kind"]) => links.some((link) => link.kind === kind);
  if (person.homepage && !hasKind("web")) links.push({ kind: "web", url: person.homepage });
  if (person.orcid && !hasKind("orcid")) links.push({ kind: "orcid", url: `https://orcid.org/${person.orcid}` });
  return links.filter((link) => isWebAddress(link.url));
}
