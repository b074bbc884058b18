import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeReturnProblem } from '../../../shared/chronology/return-problems';
import { openReturn } from '../../../shared/chronology/return-tables';
import { parseProjectFileText } from '../../../shared/project/project-file';
import { cli } from './run-cli';

const RETURNS = [
  'adult-r-police.docx',
  'adult-r-adult-social-care.docx',
  'adult-r-hospital.xlsx',
  'adult-r-housing.xlsx',
  'adult-r-recovery-service.csv',
].map((f) => `samples/returns/${f}`);

describe('npm run cli -- merge', () => {
  it('merges the five sample returns into one case and prints the contacts, returns, duplicate candidates and gaps as JSON', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'merge-'));
    const out = path.join(dir, 'adult-r.journey.json');
    const run = await cli('merge', ...RETURNS, '--out', out, '--case', 'Adult R', '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(['contacts', 'returns', 'duplicates', 'gaps', 'agencyGaps']);
    expect(summary.contacts).toBe(21);
    expect(summary.returns).toEqual([
      { file: 'adult-r-police.docx', agency: 'Northshire Police', rows: 6 },
      { file: 'adult-r-adult-social-care.docx', agency: 'Northshire Adult Social Care', rows: 4 },
      { file: 'adult-r-hospital.xlsx', agency: 'Northshire Hospitals NHS Trust', rows: 4 },
      { file: 'adult-r-housing.xlsx', agency: 'Northshire Council Housing', rows: 4 },
      { file: 'adult-r-recovery-service.csv', agency: 'Northshire Recovery Service', rows: 3 },
    ]);
    const pairs = (
      summary.duplicates as Array<{
        a: { file: string; row: number };
        b: { file: string; row: number };
        score: number;
        reason: string;
      }>
    ).map((d) => `${d.a.file}:${d.a.row} ${d.b.file}:${d.b.row}`);
    // The three events planted in two returns each (adult-r-returns.ts).
    expect(pairs).toEqual(
      expect.arrayContaining([
        'adult-r-police.docx:2 adult-r-adult-social-care.docx:2',
        'adult-r-police.docx:7 adult-r-adult-social-care.docx:4',
        'adult-r-police.docx:6 adult-r-recovery-service.csv:3',
      ]),
    );
    expect(pairs.length).toBeLessThanOrEqual(4);
    expect(summary.gaps).toEqual([{ from: '2019-04-19', to: '2019-09-02', days: 136 }]);
    expect(summary.agencyGaps).toEqual(
      expect.arrayContaining([
        { agency: 'Northshire Police', from: '2019-03-18', to: '2019-09-02', days: 168 },
      ]),
    );
    expect(run.stderr).toContain(
      'adult-r-police.docx, table 1, header row 1; columns: A Date → Date; B Time → Time; C Record ref → Source',
    );
    const project = parseProjectFileText(readFileSync(out, 'utf8'));
    expect(
      project.ok && [
        project.project.contacts.length,
        project.project.chronologyReturns?.length,
        project.project.contactProvenance?.length,
      ],
    ).toEqual([21, 5, 21]);

    const docx = path.join(dir, 'chronology.docx');
    const exported = await cli('export', out, '--to', docx);
    expect(exported.code).toBe(0);
    const read = openReturn(readFileSync(docx), 'chronology.docx');
    if (!read.ok) throw new Error(read.problems.map(describeReturnProblem).join('\n'));
    expect(read.tables[0].rows).toHaveLength(22);
    expect(read.tables[0].rows[0].cells.slice(0, 2)).toEqual([
      { kind: 'text', text: '14/01/2019 22:40' },
      { kind: 'text', text: 'Northshire Police' },
    ]);
  }, 60_000);

  it('takes the agency of a return that names none from --agency, and refuses the merge, writing nothing, when a return has a bad row', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'merge-'));
    const unnamed = path.join(dir, 'gp.csv');
    writeFileSync(unnamed, 'Date,Event\n05/05/2019,Seen for a chest infection\n');
    const out = path.join(dir, 'one.journey.json');
    const named = await cli('merge', unnamed, '--out', out, '--agency', `${unnamed}=Northshire GP`, '--json');
    expect(named.code).toBe(0);
    expect((JSON.parse(named.stdout) as { returns: unknown }).returns).toEqual([
      { file: 'gp.csv', agency: 'Northshire GP', rows: 1 },
    ]);

    writeFileSync(unnamed, 'Agency: Northshire GP\nDate,Event\nOct 2018,Seen for a chest infection\n');
    const bad = path.join(dir, 'bad.journey.json');
    const refused = await cli('merge', RETURNS[0], unnamed, '--out', bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'gp.csv, sheet "Sheet1", row 3, column A (Date): "Oct 2018" is an approximate date',
    );
    expect(existsSync(bad)).toBe(false);
  }, 60_000);

  it('asks for a case when exporting the chronology of a project holding several', async () => {
    const run = await cli(
      'export',
      'samples/projects/cohort-30.journey.json',
      '--to',
      path.join(mkdtempSync(path.join(tmpdir(), 'merge-')), 'c.docx'),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^the project holds 30 cases; name one with --case <pseudonym>/);
  }, 60_000);
});
