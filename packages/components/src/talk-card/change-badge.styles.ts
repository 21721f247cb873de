import { css } from "lit";

/**
 * A card's change badges against a previous version (the markup is `renderChangeBadges`):
 * words in the text colour, a cancelled or removed item's in the danger colour, both of which
 * the themes keep at 4.5:1 or more on the card; the old value in a smaller, muted line.
 */
export const changeBadgeStyles = css`
  .change {
    margin: 0;
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
