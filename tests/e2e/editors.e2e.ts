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

/**
 * Each page, how its library spells a text in its model, and what reached the reply box: the
 * way the strategy chain fed it (a synthetic paste or beforeinput from the page-world bridge,
 * the browser's own insertText, or, for Quill 1, no event at all: its API).
 */
const EDITORS: Array<{ page: string; model: (text: string) => string; via: string[] }> = [
  { page: 'draft-js', model: same, via: ['paste'] }, // getCurrentContent().getPlainText(): blocks joined by \n
  { page: 'lexical', model: (t) => t.replaceAll('\n', '\n\n'), via: ['beforeinput insertReplacementText'] }, // root text: paragraphs separated by a blank line
  { page: 'prosemirror', model: same, via: ['paste'] }, // doc.textBetween(…, '\n')
  { page: 'tiptap', model: same, via: ['paste'] }, // editor.getText({ blockSeparator: '\n' })
  { page: 'quill1', model: (t) => `${t}\n`, via: [] }, // quill.getText() always ends with a line break
  { page: 'quill2', model: (t) => `${t}\n`, via: ['paste'] },
  { page: 'ckeditor5', model: ckData, via: ['paste'] }, // editor.getData()
  { page: 'react-textarea', model: same, via: ['trusted input insertText'] }, // the component's state
  { page: 'contenteditable', model: same, via: ['trusted input insertText'] }, // the page's draft, kept from input events
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

/** Records the editing events that reach the post's reply box (not the helper's own fields). */
async function recordEditingEvents(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { editingEvents: seen });
    for (const type of ['paste', 'beforeinput', 'input']) {
      document.addEventListener(
        type,
        (event) => {
          if (!(event.target as Element).closest?.('#post form')) return;
          const inputType = (event as InputEvent).inputType;
          seen.push([event.isTrusted ? 'trusted' : '', event.type, inputType].filter(Boolean).join(' '));
        },
        true,
      );
    }
  });
}

const editingEvents = (page: Page) => page.evaluate(() => (window as unknown as { editingEvents: string[] }).editingEvents);

/** The editor's own model, read through the hook each test page sets (tests/fixtures/editors/page.ts). */
const model = (page: Page) => page.evaluate(() => (window as unknown as { editorModel: () => string }).editorModel());

describe.each(EDITORS)('$page', ({ page: name, model: spelled, via }) => {
  it('takes a reply into the empty box, in its own model, and Ctrl+Z takes it back', async () => {
    const page = await openEditor(name);
    await openHelper(page, '#post');
    await recordEditingEvents(page);
    expect(await insertFreeText(page, '#post', REPLY)).toBe(INSERTED);
    expect(await editingEvents(page)).toEqual(via);
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

  it('replaces the words the manager selected', async () => {
    const page = await openEditor(name);
    await replyBox(page).click();
    await page.keyboard.type(`${TYPED}XXX`);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await openHelper(page, '#post');
    expect(await insertFreeText(page, '#post', REPLY)).toBe(INSERTED);
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
