import { isSafeUrl } from "@lectern/core";

const webScheme = /^https?:\/\//i;

/**
 * True for an absolute http(s) address that core's `isSafeUrl` accepts: the only links an
 * element draws from data a page hands it (a `session` property is not validated), so a
 * `javascript:` or relative URL never becomes clickable, and `mailto:` is no profile or call.
 */
export function isWebAddress(url: string): boolean {
  return webScheme.test(url) && isSafeUrl(url);
}
