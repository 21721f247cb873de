import { css } from "lit";

/** The dark scheme's defaults, for `theme="dark"` and for `theme="auto"` on a dark system. */
const darkTokens = css`
  --_fg: var(--program-color-text, #e8edf2);
  --_muted: var(--program-color-muted, #b3bfcc);
  --_bg: var(--program-color-background, #14181d);
  --_surface: var(--program-color-surface, #1e242b);
  --_border: var(--program-color-border, #46525f);
  --_accent: var(--program-color-accent, #8cc4ff);
  --_accent-contrast: var(--program-color-accent-contrast, #0b1520);
  --_warning: var(--program-color-warning, #ffc46b);
  --_danger: var(--program-color-danger, #ff9a9a);
  --_focus: var(--program-color-focus, #8cc4ff);
`;

/**
 * The styling API shared by every Lectern element: `--program-*` tokens, set once at `:root`
 * by the page (or left to these defaults), light and dark schemes, forced colours and reduced
 * motion. Elements read only these tokens (and their own `--<element>-*` overrides), so the
 * host page's CSS cannot reach inside (shadow DOM) and theirs cannot leak out.
 */
export const themeStyles = css`
  :host {
    --_fg: var(--program-color-text, #1b1f24);
    --_muted: var(--program-color-muted, #4a5460);
    --_bg: var(--program-color-background, #ffffff);
    --_surface: var(--program-color-surface, #f5f7fa);
    --_border: var(--program-color-border, #c9d1db);
    --_accent: var(--program-color-accent, #0b5cad);
    --_accent-contrast: var(--program-color-accent-contrast, #ffffff);
    --_warning: var(--program-color-warning, #8a4b00);
    --_danger: var(--program-color-danger, #a4161a);
    --_radius: var(--program-radius, 0.5rem);
    --_gap: var(--program-space, 0.75rem);
    --_font: var(--program-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
    --_font-size: var(--program-font-size, 1rem);
    --_focus: var(--program-color-focus, #0b5cad);
    /* Inherited text properties are set with !important: a page rule such as
       "* { font-family: ... !important }" matches the host element, and everything inside
       would inherit it. Important declarations from a shadow tree win over the page's, so
       these hold; pages theme the elements through the --program-* tokens instead. */
    color: var(--_fg) !important;
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: normal !important;
    line-height: 1.45 !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
  }

  :host([theme="dark"]) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme="auto"]) {
      ${darkTokens}
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    color: inherit;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_accent-contrast: Canvas;
      --_focus: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
