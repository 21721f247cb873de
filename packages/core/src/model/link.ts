import * as z from "zod/mini";
import { lineSchema } from "./text.js";
import { urlSchema } from "./url.js";
import { withMeta } from "./with-meta.js";

/** The kinds of link a program can carry; components label and order links by kind. */
export const linkKinds = [
  "web",
  "paper",
  "arxiv",
  "doi",
  "pdf",
  "slides",
  "poster",
  "video",
  "livestream",
  "code",
  "openreview",
  "submission",
  "registration",
  "call-for-papers",
  "other",
  "orcid",
  "google-scholar",
  "github",
  "mastodon",
  "bluesky",
  "twitter",
  "linkedin",
] as const;

/** One of {@link linkKinds}. */
export type LinkKind = (typeof linkKinds)[number];

/** A typed link: what it points at (`kind`), where (`url`), and an optional visible label. */
export const linkSchema = withMeta(
  z.strictObject({
    kind: withMeta(z.enum(linkKinds), { description: "What the link points at." }),
    url: urlSchema,
    label: z.optional(withMeta(lineSchema, { description: "Visible text; defaults to a label for the kind." })),
  }),
  { description: "A typed link." },
);

/** A typed link. */
export type Link = z.infer<typeof linkSchema>;
