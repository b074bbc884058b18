import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli';

const INPUT = 'tests/fixtures/anonymise/planted-case.journey.json';

describe('command line: anonymise', () => {
  it('writes an anonymised copy, prints the report, and gives the same file for the same seed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-anon-'));
    const before = readFileSync(INPUT, 'utf8');
    const [a, b] = [path.join(dir, 'a.journey.json'), path.join(dir, 'b.journey.json')];
    const first = await cli('anonymise', INPUT, '--out', a, '--seed', '12');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('seed 12');
    expect(first.stdout).toContain('Replaced in free text:');
    expect(first.stdout).toContain('Check by hand before sharing:');
    expect(first.stdout).not.toContain('Hughes');
    expect((await cli('anonymise', INPUT, '--out', b, '--seed', '12')).code).toBe(0);
    // The copy's created, updated and exported times are the time of each run.
    const strip = (text: string) => text.replace(/"(?:createdAt|updatedAt|exportedAt)": "[^"]+"/g, '');
    expect(strip(readFileSync(a, 'utf8'))).toBe(strip(readFileSync(b, 'utf8')));
    const copy = JSON.parse(readFileSync(a, 'utf8'));
    expect(copy.anonymised).toBe(true);
    const recorded = [
      copy.exportedAt,
      ...copy.cases.flatMap((c: { createdAt: string; updatedAt: string }) => [c.createdAt, c.updatedAt]),
    ];
    for (const at of recorded) expect(Math.abs(Date.parse(at) - Date.now()), at).toBeLessThan(60_000);
    expect(readFileSync(a, 'utf8')).not.toMatch(/Kelly|Hughes|Whitfield|DE23 8LF/);
    expect(readFileSync(INPUT, 'utf8')).toBe(before);
    expect((await cli('validate', a)).code).toBe(0);
  }, 60_000);

  it('refuses to overwrite the input, a bad seed and a bad file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-anon-'));
    const input = path.join(dir, 'in.journey.json');
    copyFileSync(INPUT, input);
    const same = await cli('anonymise', input, '--out', path.join(dir, '.', 'in.journey.json'));
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('never overwrites the original');
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(INPUT, 'utf8'));
    expect(
      (await cli('anonymise', input, '--out', path.join(dir, 'x.json'), '--seed', 'abc')).stderr,
    ).toContain('--seed "abc" must be a whole number');
    expect((await cli('anonymise', input)).code).toBe(2);
    const missing = await cli('anonymise', path.join(dir, 'none.json'), '--out', path.join(dir, 'x.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('none.json: cannot read the file (ENOENT)');
  }, 60_000);
});
