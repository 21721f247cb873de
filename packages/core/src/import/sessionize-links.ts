import type { LinkKind } from "../model/link.js";
import { toSafeUrl } from "../model/safe-url.js";
import { asObjectList, asText } from "./json-values.js";

/** Sessionize's `linkType` values, as its speaker form offers them, and the link kind each is. */
const kindsByLinkType: Readonly<Record<string, LinkKind>> = {
  twitter: "twitter",
  x: "twitter",
  linkedin: "linkedin",
  github: "github",
  mastodon: "mastodon",
  bluesky: "bluesky",
  blog: "web",
  company_website: "web",
  website: "web",
  orcid: "orcid",
};

/** Hosts that name a kind when Sessionize's `linkType` is "Other" or absent. */
const kindsByHost: readonly (readonly [RegExp, LinkKind])[] = [
  [/(^|\.)github\.com$/, "github"],
  [/(^|\.)orcid\.org$/, "orcid"],
  [/(^|\.)bsky\.app$/, "bluesky"],
  [/(^|\.)(twitter|x)\.com$/, "twitter"],
  [/(^|\.)linkedin\.com$/, "linkedin"],
  [/(^|\.)scholar\.google\./, "google-scholar"],
];

function kindOf(linkType: string | undefined, url: string): LinkKind {
  const byType = linkType ? kindsByLinkType[linkType.toLowerCase()] : undefined;
  if (byType) return byType;
  // A regular expression, not URL: core has no DOM or Node globals to lean on.
  const host = /^https?:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? "";
  return kindsByHost.find(([pattern]) => pattern.test(host))?.[1] ?? "other";
}

/** A typed link of a person, as the model keeps it. */
export interface PersonLinkDraft {
  kind: LinkKind;
  url: string;
  label?: string;
}

/**
 * A Sessionize speaker's `links` (`{ title, url, linkType }`) as typed links; what is not an
 * http(s) URL is returned apart, so the import can name it in a warning rather than drop it.
 */
export function readSessionizeLinks(value: unknown): { links: PersonLinkDraft[]; unsafe: string[] } {
  const links: PersonLinkDraft[] = [];
  const unsafe: string[] = [];
  for (const link of asObjectList(value)) {
    const given = asText(link.url);
    if (!given) continue;
    const url = toSafeUrl(given);
    if (!url) {
      unsafe.push(given);
      continue;
    }
    const label = asText(link.title);
    links.push({ kind: kindOf(asText(link.linkType), url), url, ...(label ? { label } : {}) });
  }
  return { links, unsafe };
}
