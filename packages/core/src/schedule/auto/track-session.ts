// Its own file: both the instance and the anchors it reads need it, and neither may import the other.
/** A session of the track-sessions layout: its slots, in time order, over every room. */
export interface TrackSession {
  readonly id: string;
  /** Local starts (`YYYY-MM-DDTHH:MM`) and lengths of its slots. */
  readonly slots: readonly { readonly start: string; readonly minutes: number }[];
}
