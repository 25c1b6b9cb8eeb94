import { richEditorStrategy } from './rich-editor';

/**
 * Draft.js (X, Pinterest). Draft rebuilds its blocks from its own model and drops text that
 * reached the DOM some other way (execCommand works for one line, then a line break splits
 * the DOM in ways its model cannot follow). Its paste handler reads `text/plain` and inserts
 * one block per line through the model, as one undo step.
 */
export const draftJsStrategy = richEditorStrategy('draft-js', '.public-DraftEditor-content', ['paste']);
