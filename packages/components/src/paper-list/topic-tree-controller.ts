import { countFacetTreeNodes, indexPaperDigest, type FacetNode, type PaperDigest } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { Memo } from "../shared/memo.js";
import { isFacetOpenByDefault } from "./paper-list-view.js";

/**
 * What the visitor opened in the topic tree of `<paper-list>`: the topic groups they opened or
 * closed (the rest follow {@link isFacetOpenByDefault}), and the levels where they asked for
 * every topic rather than the most common ones. Forgotten when the digest changes: those
 * choices belonged to the old one.
 */
export class TopicTreeController implements ReactiveController {
  /** Topic groups the visitor opened (true) or closed (false). */
  private opened: ReadonlyMap<string, boolean> = new Map();
  /** Keys of the topics whose every subtopic shows ("" for the top level). */
  private showingAll: ReadonlySet<string> = new Set();
  private digest?: PaperDigest;
  private readonly treeSize = new Memo<[PaperDigest], number>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Nothing to do on connect; present for the controller contract. */
  hostConnected(): void {}

  /** Starts again when `digest` is not the one shown before. */
  showDigest(digest: PaperDigest | undefined): void {
    if (digest === this.digest) return;
    this.digest = digest;
    this.opened = new Map();
    this.showingAll = new Set();
  }

  /** Whether `node`'s subtopics show. */
  isOpen(node: FacetNode, depth: number): boolean {
    const size = this.digest ? this.treeSize.get([this.digest], (d) => countFacetTreeNodes(indexPaperDigest(d))) : 0;
    return this.opened.get(node.key) ?? isFacetOpenByDefault(depth, size);
  }

  /** Opens or closes `node`'s subtopics. */
  setOpen(node: FacetNode, open: boolean): void {
    this.opened = new Map(this.opened).set(node.key, open);
    this.host.requestUpdate();
  }

  /** Whether every subtopic of `parentKey` ("" for the top level) shows, not only the most common. */
  isShowingAll(parentKey: string): boolean {
    return this.showingAll.has(parentKey);
  }

  /** Shows every subtopic of `parentKey`. */
  showAll(parentKey: string): void {
    this.showingAll = new Set(this.showingAll).add(parentKey);
    this.host.requestUpdate();
  }
}
