import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEditorPages, serveEditorPages } from './support/editor-pages.mjs';
import { insertFreeText, openHelper } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';

// The reply inserted through the helper, then read back from each editor library's own
// model (not the DOM): what the site would send. One Chromium for every page.

const messages = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
const INSERTED = messages.helperInserted!.message;
const COPIED = messages.helperCopied!.message;

const REPLY = 'Hello Zoé, thank you for your message!';
const MULTI_LINE = 'Hello Zoé 👋\nSorry for the delay: your parcel leaves today.\nÀ bientôt, Camille';
const TYPED = 'Hi Zoé, ';

const same = (text: string) => text;
/** CKEditor's data: one paragraph, the lines as soft breaks (a pasted text's single line breaks). */
const ckData = (text: string) => (text ? `<p>${text.split('\n').join('<br>')}</p>` : '');

/** Each page and how its library spells a text in its model. */
const EDITORS: Array<{ page: string; model: (text: string) => string }> = [
  { page: 'draft-js', model: same }, // getCurrentContent().getPlainText(): blocks joined by \n
  { page: 'lexical', model: (t) => t.replaceAll('\n', '\n\n') }, // root text: paragraphs separated by a blank line
  { page: 'prosemirror', model: same }, // doc.textBetween(…, '\n')
  { page: 'tiptap', model: same }, // editor.getText({ blockSeparator: '\n' })
  { page: 'quill1', model: (t) => `${t}\n` }, // quill.getText() always ends with a line break
  { page: 'quill2', model: (t) => `${t}\n` },
  { page: 'ckeditor5', model: ckData }, // editor.getData()
  { page: 'react-textarea', model: same }, // the component's state
  { page: 'contenteditable', model: same }, // the page's draft, kept from input events
];

const env = useExtensionBrowser();
let pages: Awaited<ReturnType<typeof serveEditorPages>>;
beforeAll(async () => {
  await buildEditorPages();
  pages = await serveEditorPages();
}, 120_000);
afterAll(() => pages?.close());

async function openEditor(name: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(pages.url(name));
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

/** The page's reply box, as the generic adapter finds it. */
const replyBox = (page: Page) => page.locator('#post form').locator('textarea, [contenteditable="true"]').first();

/** The editor's own model, read through the hook each test page sets (tests/fixtures/editors/page.ts). */
const model = (page: Page) => page.evaluate(() => (window as unknown as { editorModel: () => string }).editorModel());

describe.each(EDITORS)('$page', ({ page: name, model: spelled }) => {
  it('takes a reply into the empty box, in its own model, and Ctrl+Z takes it back', async () => {
    const page = await openEditor(name);
    await openHelper(page, '#post');
    expect(await insertFreeText(page, '#post', REPLY)).toBe(INSERTED);
    expect(await model(page)).toBe(spelled(REPLY));
    await page.keyboard.press('Control+z');
    await expect.poll(() => model(page)).toBe(spelled(''));
    await page.close();
  });

  it('keeps the line breaks, emoji and accents of a multi-line reply', async () => {
    const page = await openEditor(name);
    await openHelper(page, '#post');
    expect(await insertFreeText(page, '#post', MULTI_LINE)).toBe(INSERTED);
    expect(await model(page)).toBe(spelled(MULTI_LINE));
    await page.close();
  });

  it('keeps what the manager already typed, adding the reply after it', async () => {
    const page = await openEditor(name);
    // The manager starts the reply, then opens the helper (which takes the focus).
    await replyBox(page).click();
    await page.keyboard.type(TYPED);
    await openHelper(page, '#post');
    expect(await insertFreeText(page, '#post', REPLY)).toBe(INSERTED);
    // A typed trailing space is a no-break space in the DOM (the browser's doing, before the
    // insert), and the editors that read the DOM (ProseMirror, Quill) keep it so.
    expect((await model(page)).replaceAll('\u00a0', ' ')).toBe(spelled(TYPED + REPLY));
    await page.close();
  });

  it('inserts after the service worker was stopped', async () => {
    await env.browser.stopServiceWorker();
    const page = await openEditor(name);
    await openHelper(page, '#post');
    expect(await insertFreeText(page, '#post', REPLY)).toBe(INSERTED);
    expect(await model(page)).toBe(spelled(REPLY));
    await page.close();
  });
});

it('puts the reply on the clipboard and says so when the box takes nothing', async () => {
  const { context } = env.browser;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(pages.url('rejecting')).origin });
  const page = await openEditor('rejecting');
  await openHelper(page, '#post');
  expect(await insertFreeText(page, '#post', MULTI_LINE)).toBe(COPIED);
  expect(await model(page)).toBe('');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(MULTI_LINE);
  await page.close();
});
