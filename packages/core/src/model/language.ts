import * as z from "zod/mini";
import { withMeta } from "./with-meta.js";
import { quoteText } from "./describe-value.js";

/**
 * A BCP 47 language tag such as `en` or `pt-BR`. The pattern checks the shape (a primary
 * language subtag, then subtags of 1-8 letters or digits), not the IANA registry, so that a
 * program never fails on a tag the registry gained after this release.
 */
export const languageTagSchema = withMeta(
  z.string().check(
    z.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, {
      error: (issue) => `${quoteText(String(issue.input))} is not a BCP 47 language tag; expected e.g. "en" or "pt-BR"`,
    }),
  ),
  { description: 'A BCP 47 language tag, e.g. "en" or "pt-BR".' },
);

/** A BCP 47 language tag. */
export type LanguageTag = z.infer<typeof languageTagSchema>;
