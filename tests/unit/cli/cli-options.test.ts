import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli';

const casesIn = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { cases: Array<{ pseudonym: string }> }).cases.map(
    (c) => c.pseudonym,
  );

describe('command-line options', () => {
  it('--case puts every row into that case even when the sheet has a Case column (the README example)', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cli-case-')), 'a.journey.json');
    const run = await cli(
      'import',
      'samples/templates/contacts-template.csv',
      '--out',
      out,
      '--case',
      'Person A',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '--case "Person A": every row goes into this case; column A (Case) is not read',
    );
    expect(run.stdout).toContain('3 contacts in 1 case');
    expect(casesIn(out)).toEqual(['Person A']);
    const contacts = (JSON.parse(readFileSync(out, 'utf8')) as { contacts: unknown[] }).contacts;
    expect(contacts).toHaveLength(3);
  }, 60_000);

  it('--case without a pseudonym is wrong usage', async () => {
    const run = await cli(
      'import',
      'samples/templates/contacts-template.csv',
      '--out',
      path.join(tmpdir(), 'never.journey.json'),
      '--case',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--case needs a pseudonym');
  }, 60_000);

  it('--help and -h print the usage to stdout and exit 0, alone or after a command', async () => {
    for (const args of [['--help'], ['-h'], ['import', '--help']]) {
      const run = await cli(...args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: npm run cli -- <command>');
      expect(run.stdout).toContain('--case <pseudonym>');
      expect(run.stderr).toBe('');
    }
  }, 60_000);

  it('refuses an option it does not have, naming it', async () => {
    const run = await cli(
      'import',
      'samples/templates/contacts-template.csv',
      '--out',
      path.join(tmpdir(), 'never.journey.json'),
      '--csae',
      'Person A',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--csae is not an option');
  }, 60_000);

  it('tells what to do in command-line options, not in the import screen', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-hints-'));
    const noCase = path.join(dir, 'no-case.csv');
    writeFileSync(noCase, 'Date,Agency,Contact type\n03/02/2019,Police,Arrest\n');
    const refused = await cli('import', noCase, '--out', path.join(dir, 'a.journey.json'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'no-case.csv, sheet "Sheet1", row 2: names no case; add a Case column, or give --case <pseudonym>',
    );
    expect(
      (await cli('import', noCase, '--out', path.join(dir, 'a.journey.json'), '--case', 'Person B')).code,
    ).toBe(0);

    const usDates = await cli('validate', 'tests/fixtures/bad-files/us-dates.csv');
    expect(usDates.code).toBe(1);
    expect(usDates.stderr).toContain(
      'these dates can only be month first (US order); give --month-first, or correct them',
    );
    expect((await cli('validate', 'tests/fixtures/bad-files/us-dates.csv', '--month-first')).code).toBe(0);

    const duplicate = await cli('validate', 'tests/fixtures/bad-files/duplicate-headers.csv');
    expect(duplicate.stderr).toContain('as is column B (Date); rename one of the two headers');
    for (const run of [refused, usDates, duplicate])
      expect(run.stderr).not.toMatch(/map a Case column|open case|as the date order|map one of them/);
  }, 120_000);

  it("takes a cost bearer spelt like the library's as the library's, and says so", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-bearer-'));
    const sheet = path.join(dir, 'hostel.csv');
    writeFileSync(
      sheet,
      'Case,Date,Agency,Contact type,Unit cost,Price year,Cost bearer,Source\nPerson B,03/02/2019,Housing,Hostel night,35.00,2019/20,Local authority housing,Council\n',
    );
    const out = path.join(dir, 'b.journey.json');
    const run = await cli('import', sheet, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Cost bearers taken as the library\'s: "Local authority housing" as "Local authority (housing)"',
    );
    const unitCosts = (
      JSON.parse(readFileSync(out, 'utf8')) as { unitCosts: Array<{ name: string; costBearer: string }> }
    ).unitCosts;
    expect(unitCosts.find((u) => u.name === 'Hostel night')?.costBearer).toBe('Local authority (housing)');
  }, 60_000);
});
