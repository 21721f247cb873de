import type { Program } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Keeps the program in the page as schema.org JSON-LD: a `<script type="application/ld+json">`
 * child of the host, in the page's own DOM (not the shadow root), where search engines read
 * it. Written again only when the program changes; removed when there is nothing to publish.
 * The writer is fetched (lectern-structured-data-<hash>.js) the first time there is something
 * to publish, so the script appears just after the grid has drawn, never before.
 */
export class StructuredDataController implements ReactiveController {
  private published?: Program;
  private requested?: Program;

  /** @param programToPublish The program to put in the page, or `undefined` for none (attribute off, no valid program). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly programToPublish: () => Program | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const program = this.programToPublish();
    if (!program) {
      this.existingScript()?.remove();
      this.published = this.requested = undefined;
      return;
    }
    // On its way, or written and still in the page: nothing to do.
    if (this.requested === program && (this.published !== program || this.existingScript())) return;
    this.requested = program;
    import("./structured-data-text.js").then(
      ({ structuredDataText }) => {
        // The program changed (or the attribute went) while the writer was on its way.
        if (this.requested !== program) return;
        const existing = this.existingScript();
        const script = existing ?? Object.assign(document.createElement("script"), { type: "application/ld+json" });
        script.setAttribute("data-lectern", "");
        // textContent of a script element is not parsed as HTML; the escaping in
        // jsonLdScriptText also keeps "</script>" in a title from ending the element if the page
        // is ever serialised.
        script.textContent = structuredDataText(program);
        this.published = program;
        if (!existing) this.host.append(script);
      },
      () => {
        // Not fetched (offline): a later update asks again; the grid itself does not need it.
        if (this.requested === program) this.requested = undefined;
      },
    );
  }

  private existingScript(): Element | null {
    return this.host.querySelector(':scope > script[type="application/ld+json"][data-lectern]');
  }
}
