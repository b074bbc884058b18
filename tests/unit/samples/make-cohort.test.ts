import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { serialiseProjectFile } from '../../../shared/project/project-file';
import { generateCohort } from '../../../samples/generator/synthetic-cohort';

const run = promisify(execFile);

async function makeCohort(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'samples/generator/make-cohort.ts', ...args], {
      encoding: 'utf8',
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('make-cohort', () => {
  it('writes the file the generator makes, for a total number of contacts', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cohort-')), 'cohort.journey.json');
    const { code, stdout } = await makeCohort(
      '--seed',
      '12',
      '--contacts',
      '900',
      '--cases',
      '4',
      '--start-year',
      '2020',
      '--years',
      '3',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('4 cases, 900 contacts');
    expect(readFileSync(out, 'utf8')).toBe(
      serialiseProjectFile(
        generateCohort({ seed: 12, cases: 4, totalContacts: 900, startYear: 2020, years: 3 }),
      ),
    );
  }, 60_000);

  it('refuses unclear options with a reason', async () => {
    const [noOut, badSeed, both] = await Promise.all([
      makeCohort('--seed', '1'),
      makeCohort('--seed', 'x', '--out', 'nowhere.json'),
      makeCohort('--seed', '1', '--contacts', '100', '--min', '5', '--out', 'nowhere.json'),
    ]);
    expect(noOut).toMatchObject({ code: 1, stderr: expect.stringContaining('usage: make-cohort') });
    expect(badSeed).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--seed must be a whole number'),
    });
    expect(both).toMatchObject({ code: 1, stderr: expect.stringContaining('leave out --min and --max') });
  }, 60_000);
});
