/**
 * Replaces the log of the extension page `page` (the popup) with `count` generated
 * records, written straight into its IndexedDB in one transaction: four actions and
 * platforms in turn, one record a minute from 2026-01-01, `Author <i>` for record i.
 * @param {import('playwright-core').Page} page @param {number} count
 */
export async function seedLog(page, count) {
  await page.evaluate(async (n) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('porte-parole');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const actions = ['replied', 'dm', 'escalated', 'ignored'];
    const platforms = ['x', 'facebook', 'linkedin', 'web'];
    const tx = db.transaction('interactions', 'readwrite');
    const store = tx.objectStore('interactions');
    store.clear();
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < n; i++) {
      store.put({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        at: start + i * 60_000,
        platform: platforms[i % 4],
        url: `https://blog.example/posts/${i}`,
        postId: `https://blog.example/posts/${i}`,
        author: `Author ${i}`,
        excerpt: `Post ${i} about Acme, with a few more words to make it a realistic excerpt`,
        matchedQueries: ['brand'],
        action: actions[i % 4],
        text: `Bonjour Author ${i}, merci pour votre message ! Nous revenons vers vous très vite.`,
        toneLevel: 'ok',
        triage: { lang: 'fr', sentiment: 'neu', kind: 'question', toxicity: 0.1, urgency: 0.2 },
        recordedAt: start + i * 60_000,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}
