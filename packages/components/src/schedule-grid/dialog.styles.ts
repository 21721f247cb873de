import { css } from "lit";

/** `<schedule-grid>`'s talk dialog and its bar of buttons. */
export const dialogStyles = css`
  dialog {
    border: 0;
    border-radius: var(--_radius);
    padding: 0;
    max-width: min(44rem, 95vw);
    width: 100%;
    background: var(--_bg);
    color: var(--_fg);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    padding: 0.4rem;
  }

  /* The star is decoration: "/ ''" keeps it out of the button's accessible name. */
  .dialog-bar .favourite::before {
    content: "☆ " / "";
  }

  .dialog-bar .favourite[aria-pressed="true"]::before {
    content: "★ " / "";
    color: var(--_accent);
  }
`;
