/** One way of putting text into an editor; the chain tries them in order. */
export interface InsertStrategy {
  name: string;
  /** Whether this strategy knows this kind of element. */
  applies(target: HTMLElement): boolean;
  /** Inserts at the caret (or over the selection); returns whether it did anything. */
  insert(target: HTMLElement, text: string): boolean;
  /** The editor's text now, to verify that the insert really landed. */
  read(target: HTMLElement): string;
}
