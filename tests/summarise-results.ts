import { existsSync, readFileSync } from 'node:fs';

/**
 * CI reads one plain closing line, "N passed, N failed", for the whole run: unit and end-to-end
 * together. A step that failed before its runner wrote a report counts as one failure.
 */
interface Counts {
  passed: number;
  failed: number;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function unitCounts(): Counts | null {
  const report = readJson('test-results/unit-report.json') as {
    numPassedTests: number;
    numFailedTests: number;
  } | null;
  return report && { passed: report.numPassedTests, failed: report.numFailedTests };
}

function e2eCounts(): Counts | null {
  const report = readJson('test-results/e2e-report.json') as {
    stats: { expected: number; unexpected: number; flaky: number };
  } | null;
  return report && { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

const exitStatus = Number(process.argv[2] ?? '0');
const parts = [unitCounts(), e2eCounts()].filter((c): c is Counts => c !== null);
const total = parts.reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), {
  passed: 0,
  failed: 0,
});
if (exitStatus !== 0 && total.failed === 0) total.failed = 1;
console.log(`${total.passed} passed, ${total.failed} failed`);
