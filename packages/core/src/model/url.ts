import * as z from "zod/mini";
import { fieldCheck } from "./field-check.js";
import { withMeta } from "./with-meta.js";
import { quoteText } from "./describe-value.js";

export { isSafeUrl } from "./safe-url.js";

/** A web address: absolute `http:`, `https:` or `mailto:` only. */
export const urlSchema = withMeta(z.string().check(fieldCheck("webAddress")), {
  description: "An absolute http:, https: or mailto: URL.",
  format: "uri",
});

/** An e-mail address, as written in a program's contact field. */
export const emailSchema = withMeta(
  z.string().check(
    z.regex(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/, {
      error: (issue) => `${quoteText(String(issue.input))} is not an e-mail address`,
    }),
  ),
  { description: "An e-mail address.", format: "email" },
);
