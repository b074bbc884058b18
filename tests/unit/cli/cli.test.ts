import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'electron/cli/main.ts', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('command line', () => {
  it('costs the sample project with pinned totals, in JSON, at a chosen price year', async () => {
    const { code, stdout } = await cli('cost', 'samples/projects/costing-demo.journey.json', '--price-year', '2024/25', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.priceYear).toBe('2024/25');
    expect(report.total).toBe(5741.7);
    expect(report.cases[0]).toMatchObject({ case: 'Sample A', total: 5741.7, uncostedContacts: 1, byFinancialYear: { '2018/19': 2687, '2019/20': 812.7, '2020/21': 2242 } });
    expect(report.cases[0].missedOpportunities).toEqual([
      { date: '2019-02-10', category: 'No referral made', costAfter: 4530.7, costAfter12Months: 2288.7 },
      { date: '2019-03-11', category: 'Evicted or excluded to the street', costAfter: 3054.7, costAfter12Months: 812.7 },
    ]);
    expect(report.cases[0].unknownPriceYearShare).toBeCloseTo(3481.95 / 5741.7, 5);
  }, 60_000);

  it('prints the Appendix 2 scenario as JSON from the shipped sheet', async () => {
    const { code, stdout } = await cli('scenario', 'samples/scenarios/safe-space-appendix-2.xlsx', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.organisations.find((o: { organisation: string }) => o.organisation === 'Police')).toEqual({ organisation: 'Police', savings: 482842.96, costIncreases: 0, net: 482842.96 });
    expect(result).toMatchObject({ savings: 1356538.96, costIncreases: 169305.1, net: 1187233.86 });
  }, 60_000);

  it('refuses bad input with exit code 1 and located errors, and wrong usage with 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
    const bad = path.join(dir, 'bad.journey.json');
    writeFileSync(bad, JSON.stringify({ type: 'journey-mapper/project', version: 1, source: 'x', exportedAt: 'x', cases: [], agencies: [], contacts: [{ id: 'c' }] }));
    const refused = await cli('cost', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bad.journey.json: contacts.0.caseId');
    const missing = await cli('scenario', path.join(dir, 'none.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('none.xlsx: cannot read the file (ENOENT)');
    const usage = await cli('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run cli');
    expect((await cli('cost', 'samples/projects/costing-demo.journey.json', '--price-year', '2019-20')).code).toBe(2);
  }, 60_000);
});
