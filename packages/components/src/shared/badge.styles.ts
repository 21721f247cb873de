import { css } from "lit";

/** The pill-shaped label for a kind or status ("Invited talk", "Workshop", "Tentative"). */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    font-size: 0.78em;
    font-weight: 600;
    padding: 0.05rem 0.45rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    color: var(--_accent);
  }
`;
