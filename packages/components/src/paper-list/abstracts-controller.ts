import type { ReactiveController, ReactiveControllerHost } from "lit";
import { toggleMember } from "../shared/toggle-member.js";
import { PaperAbstractToggleEvent } from "./paper-list-events.js";

/**
 * Which abstracts of `<paper-list>` show: the ones the visitor opened, and every one while the
 * page prints (paper cannot click "Show abstract"). A card draws its abstract's text only when
 * it shows, so a first page of 50 collapsed cards does not build 50 hidden abstracts.
 *
 * Printing is heard twice: `beforeprint` (a real print; Lit's update runs in the microtasks
 * after the listener, before the browser lays out the printed page) and the print media query
 * turning true (which an emulated print media, as in the tests, also does).
 */
export class AbstractsController implements ReactiveController {
  private opened: ReadonlySet<string> = new Set();
  private printing = false;
  private printMedia?: MediaQueryList;
  private readonly startPrinting = () => this.setPrinting(true);
  private readonly stopPrinting = () => this.setPrinting(false);
  private readonly followPrintMedia = (event: MediaQueryListEvent) => this.setPrinting(event.matches);

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  /** Listens for printing while the element is in a page. */
  hostConnected(): void {
    addEventListener("beforeprint", this.startPrinting);
    addEventListener("afterprint", this.stopPrinting);
    this.printMedia = matchMedia("print");
    this.printMedia.addEventListener("change", this.followPrintMedia);
  }

  /** Stops listening: a removed element must not be kept alive by the window's listeners. */
  hostDisconnected(): void {
    removeEventListener("beforeprint", this.startPrinting);
    removeEventListener("afterprint", this.stopPrinting);
    this.printMedia?.removeEventListener("change", this.followPrintMedia);
  }

  /** Whether the abstract of the paper `paperId` shows. */
  isOpen(paperId: string): boolean {
    return this.printing || this.opened.has(paperId);
  }

  /** The visitor showed or hid an abstract: draws it and fires `paper-abstract-toggle`. */
  toggle(paperId: string): void {
    const expanded = !this.opened.has(paperId);
    this.opened = toggleMember(this.opened, paperId, expanded);
    this.host.requestUpdate();
    this.host.dispatchEvent(new PaperAbstractToggleEvent(paperId, expanded));
  }

  /** Another digest is shown: the abstracts opened belonged to the old one. */
  closeAll(): void {
    this.opened = new Set();
  }

  private setPrinting(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }
}
