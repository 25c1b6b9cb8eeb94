// `npm test`: every check of the project, in order, each streamed as it runs, then one
// summary and one closing pass/fail line. A failed step does not hide the others: all run
// (the real-browser tests only when their build succeeded).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ label: string, ok: boolean, seconds: number, passed: number, failed: number, detail?: string }} StepResult */

/** @param {string} name */
const bin = (name) => join('node_modules', '.bin', name);
/** @type {StepResult[]} */
const results = [];

/**
 * Runs one step; a step with a Vitest JSON `report` counts its tests, others count as one.
 * @param {string} label @param {string} command @param {string[]} args @param {{ report?: string }} [options]
 */
function run(label, command, args, { report } = {}) {
  console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = status === 0 && !error;
  /** @type {StepResult} */
  const result = { label, ok, seconds: (Date.now() - started) / 1000, passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  if (report) {
    try {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      // A file that fails to load has no failed test but must count as a failure.
      /** @type {Array<{ status: string, assertionResults: Array<{ status: string }> }>} */
      const files = json.testResults;
      const brokenFiles = files.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
      result.passed = json.numPassedTests;
      result.failed = json.numFailedTests + brokenFiles + (ok || json.numFailedTests + brokenFiles > 0 ? 0 : 1);
      result.detail = `${json.numPassedTests} passed, ${json.numFailedTests} failed in ${files.length} files` +
        (brokenFiles ? `, ${brokenFiles} files failed to run` : '');
    } catch {
      result.detail = 'no report';
    }
  }
  if (error) result.detail = String(error.message);
  results.push(result);
  return ok;
}

/** @param {string} label @param {string} config @param {string} report */
function vitest(label, config, report) {
  rmSync(report, { force: true });
  return run(label, bin('vitest'), ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { report });
}

/** @param {string} dir */
function gzipSizes(dir) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} d */
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) files.push(path);
    }
  };
  walk(dir);
  return files.map((file) => `${relative(dir, file)} ${(gzipSync(readFileSync(file)).length / 1024).toFixed(1)} kB gz`);
}

const started = Date.now();
run('typecheck', bin('tsc'), ['--noEmit']);
run('lint', bin('eslint'), ['.']);
vitest('unit tests', 'vitest.config.ts', 'test-results/unit.json');
const chrome = run('build chrome', 'npm', ['run', '--silent', 'build']);
const firefox = run('build firefox', 'npm', ['run', '--silent', 'build:firefox']);
if (firefox) run('firefox lint', 'npm', ['run', '--silent', 'lint:firefox']);
const testBuild = run('build test', 'npm', ['run', '--silent', 'build:test']);
if (testBuild && run('chromium', 'node', ['tests/e2e/support/ensure-chromium.mjs'])) {
  vitest('real-chromium tests', 'vitest.e2e.config.ts', 'test-results/e2e.json');
} else {
  results.push({ label: 'real-chromium tests', ok: false, seconds: 0, passed: 0, failed: 1, detail: 'not run: no test build or no Chromium' });
}

console.log('\n━━ Summary');
for (const r of results) {
  console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.label.padEnd(20)} ${(r.detail ?? '').padEnd(40)} ${r.seconds.toFixed(1)} s`);
}
if (chrome) console.log(`  chrome-mv3 sizes: ${gzipSizes('.output/chrome-mv3').join(', ')}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const allOk = results.every((r) => r.ok);
console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)} s; counts are tests for the test layers and one per other step`);
console.log(`${allOk ? 'PASS' : 'FAIL'}: ${passed} passed, ${failed} failed`);
process.exit(allOk ? 0 : 1);
