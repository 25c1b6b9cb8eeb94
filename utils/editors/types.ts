/** One way of putting text into an editor; the chain tries them in order. */
export interface InsertStrategy {
  name: string;
  /** Whether this strategy knows this kind of element (by the editor's own markers). */
  applies(target: HTMLElement): boolean;
  /**
   * Inserts at the caret (or over the selection); resolves whether the editor took it.
   * A strategy that declines must leave the editor unchanged: the next one is tried.
   */
  insert(target: HTMLElement, text: string): boolean | Promise<boolean>;
  /** The editor's text now, to verify that the insert really landed. */
  read(target: HTMLElement): string;
}
