import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeRowsOf } from '../../../shared/backup/backups';
import { parseProjectFileText } from '../../../shared/project/project-file';
import { storeBackupBytes, storeBackupHeaderLine } from '../../../shared/backup/store-backup';
import { cli } from './run-cli';

describe('command line', () => {
  it('costs the sample project with pinned totals, in JSON, at a chosen price year', async () => {
    const { code, stdout } = await cli(
      'cost',
      'samples/projects/costing-demo.journey.json',
      '--price-year',
      '2024/25',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.priceYear).toBe('2024/25');
    expect(report.total).toBe(5741.7);
    expect(report.cases[0]).toMatchObject({
      case: 'Sample A',
      total: 5741.7,
      uncostedContacts: 1,
      byFinancialYear: { '2018/19': 2687, '2019/20': 812.7, '2020/21': 2242 },
    });
    expect(report.cases[0].missedOpportunities).toEqual([
      {
        date: '2019-02-10',
        dateAsWritten: '10/02/2019 03:05',
        category: 'No referral made',
        costAfter: 4530.7,
        costAfter12Months: 2288.7,
        costAfterUncertain: 0,
      },
      {
        date: '2019-03-11',
        dateAsWritten: '11/03/2019',
        category: 'Evicted or excluded to the street',
        costAfter: 3054.7,
        costAfter12Months: 812.7,
        costAfterUncertain: 0,
      },
    ]);
    expect(report.cases[0].unknownPriceYearShare).toBeCloseTo(3481.95 / 5741.7, 5);
    expect(report.cases[0].approximateFinancialYearShare).toBe(0);
  }, 60_000);

  it('prints the Appendix 2 scenario as JSON from the shipped sheet', async () => {
    const { code, stdout } = await cli('scenario', 'samples/scenarios/safe-space-appendix-2.xlsx', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.organisations.find((o: { organisation: string }) => o.organisation === 'Police')).toEqual({
      organisation: 'Police',
      savings: 482842.96,
      costIncreases: 0,
      net: 482842.96,
    });
    expect(result).toMatchObject({ savings: 1356538.96, costIncreases: 169305.1, net: 1187233.86 });
  }, 60_000);

  it('refuses bad input with exit code 1 and located errors, and wrong usage with 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
    const bad = path.join(dir, 'bad.journey.json');
    writeFileSync(
      bad,
      JSON.stringify({
        type: 'journey-mapper/project',
        version: 1,
        source: 'x',
        exportedAt: 'x',
        cases: [],
        agencies: [],
        contacts: [{ id: 'c' }],
      }),
    );
    const refused = await cli('cost', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bad.journey.json: contacts.0.caseId');
    const missing = await cli('scenario', path.join(dir, 'none.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('none.xlsx: cannot read the file (ENOENT)');
    const usage = await cli('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run cli');
    expect(
      (await cli('cost', 'samples/projects/costing-demo.journey.json', '--price-year', '2019-20')).code,
    ).toBe(2);
  }, 60_000);
});

describe('command line files', () => {
  it('validates project files, contact sheets and scenario sheets, refusing bad ones with located errors', async () => {
    expect(await cli('validate', 'samples/projects/costing-demo.journey.json')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('a valid project file (version 1) with 1 case and 12 contacts'),
    });
    expect(await cli('validate', 'samples/templates/contacts-template.xlsx')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('3 contacts, all valid'),
    });
    expect(await cli('validate', 'samples/scenarios/safe-space-appendix-2.xlsx')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('a valid scenario sheet with 19 rows'),
    });
    const bad = await cli('validate', 'tests/fixtures/bad-files/wrong-types.csv');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'wrong-types.csv, sheet "Sheet1", row 3, column F (Quantity): "three" is not a number',
    );
    expect((await cli('validate', 'tests/fixtures/bad-files/zero-bytes.xlsx')).stderr).toContain(
      'zero-bytes.xlsx, sheet "-": the file is empty (0 bytes)',
    );
  }, 60_000);

  it('imports a contacts sheet to a project file, listing what it created, and exports it to every format', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
    const project = path.join(dir, 'imported.journey.json');
    const imported = await cli('import', 'samples/templates/contacts-template.csv', '--out', project);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Wrote');
    expect(imported.stdout).toContain('3 contacts in 1 case');
    expect(imported.stdout).toContain('Unit costs stated in the sheet: B&B placement (2019/20)');
    const costed = JSON.parse((await cli('cost', project, '--json')).stdout);
    expect(costed.cases[0]).toMatchObject({ case: 'Sample Person X', uncostedContacts: 0 });
    for (const ext of ['xlsx', 'csv', 'xes', 'json']) {
      const out = path.join(dir, `journey.${ext}`);
      expect((await cli('export', project, '--to', out)).code).toBe(0);
      expect(readFileSync(out).length).toBeGreaterThan(100);
    }
    expect(readFileSync(path.join(dir, 'journey.csv'), 'utf8').startsWith('\uFEFFCase,Date,End date')).toBe(
      true,
    );
    expect(readFileSync(path.join(dir, 'journey.xes'), 'utf8')).toContain('<trace>');
    expect((await cli('export', project, '--to', path.join(dir, 'journey.pdf'))).code).toBe(2);
    const unknownAgency = path.join(dir, 'agency.csv');
    writeFileSync(
      unknownAgency,
      'Case,Date,End date,Agency,Contact type,Quantity,Outcome,Description,Missed opportunity,Category,Note\nP,03/02/2019,,Street team,Visit,,,,no,,\n',
    );
    const created = await cli('import', unknownAgency, '--out', path.join(dir, 'b.journey.json'));
    expect(created.stdout).toContain('Created agencies (sector Other): Street team');
    expect(created.stdout).toContain('New contact types (uncosted): Visit');
    expect(
      (
        await cli(
          'import',
          'tests/fixtures/bad-files/merged-cells.xlsx',
          '--out',
          path.join(dir, 'c.journey.json'),
        )
      ).code,
    ).toBe(1);
  }, 120_000);
});

describe('command line: backups', () => {
  it('validates a store backup, and refuses a bomb with a clear message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-backup-'));
    const read = parseProjectFileText(readFileSync('samples/projects/costing-demo.journey.json', 'utf8'));
    if (!read.ok) throw new Error('sample unreadable');
    const good = path.join(dir, 'journey-mapper-backup-2026-12-01.journey-backup.gz');
    writeFileSync(good, storeBackupBytes(storeRowsOf(read.project), '2026-12-01T06:00:00.000Z'));
    const valid = await cli('validate', good);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain(
      `a valid store backup made 2026-12-01T06:00:00.000Z with 1 case and ${read.project.contacts.length} contacts`,
    );

    const bomb = path.join(dir, 'bomb.journey-backup.gz');
    const header = storeBackupHeaderLine(
      {
        cases: 1,
        agencies: 0,
        contacts: 0,
        links: 0,
        lifeEvents: 0,
        unitCosts: 0,
        categories: 0,
        outcomes: 0,
        outcomeMeasures: 0,
      },
      '2026-12-01T06:00:00.000Z',
    );
    writeFileSync(
      bomb,
      gzipSync(
        Buffer.concat([Buffer.from(`${header}\n["cases",{"id":"`), Buffer.alloc(64 * (1 << 20), 'a')]),
        { level: 9 },
      ),
    );
    const refused = await cli('validate', bomb);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'bomb.journey-backup.gz: the backup is refused at line 2: a line is longer than 524,288 characters',
    );
  }, 60_000);
});
