import type { Program } from "@lectern/core";
import { html, unsafeStatic } from "lit/static-html.js";
import { elementTable, type ElementTag } from "../element-table.js";
import { escapeHtml, renderBody } from "./render-program-page.js";

const attributeNamePattern = /^[a-z][a-z0-9-]*$/;

/**
 * One Lectern element rendered by Lit SSR, for a page of your own (a site generator's layout):
 * `<tag data-lectern-program …>` with its attributes as given and its content in declarative
 * shadow DOM, readable with JavaScript off. Put {@link inlineProgramScript} and a module
 * script holding {@link programHandOverScript} on the page, before `lectern.js`, so the
 * element gets the same program in the browser; leave out `src`, which would fetch it again.
 *
 * `locale` is set to the program's language unless an attribute gives it: Node has no page to
 * look it up in. Times are in the event's zone: the server cannot know the visitor's (the
 * browser shows theirs once `lectern.js` runs). Throws for a tag that is not a Lectern element or an attribute name that is
 * not a plain lower-case name (attribute values are escaped; names cannot be).
 */
export async function renderElement(
  program: Program,
  tag: ElementTag,
  attributes: Readonly<Record<string, string>> = {},
): Promise<string> {
  if (!elementTable.some((row) => row.tag === tag)) throw new Error(`"${tag}" is not a Lectern element`);
  const given = { locale: program.event.language ?? "en", ...attributes };
  const written = Object.entries(given).map(([name, value]) => {
    if (!attributeNamePattern.test(name)) throw new Error(`<${tag}>: "${name}" is not an attribute name`);
    return value === "" ? name : `${name}="${escapeHtml(value)}"`;
  });
  // The tag and attributes are part of the template itself: Lit cannot bind a list of them.
  const open = unsafeStatic(`<${tag} data-lectern-program ${written.join(" ")}`);
  const close = unsafeStatic(`</${tag}>`);
  return renderBody(html`${open} .program=${program} .viewerZone=${program.event.timeZone}>${close}`);
}
