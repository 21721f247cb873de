import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Token } from "marked";

/** Splits Markdown into marked's tokens (never into HTML: the tokens are drawn as Lit templates). */
export type MarkdownLexer = (markdown: string) => Token[];

let lexerPromise: Promise<MarkdownLexer> | undefined;

/**
 * Loads marked's lexer the first time a program written in Markdown is shown: pages whose
 * texts are plain never download it. Only the lexer is used: marked's HTML renderer is not,
 * so no Markdown (and no HTML inside it) ever reaches the page as markup. CommonMark without
 * GitHub's extensions, which is what the program format documents.
 */
export function loadMarkdownLexer(): Promise<MarkdownLexer> {
  lexerPromise ??= import("marked").then(
    ({ Lexer }) =>
      (markdown: string) =>
        Lexer.lex(markdown, { gfm: false }),
  );
  return lexerPromise;
}

/**
 * Gives an element the Markdown lexer once a text needs it: call `require()` while rendering
 * a Markdown text; the host updates again when the lexer has loaded (until then the text is
 * shown as plain paragraphs, never blank).
 */
export class MarkdownController implements ReactiveController {
  lexer: MarkdownLexer | undefined;
  private requested = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Nothing to do on connect; present for the controller contract. */
  hostConnected(): void {}

  /** Asks for the lexer; returns it when already loaded. */
  require(): MarkdownLexer | undefined {
    if (!this.lexer && !this.requested) {
      this.requested = true;
      void loadMarkdownLexer().then((lexer) => {
        this.lexer = lexer;
        this.host.requestUpdate();
      });
    }
    return this.lexer;
  }
}
