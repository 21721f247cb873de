import * as z from "zod/mini";
import { withMeta } from "./with-meta.js";

// The core has no DOM or Node globals (no `URL`), so addresses are checked by pattern. Only
// http(s) and mailto pass: a `javascript:` or `data:` URL in an untrusted program must never
// become a clickable link.
const webAddressPattern = /^https?:\/\/[^\s/?#@]+(?:@[^\s/?#]+)?(?::\d+)?(?:[/?#]\S*)?$/i;
const mailAddressPattern = /^mailto:[^\s@]+@[^\s@]+\.[^\s@]+$/i;

/** True for an absolute `http:`, `https:` or `mailto:` address. */
export function isSafeUrl(value: string): boolean {
  return webAddressPattern.test(value) || mailAddressPattern.test(value);
}

/** A web address: absolute `http:`, `https:` or `mailto:` only. */
export const urlSchema = withMeta(
  z.string().check(
    z.refine(isSafeUrl, {
      error: (issue) =>
        `${JSON.stringify(issue.input)} is not a web address; expected an absolute http://, https:// or mailto: URL`,
    }),
  ),
  { description: "An absolute http:, https: or mailto: URL.", format: "uri" },
);

/** An e-mail address, as written in a program's contact field. */
export const emailSchema = withMeta(
  z.string().check(
    z.regex(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/, {
      error: (issue) => `${JSON.stringify(issue.input)} is not an e-mail address`,
    }),
  ),
  { description: "An e-mail address.", format: "email" },
);
