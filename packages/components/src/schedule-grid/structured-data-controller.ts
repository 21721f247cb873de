import { jsonLdScriptText, toJsonLd, type Program } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Keeps the program in the page as schema.org JSON-LD: a `<script type="application/ld+json">`
 * child of the host, in the page's own DOM (not the shadow root), where search engines read
 * it. Written again only when the program changes; removed when there is nothing to publish.
 */
export class StructuredDataController implements ReactiveController {
  private published?: Program;

  /** @param programToPublish The program to put in the page, or `undefined` for none (attribute off, no valid program). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly programToPublish: () => Program | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const program = this.programToPublish();
    const existing = this.host.querySelector(':scope > script[type="application/ld+json"][data-lectern]');
    if (!program) {
      existing?.remove();
      this.published = undefined;
      return;
    }
    if (existing && this.published === program) return;
    const script = existing ?? Object.assign(document.createElement("script"), { type: "application/ld+json" });
    script.setAttribute("data-lectern", "");
    // textContent of a script element is not parsed as HTML; the escaping in
    // jsonLdScriptText also keeps "</script>" in a title from ending the element if the page
    // is ever serialised.
    script.textContent = jsonLdScriptText(toJsonLd(program));
    this.published = program;
    if (!existing) this.host.append(script);
  }
}
