import { expect, it } from 'vitest';
import { openHelper } from './support/journey.mjs';
import { useExtensionBrowser } from './support/setup';

// A team keeps its approved replies in a spreadsheet: the CSV it exports is imported in
// the options page and the helper on a post offers those replies.
const env = useExtensionBrowser();

it('imports approved replies from a CSV file, and refuses a broken one whole', async () => {
  const { context, extensionUrl } = env.browser;
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));

  const broken = 'id,title,category,lang,text\nok,Ok,praise,fr,Merci\nbad,Bad,praise,de,Danke';
  await options.getByTestId('replies-csv-import').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expect.poll(() => options.getByTestId('config-status').textContent()).toMatch(/broken\.csv was refused, nothing changed: row 3: lang:/);

  const sheet = [
    'id,title,category,lang,text,text_web',
    'merci-fr,Merci,praise,fr,"Merci {author} !',
    'Toute l’équipe {brand} vous remercie.","Merci {author}, de la part de {brand} 🙏"',
  ].join('\r\n');
  await options.getByTestId('replies-csv-import').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${sheet}`) });
  await expect.poll(() => options.getByTestId('config-status').textContent()).toBe('team.csv imported; approved replies now: 1.');

  const feed = await context.newPage();
  await feed.goto(env.demo.url);
  const helper = await openHelper(feed, '#post-1');
  // The variant for generic sites ("web") wins over the main text.
  expect(await helper.getByTestId('pp-text').allTextContents()).toEqual(['Merci Léa Martin, de la part de Acme 🙏']);
});

it('imports a 5,000-element sheet in the options page (time printed, not asserted)', async () => {
  const { context, extensionUrl } = env.browser;
  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await options.getByTestId('reply-row').first().waitFor();
  const rows = Array.from({ length: 5000 }, (_, i) => `r-${i},Title ${i},question,fr,"Bonjour {author}, merci pour votre message n° ${i} ! Nous revenons vers vous. {agent}"`);
  const started = Date.now();
  await options.getByTestId('replies-csv-import').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(['id,title,category,lang,text', ...rows].join('\n')) });
  await options.getByTestId('config-status').filter({ hasText: 'big.csv imported; approved replies now: 5000.' }).waitFor();
  const imported = Date.now() - started;
  await options.locator('[data-testid="reply-row"][data-reply-id="r-0"]').waitFor();
  console.log(`5,000-element CSV: imported in ${imported} ms, listed in ${Date.now() - started} ms`);
  expect(await options.getByTestId('replies-more').textContent()).toBe('Show 100 more (of 5000)');
});
