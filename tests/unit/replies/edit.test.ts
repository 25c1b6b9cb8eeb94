import { describe, expect, it } from 'vitest';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import type { Config } from '@/utils/config/schema';
import { deleteReply, duplicateReply, moveReply, saveReply } from '@/utils/replies/edit';

const config: Config = { ...BUILT_IN_CONFIG, replies: BUILT_IN_CONFIG.replies.slice(0, 3), variables: { hotline: '0800' } };
const ids = (c: Config) => c.replies.map((r) => r.id);

describe('editing approved elements', () => {
  it('adds a new element at the end', () => {
    const result = saveReply(config, { id: 'new', title: 'New', category: 'thanks', lang: 'en', text: 'Call {hotline}, {author}' });
    expect(result.ok && ids(result.value)).toEqual(['thanks-fr', 'thanks-en', 'question-fr', 'new']);
  });

  it('raises the version when a text changes, not when only the title does', () => {
    const first = saveReply(config, { ...config.replies[0]!, text: 'Merci {author} !' }, 'thanks-fr');
    expect(first.ok && first.value.replies[0]!.version).toBe(2);
    const renamed = first.ok ? saveReply(first.value, { ...first.value.replies[0]!, title: 'Merci' }, 'thanks-fr') : first;
    expect(renamed.ok && renamed.value.replies[0]).toMatchObject({ title: 'Merci', version: 2 });
  });

  it.each([
    ['an unknown variable', { text: 'Hi {autor}' }, 'text: unknown variable {autor}'],
    ['an unknown variable in a platform variant', { platforms: { x: 'Hi {xyz}' } }, 'platforms.x: unknown variable {xyz}'],
    ['an unknown variable in a translation', { translations: { en: { text: 'Hi {who}' } } }, 'translations.en.text: unknown variable {who}'],
    ['an empty text', { text: '  ' }, 'text: must not be empty'],
    ['an id taken by another element', { id: 'thanks-en' }, 'id: "thanks-en" is already used by another element'],
  ])('refuses %s, naming the field', (_label, patch, error) => {
    expect(saveReply(config, { ...config.replies[0]!, ...patch }, 'thanks-fr')).toEqual({ ok: false, error });
  });

  it('duplicates next to the original under a free id, without origin or version', () => {
    const team = { ...config.replies[1]!, origin: 'team' as const, version: 4 };
    const once = duplicateReply(config, team, '(copy)');
    const twice = duplicateReply(once, team, '(copy)');
    expect(ids(twice)).toEqual(['thanks-fr', 'thanks-en', 'thanks-en-copy-2', 'thanks-en-copy', 'question-fr']);
    expect(twice.replies[3]).toEqual({ ...config.replies[1], id: 'thanks-en-copy', title: 'Thanks (copy)' });
  });

  it('moves and deletes', () => {
    expect(ids(moveReply(config, 'thanks-en', -1))).toEqual(['thanks-en', 'thanks-fr', 'question-fr']);
    expect(ids(moveReply(config, 'thanks-fr', -1))).toEqual(ids(config));
    expect(ids(moveReply(config, 'question-fr', 1))).toEqual(ids(config));
    expect(ids(deleteReply(config, 'thanks-en'))).toEqual(['thanks-fr', 'question-fr']);
  });
});
