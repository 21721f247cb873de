// The Content Security Policy the docs recommend for pages that embed Lectern, and under
// which the site serves its strict-CSP example (static-server.mjs), so the page that says it
// works is the page that proves it. No 'unsafe-inline' anywhere: the elements' styles are
// constructable stylesheets (adoptedStyleSheets), which style-src does not govern, and what
// they position they position through the CSSOM, not with style="" attributes.

/** The directives, one per line on the docs page; joined with "; " in the header. */
export const strictCspDirectives = [
  // Nothing that is not listed below.
  "default-src 'none'",
  // lectern.js and the lectern-*.js chunks it loads on first use, from your own origin.
  "script-src 'self'",
  // Your page's stylesheets; the elements need nothing here.
  "style-src 'self'",
  // Where program.json comes from (add its origin if it is not yours).
  "connect-src 'self'",
  // Speakers' photos and your images.
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The header's value. */
export const strictCsp = strictCspDirectives.join("; ");

/** The example page served with the header (a path of the built site). */
export const strictCspExamplePath = "/examples/strict-csp.html";
