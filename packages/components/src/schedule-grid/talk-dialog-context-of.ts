import type { Id, Program } from "@lectern/core";
import type { ChangeMark } from "../shared/change-marks.js";
import type { FavouritesController } from "./favourites-controller.js";
import type { ScheduleGridStrings } from "./schedule-grid.strings.js";
import type { TalkDialogContext } from "./talk-dialog.js";
import type { TalkDialogController } from "./talk-dialog-controller.js";

/** The element's state and controllers the talk dialog is drawn from. */
export interface TalkDialogInputs {
  readonly strings: ScheduleGridStrings;
  readonly program: Program;
  readonly viewerZone: string;
  readonly locale: string;
  readonly theme: string;
  /** The element's own `strings`, passed on to the card. */
  readonly cardStrings: unknown;
  readonly favourites: FavouritesController;
  /** The change marks against the previous version, which the open talk's card shows too. */
  readonly marks: ReadonlyMap<Id, ChangeMark>;
  readonly talkDialog: TalkDialogController;
  /** The drawn `<dialog>`, once there. */
  readonly dialog: () => HTMLDialogElement | null;
}

/** The talk dialog's context: the open talk, and where its buttons and closing go. */
export function talkDialogContextOf(inputs: TalkDialogInputs): TalkDialogContext {
  const { favourites, talkDialog } = inputs;
  return {
    strings: inputs.strings,
    program: inputs.program,
    openItemId: talkDialog.openItemId,
    isFavourite: favourites.ids.has(talkDialog.openItemId ?? ""),
    changeMark: inputs.marks.get(talkDialog.openItemId ?? ""),
    viewerZone: inputs.viewerZone,
    locale: inputs.locale,
    theme: inputs.theme,
    cardStrings: inputs.cardStrings,
    onToggleFavourite: (id) => favourites.toggle(id),
    onCloseClick: () => inputs.dialog()?.close(),
    onClosed: () => talkDialog.closed(),
  };
}
