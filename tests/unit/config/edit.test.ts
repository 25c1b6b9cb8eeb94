import { describe, expect, it } from 'vitest';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import { addWatchQuery, removeWatchQuery } from '@/utils/config/edit';

describe('addWatchQuery', () => {
  it('adds a valid query with an id made from it', () => {
    const result = addWatchQuery(BUILT_IN_CONFIG, '  "Acme Rocket" -job ');
    expect(result.ok && result.value.queries.at(-1)).toEqual({
      id: 'acme-rocket-job',
      label: '"Acme Rocket" -job',
      color: '#1971c2',
      query: '"Acme Rocket" -job',
    });
  });

  it('keeps ids unique when two queries slug the same', () => {
    const first = addWatchQuery(BUILT_IN_CONFIG, 'Société');
    const second = first.ok ? addWatchQuery(first.value, 'societe') : first;
    expect(second.ok && second.value.queries.map((q) => q.id)).toEqual(['brand', 'societe', 'societe-2']);
  });

  it.each([
    ['Acme', 'duplicate'],
    ['(Acme', 'syntax'],
    ['-job', 'syntax'],
  ])('refuses %j: %s', (query, error) => {
    const result = addWatchQuery(BUILT_IN_CONFIG, query);
    expect(result).toMatchObject({ ok: false, error });
  });
});

describe('removeWatchQuery', () => {
  it('removes by id and leaves the rest', () => {
    expect(removeWatchQuery(BUILT_IN_CONFIG, 'brand').queries).toEqual([]);
    expect(removeWatchQuery(BUILT_IN_CONFIG, 'other').queries).toEqual(BUILT_IN_CONFIG.queries);
  });
});
