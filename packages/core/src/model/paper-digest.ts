import * as z from "zod/mini";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { authorSchema } from "./item.js";
import { itemPresentations } from "./item-presentation.js";
import { linkSchema } from "./link.js";
import { personSchema } from "./person.js";
import { tagSchema } from "./tag.js";
import { textFormats } from "./text-format.js";
import { lineSchema, richTextSchema } from "./text.js";
import { withMeta } from "./with-meta.js";

/**
 * A paper in a digest: title, ordered authors (people by id, with the presenting author
 * marked when known), abstract (TeX math kept verbatim), where it appeared, typed links
 * (arXiv, PDF, DOI, OpenReview) and topic tags, which automatic classifiers give with a
 * confidence score and a hierarchy path.
 */
export const paperSchema = withMeta(
  z.strictObject({
    id: idSchema,
    title: lineSchema,
    authors: z.optional(z.array(authorSchema)),
    abstract: z.optional(richTextSchema),
    venue: z.optional(withMeta(lineSchema, { description: 'Where it appeared ("NeurIPS 2025", "arXiv preprint").' })),
    year: z.optional(z.number().check(z.int(), z.minimum(1000), z.maximum(3000))),
    links: z.optional(z.array(linkSchema)),
    tags: z.optional(z.array(tagSchema)),
    presentation: z.optional(
      withMeta(z.enum(itemPresentations), {
        description: "How it is presented at the event: in-person (the default), remote or hybrid.",
      }),
    ),
    extra: extraSchema,
  }),
  { description: "A paper in a digest." },
);

/** A paper. */
export type Paper = z.infer<typeof paperSchema>;

/** A topic page listing papers ("diffusion models"), with the people who wrote them. */
export const paperDigestSchema = withMeta(
  z.strictObject({
    $schema: z.optional(z.string()),
    version: z.optional(z.literal(1)),
    textFormat: z.optional(
      withMeta(z.enum(textFormats), {
        description: 'How abstract, biography and description are written: "plain" (the default) or "markdown".',
      }),
    ),
    title: lineSchema,
    topic: z.optional(lineSchema),
    description: z.optional(richTextSchema),
    people: z.optional(z.array(personSchema)),
    papers: z.array(paperSchema),
    extra: extraSchema,
  }),
  { title: "Lectern paper digest", description: "A topic page listing papers, for <paper-list>." },
);

/** A paper digest: what `parsePaperDigest` returns. */
export type PaperDigest = z.infer<typeof paperDigestSchema>;
