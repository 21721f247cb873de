/** Fired when the visitor shows or hides the abstract. */
export class AbstractToggleEvent extends Event {
  static readonly eventName = "abstract-toggle";
  constructor(
    /** The id of the item in the program. */
    readonly itemId: string,
    /** Whether the abstract is now shown. */
    readonly expanded: boolean,
  ) {
    super(AbstractToggleEvent.eventName, { bubbles: true, composed: true });
  }
}
