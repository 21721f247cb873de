/**
 * @lectern/core for Node and other non-browser runtimes: the whole API of `index.browser.ts`,
 * with zod's compiled structural parser installed (faster on large programs).
 *
 * @packageDocumentation
 */
import "./parse/use-compiled-parser.js";

export * from "./index.browser.js";
