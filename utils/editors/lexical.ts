import { richEditorStrategy } from './rich-editor';

/**
 * Lexical (Facebook, Instagram, new Reddit). Lexical cancels every `beforeinput` and applies
 * it to its model itself; `insertReplacementText` carries the text in `dataTransfer` and
 * goes through its controlled insertion (lines become paragraphs), away from the paste
 * command that sites extend for link previews and images. Paste is the second try.
 */
export const lexicalStrategy = richEditorStrategy('lexical', '[data-lexical-editor="true"]', ['beforeinput', 'paste']);
