import { richEditorStrategy } from './rich-editor';

/**
 * CKEditor 5 (WordPress plugins, forums, intranets). Its view re-renders from its model and
 * reverts DOM changes it did not make; its clipboard pipeline turns a `text/plain` paste
 * into paragraphs and soft breaks in the model, undone in one step.
 */
export const ckEditorStrategy = richEditorStrategy('ckeditor5', '.ck-editor__editable', ['paste']);
