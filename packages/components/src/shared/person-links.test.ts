import { describe, expect, it } from "vitest";
import type { Person } from "@lectern/core";
import { personLinksOf } from "./person-links.js";

describe("personLinksOf", () => {
  it("adds the homepage and ORCID iD after the person's links, unless a link of that kind is there", () => {
    const person: Person = {
      id: "p",
      name: "P",
      homepage: "https://p.example",
      orcid: "0000-0002-1825-0097",
      links: [{ kind: "orcid", url: "https://orcid.org/0000-0002-1825-0097" }],
    };
    expect(personLinksOf(person).map((link) => [link.kind, link.url])).toEqual([
      ["orcid", "https://orcid.org/0000-0002-1825-0097"],
      ["web", "https://p.example"],
    ]);
  });

  it.each(["javascript:alert(1)", "mailto:p@example.org", "/relative", "https://", "data:text/html,x"])(
    "drops %s",
    (url) => {
      expect(personLinksOf({ id: "p", links: [{ kind: "other", url }] })).toEqual([]);
    },
  );

  it("is empty for an unknown person", () => {
    expect(personLinksOf(undefined)).toEqual([]);
  });
});
