import * as z from "zod/mini";
import { withMeta } from "./with-meta.js";

/**
 * A non-empty line of plain text (a title, a name, a label).
 *
 * Text from programs is untrusted: it is always rendered as text, never as HTML.
 */
export const lineSchema = withMeta(
  // Checked, not trimmed: parsing never rewrites what organisers wrote.
  z.string().check(z.regex(/\S/, { error: "must not be empty" })),
  { description: "A non-empty line of plain text. Never interpreted as HTML." },
);

/**
 * Plain text that may hold several paragraphs (separated by a blank line) and TeX math
 * (`\( \)`, `$ $`, `\[ \]`, `$$ $$`), kept verbatim for the components to render.
 */
export const richTextSchema = withMeta(z.string().check(z.regex(/\S/, { error: "must not be empty" })), {
  description:
    "Plain text; paragraphs are separated by a blank line. TeX math between \\( \\), $ $, \\[ \\] or $$ $$ is kept verbatim and rendered by the components. Never interpreted as HTML.",
});
