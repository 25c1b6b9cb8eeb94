import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'pp-cli-'));

async function cli(name: 'classify' | 'tone', lines: string[], ...args: string[]): Promise<Record<string, unknown>[]> {
  const file = join(dir, `${name}-${lines.length}.txt`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const { stdout } = await run('npm', ['run', '--silent', name, '--', file, ...args], { cwd: process.cwd() });
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('npm run classify', () => {
  it('answers one JSON object per line, in order, with the documented fields', async () => {
    const lines = ['Où est ma commande ? Toujours rien reçu', 'Love it, thank you! 😍', '🚀', 'Vous êtes des connards'];
    const out = await cli('classify', lines, '--lang', 'fr');
    expect(out).toHaveLength(4);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(expect.arrayContaining(['lang', 'sentiment', 'sentimentScores', 'kind', 'kindScores', 'toxicity']));
      expect(o.toxicity).toBeGreaterThanOrEqual(0);
      expect(o.toxicity).toBeLessThanOrEqual(1);
    }
    expect(out.map((o) => o.lang)).toEqual(['fr', 'en', 'fr', 'fr']);
    expect(out[1]!.kind).toBe('praise');
    expect(out[3]!.kind).toBe('toxic');
    // Too short to tell: --lang decides.
    expect((await cli('classify', ['🚀'], '--lang', 'en'))[0]!.lang).toBe('en');
  }, 30_000);

  it('gives the same output on the same input', async () => {
    const lines = ['Great, another delay.', 'Service client au top'];
    expect(await cli('classify', lines)).toEqual(await cli('classify', lines));
  }, 30_000);
});

describe('npm run tone', () => {
  it('answers {level, score, findings} per line', async () => {
    const out = await cli('tone', ['Bonjour Léa, merci pour votre message !', 'STOP WRITING TO US!!!'], '--lang', 'fr');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ level: 'ok', findings: [] });
    expect(out[1]!.level).toBe('warn');
    expect(out[1]!.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'shouting', start: 0, message: expect.any(String) })]));
    for (const o of out) expect(typeof o.score === 'number' && o.score >= 0 && o.score <= 1).toBe(true);
    expect(out[0]!.score as number).toBeGreaterThan(out[1]!.score as number);
  }, 30_000);
});
