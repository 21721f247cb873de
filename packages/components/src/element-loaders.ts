import type { OnFirstUseTag } from "./element-table.js";
import type { ElementLoader } from "./shared/define-on-first-use.js";

/**
 * The loader of each element lectern.js registers on first use: the element table's last
 * column, kept apart because the table is data the bundle config reads in Node. Each
 * `import()` is written out literally so that the bundler sees it and makes the element a
 * chunk of its own (lectern-<tag>-<hash>.js). `satisfies` makes a row without a loader here,
 * or a loader without a row, a compile error.
 */
export const onFirstUseLoaders = {
  "talk-card": () => import("./talk-card/define.js"),
  "speaker-list": () => import("./speaker-list/define.js"),
  "event-summary": () => import("./event-summary/define.js"),
  "talk-list": () => import("./talk-list/define.js"),
  "paper-list": () => import("./paper-list/define.js"),
  "changes-since-visit": () => import("./changes-since-visit/define.js"),
} as const satisfies Record<OnFirstUseTag, ElementLoader>;
