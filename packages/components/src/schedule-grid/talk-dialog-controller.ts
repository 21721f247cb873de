import type { Id } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";

// The dialog's <talk-card> is loaded when the browser is idle after the grid is drawn, or
// when a talk is opened: the first paint should not wait for code that runs only when a
// visitor opens a talk. (In lectern.js it is a chunk of its own; the module system fetches
// it once.)
const loadTalkCard = (): Promise<unknown> => import("../talk-card/define.js");

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 500);
}

/** How the dialog controller reaches the host's dialog and address; functions, so it holds no DOM. */
export interface TalkDialogOptions {
  /** The host's `<dialog>`, once drawn. */
  readonly dialog: () => HTMLDialogElement | null | undefined;
  /** True once there is a program: `<talk-card>` is then loaded when the browser is idle. */
  readonly hasProgram: () => boolean;
  /** Writes the open talk's `#talk-<id>` into the address. */
  readonly showTalkAddress: (id: Id) => void;
  /** Writes the address back to what the grid shows once the dialog closes. */
  readonly showClosedAddress: () => void;
}

/**
 * The talk open in `<schedule-grid>`'s modal dialog: opening fills the dialog (loading
 * `<talk-card>` first if it is not yet) and puts `#talk-<id>` in the address; closing (its
 * button, Escape) empties it and writes the shown day's address back.
 */
export class TalkDialogController implements ReactiveController {
  /** The open talk, or `undefined` while the dialog is closed. */
  openItemId?: Id;
  private talkCardRequested = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TalkDialogOptions,
  ) {
    host.addController(this);
  }

  /** Shows a talk in the dialog, as a modal. */
  open(id: Id): void {
    this.openItemId = id;
    this.options.showTalkAddress(id);
    this.host.requestUpdate();
    void Promise.all([this.host.updateComplete, loadTalkCard()]).then(() => {
      const dialog = this.options.dialog();
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  /** The dialog closed: nothing is open any more. */
  closed(): void {
    this.openItemId = undefined;
    this.options.showClosedAddress();
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.talkCardRequested || !this.options.hasProgram()) return;
    this.talkCardRequested = true;
    whenIdle(() => void loadTalkCard());
  }
}
