import { css } from "lit";

// Part of lectern-changes-<hash>.js with the badges' markup (vite.bundle.config.ts), not of
// lectern.js: `<changes-since-visit>` imports it with `renderChangeText`, and `<talk-card>`
// adopts it once it has a mark to show (`adoptLateStyles`), so a card without one never fetches it.

/**
 * The change badges against a previous version, as `renderChangeBadges` and `renderChangeText`
 * draw them (a `.badge` pill from `badgeStyles` beneath): words in the text colour, a cancelled
 * or removed item's in the danger colour, both of which the themes keep at 4.5:1 or more on
 * the card and the box; what the item was in a smaller, muted line. Where the row sits (its
 * margins) is the element's.
 */
export const changeBadgeStyles = css`
  .change {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.4rem;
    align-items: baseline;
  }

  .change-badge {
    color: var(--_fg);
  }

  .change-badge.change-cancelled,
  .change-badge.change-removed {
    color: var(--_danger);
  }

  .change .was {
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
