import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Helper, type CheckedSuggestion, type HelperProps } from '@/entrypoints/content/helper';
import { trusted } from '@/entrypoints/content/trusted';
import { BUILT_IN_CONFIG } from '@/utils/config/built-in';
import { checkReply } from '@/utils/tone/check-reply';

const suggestion = (id: string, text: string, level: 'ok' | 'warn' | 'block'): CheckedSuggestion => ({
  reply: { ...BUILT_IN_CONFIG.replies[0]!, id, title: id },
  lang: 'fr',
  text,
  tone: { level, score: level === 'ok' ? 1 : 0.5, findings: level === 'ok' ? [] : [{ rule: 'forbidden', level: 'block', start: 0, end: 5, message: 'toneRule_forbidden' }] },
});

/** A click as a user makes it. happy-dom's dispatched events are untrusted, like a page script's. */
function userClick(el: Element) {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}
function scriptClick(el: Element) {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
}

function mount(overrides: Partial<HelperProps> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const props: HelperProps = {
    author: 'Léa',
    excerpt: '<img src=x onerror=alert(1)> Acme',
    suggestions: [suggestion('calm', 'Merci Léa !', 'ok'), suggestion('risky', 'Remboursement garanti', 'block')],
    checkTone: (text) => checkReply(text, { forbidden: ['garanti'], answering: 'question' }),
    onInsert: vi.fn(async () => 'inserted' as const),
    onDm: vi.fn(async () => 'inserted' as const),
    onEscalate: vi.fn(async () => undefined),
    onIgnore: vi.fn(async () => undefined),
    ...overrides,
  };
  render(<Helper {...props} />, root);
  const q = (id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];
  /** The first element with this test id, once Preact rendered it. */
  const one = <T extends Element = HTMLElement>(id: string) =>
    vi.waitFor(() => {
      const el = q(id)[0];
      if (!el) throw new Error(`no ${id} yet`);
      return el as T;
    });
  return { root, props, q, one };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('trusted', () => {
  it('runs the handler for a user event only', () => {
    const handler = vi.fn();
    const wrapped = trusted(handler);
    wrapped(new Event('click'));
    expect(handler).not.toHaveBeenCalled();
    const real = new Event('click');
    Object.defineProperty(real, 'isTrusted', { value: true });
    wrapped(real);
    expect(handler).toHaveBeenCalledWith(real);
  });
});

describe('Helper', () => {
  it('stays closed when a page script clicks it', async () => {
    const { q } = mount();
    scriptClick(q('pp-open')[0]!);
    await Promise.resolve();
    expect(q('pp-suggestion')).toHaveLength(0);
  });

  it('shows the suggestions with their tone level, and page text as text only', async () => {
    const { root, q } = mount();
    userClick(q('pp-open')[0]!);
    await vi.waitFor(() => expect(q('pp-suggestion')).toHaveLength(2));
    expect(q('pp-tone').map((el) => el.getAttribute('data-level'))).toEqual(['ok', 'block']);
    expect(q('pp-excerpt')[0]!.textContent).toBe('<img src=x onerror=alert(1)> Acme');
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('Replying to Léa:');
  });

  it('inserts a calm reply at once and reports the outcome', async () => {
    const { props, q } = mount();
    userClick(q('pp-open')[0]!);
    await vi.waitFor(() => expect(q('pp-insert')).toHaveLength(2));
    userClick(q('pp-insert')[0]!);
    await vi.waitFor(() => expect(q('pp-status')[0]?.textContent).toContain('press Send yourself'));
    expect(props.onInsert).toHaveBeenCalledWith(expect.objectContaining({ text: 'Merci Léa !', drift: 0 }));
  });

  it('asks for confirmation before inserting a blocked reply', async () => {
    const { props, q } = mount();
    userClick(q('pp-open')[0]!);
    await vi.waitFor(() => expect(q('pp-insert')).toHaveLength(2));
    userClick(q('pp-insert')[1]!);
    await vi.waitFor(() => expect(q('pp-insert')[1]!.textContent).toBe('Insert anyway?'));
    expect(props.onInsert).not.toHaveBeenCalled();
    userClick(q('pp-insert')[1]!);
    await vi.waitFor(() => expect(props.onInsert).toHaveBeenCalledTimes(1));
  });

  it('tells the manager to paste when the reply went to the clipboard', async () => {
    const { q } = mount({ onInsert: vi.fn(async () => 'copied' as const) });
    userClick(q('pp-open')[0]!);
    await vi.waitFor(() => expect(q('pp-insert')).toHaveLength(2));
    userClick(q('pp-insert')[0]!);
    await vi.waitFor(() => expect(q('pp-status')[0]?.textContent).toContain('press Ctrl+V'));
  });

  it('ignores a script click on Insert even when open', async () => {
    const { props, q } = mount();
    userClick(q('pp-open')[0]!);
    await vi.waitFor(() => expect(q('pp-insert')).toHaveLength(2));
    scriptClick(q('pp-insert')[0]!);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(props.onInsert).not.toHaveBeenCalled();
  });

  it('inserts an edited reply with its drift and a fresh tone check', async () => {
    const { props, q, one } = mount();
    userClick(q('pp-open')[0]!);
    await vi.waitFor(() => expect(q('pp-edit-open')).toHaveLength(2));
    userClick(q('pp-edit-open')[0]!);
    const editor = await one<HTMLTextAreaElement>('pp-edit');
    expect(editor.value).toBe('Merci Léa !');
    expect(q('pp-drift')[0]!.textContent).toBe('As approved.');
    editor.value = 'Merci Léa ! Remboursement garanti';
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(q('pp-drift')[0]!.getAttribute('data-drift')).toBe('0.40'));
    expect(q('pp-drift')[0]!.textContent).toBe('Edited: 40% of the approved text changed.');
    expect(q('pp-tone')[0]!.getAttribute('data-level')).toBe('block');
    userClick(q('pp-insert')[0]!);
    await vi.waitFor(() => expect(q('pp-insert')[0]!.textContent).toBe('Insert anyway?'));
    userClick(q('pp-insert')[0]!);
    await vi.waitFor(() => expect(props.onInsert).toHaveBeenCalledTimes(1));
    expect(props.onInsert).toHaveBeenCalledWith(expect.objectContaining({ text: 'Merci Léa ! Remboursement garanti', drift: 0.4 }));
  });

  it('shows the best five, all on demand, and finds any element from the keyboard', async () => {
    const many = Array.from({ length: 8 }, (_, i) => suggestion(`r${i}`, `Réponse numéro ${i}`, 'ok'));
    const { q, one } = mount({ suggestions: many });
    userClick(q('pp-open')[0]!);
    await vi.waitFor(() => expect(q('pp-suggestion')).toHaveLength(5));
    const search = q('pp-search')[0] as HTMLInputElement;
    search.value = 'NUMERO 7';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(q('pp-suggestion').map((el) => el.getAttribute('data-reply-id'))).toEqual(['r7']));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true });
    Object.defineProperty(enter, 'isTrusted', { value: true });
    search.dispatchEvent(enter);
    expect((await one<HTMLTextAreaElement>('pp-edit')).value).toBe('Réponse numéro 7');
    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    userClick(await one('pp-show-all'));
    await vi.waitFor(() => expect(q('pp-suggestion')).toHaveLength(8));
  });

  it('offers a calmer wording and applies it in the editor', async () => {
    const { q, one } = mount({ suggestions: [{ ...suggestion('harsh', 'Bonjour, calmez-vous.', 'warn'), tone: checkReply('Bonjour, calmez-vous.', { forbidden: [], lang: 'fr' }) }] });
    userClick(q('pp-open')[0]!);
    userClick(await one('pp-fix'));
    expect((await one<HTMLTextAreaElement>('pp-edit')).value).toBe('Bonjour, nous comprenons votre agacement.');
    await vi.waitFor(() => expect(q('pp-tone')[0]!.getAttribute('data-level')).toBe('ok'));
  });

  it('checks and inserts a reply written freely, as free text', async () => {
    const { props, q, one } = mount();
    userClick(q('pp-open')[0]!);
    const free = await one<HTMLTextAreaElement>('pp-free');
    free.value = 'Écrivez-nous à lea@gmail.com';
    free.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(q('pp-free-tone')[0]!.getAttribute('data-level')).toBe('block'));
    const findings = [...free.parentElement!.querySelectorAll('[data-testid="pp-finding"]')];
    expect(findings.map((el) => el.getAttribute('data-rule'))).toEqual(['greeting-missing', 'personal-data']);
    userClick(q('pp-free-insert')[0]!);
    await vi.waitFor(() => expect(q('pp-free-insert')[0]!.textContent).toBe('Insert anyway?'));
    userClick(q('pp-free-insert')[0]!);
    await vi.waitFor(() => expect(props.onInsert).toHaveBeenCalledTimes(1));
    const sent = vi.mocked(props.onInsert).mock.calls[0]![0];
    expect([sent.text, sent.suggestion, sent.drift, sent.tone.level]).toEqual(['Écrivez-nous à lea@gmail.com', undefined, undefined, 'block']);
  });

  it('says what the post is, and when it is urgent', async () => {
    const { q, one } = mount({ triage: { lang: 'fr', kind: 'complaint', sentiment: 'neg', urgency: 0.8 } });
    userClick(q('pp-open')[0]!);
    const triage = await one('pp-triage');
    expect(triage.textContent).toBe('Complaint · negative · FR · urgent');
    expect([triage.getAttribute('data-kind'), triage.getAttribute('data-sentiment')]).toEqual(['complaint', 'neg']);
  });

  it('moves to private messages with the best invitation, and escalates with a note', async () => {
    const invite = { ...suggestion('private-fr', 'Bonjour Léa, continuons en message privé.', 'ok'), reply: { ...BUILT_IN_CONFIG.replies[8]! } };
    const { props, q, one } = mount({ suggestions: [suggestion('calm', 'Merci Léa !', 'ok'), invite] });
    userClick(q('pp-open')[0]!);
    userClick(await one('pp-action-dm'));
    await vi.waitFor(() => expect(props.onDm).toHaveBeenCalledWith(expect.objectContaining({ text: 'Bonjour Léa, continuons en message privé.', drift: 0 })));

    userClick(await one('pp-action-escalate'));
    const note = await one<HTMLTextAreaElement>('pp-escalate-note');
    expect((q('pp-escalate-confirm')[0] as HTMLButtonElement).disabled).toBe(true);
    note.value = '  Menace de procès : voir avec le juridique ';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect((q('pp-escalate-confirm')[0] as HTMLButtonElement).disabled).toBe(false));
    userClick(q('pp-escalate-confirm')[0]!);
    await vi.waitFor(() => expect(props.onEscalate).toHaveBeenCalledWith('Menace de procès : voir avec le juridique'));
  });
});
