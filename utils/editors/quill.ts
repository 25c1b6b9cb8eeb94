import { richEditorStrategy } from './rich-editor';

/**
 * Quill 1 (LinkedIn's older layout) and Quill 2. Quill 1 answers a paste by letting the
 * browser paste into a hidden box, so a synthetic one inserts nothing and clears the
 * selection: its own API is used instead (the bridge finds the instance). Quill 2 keeps its
 * instance private, and its paste handler reads `clipboardData` into its model.
 */
export const quillStrategy = richEditorStrategy('quill', '.ql-editor', ['quill-api', 'paste']);
