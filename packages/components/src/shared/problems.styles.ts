import { css } from "lit";

/** The box `renderProblems` draws: every element that can show invalid data includes it. */
export const problemsStyles = css`
  .problems {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }

  .problems ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }

  .problems code {
    font-family: ui-monospace, monospace;
    font-weight: 600;
  }
`;
