import { describe, expect, it } from 'vitest';
import { helperOf, openHelper } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';

// What a page can do to the helper: feed it markup as text, and click it from script.
describe('a hostile page', () => {
  const env = useExtensionBrowser();

  it('shows post text that looks like markup as text, creating no element', async () => {
    const page = await env.browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(new URL('hostile.html', env.demo.url).href);
    const helper = await openHelper(page, '#post-x');

    expect(await helper.getByTestId('pp-excerpt').textContent()).toBe('<img src=x onerror=alert(1)> Acme');
    expect(await helper.getByTestId('pp-text').first().textContent()).toContain('<b>Eve</b>');
    const elements = await page.evaluate(() => {
      const root = document.querySelector('porte-parole-helper')!.shadowRoot!;
      return {
        imgInHelper: root.querySelectorAll('img, b').length,
        imgInPage: document.querySelectorAll('img').length,
      };
    });
    expect(elements).toEqual({ imgInHelper: 0, imgInPage: 0 });
    expect(dialogs).toEqual([]);
  });

  it('ignores clicks dispatched by the page’s own script', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(new URL('hostile.html', env.demo.url).href);
    const helper = helperOf(page, '#post-x');
    await helper.waitFor({ state: 'attached' });

    const clickFromPage = (testId: string) =>
      page.evaluate((id) => {
        const root = document.querySelector('porte-parole-helper')!.shadowRoot!;
        root.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.click();
      }, testId);

    await clickFromPage('pp-open');
    await page.waitForTimeout(200);
    expect(await helper.getByTestId('pp-suggestion').count()).toBe(0);

    // Opened by a real click, the Insert button still refuses a scripted one.
    await helper.getByTestId('pp-open').click();
    await helper.getByTestId('pp-suggestion').first().waitFor();
    await clickFromPage('pp-insert');
    await page.waitForTimeout(300);
    expect(await page.locator('#post-x textarea[name=reply]').inputValue()).toBe('');
    expect(await helper.getByTestId('pp-status').count()).toBe(0);
  });
});
