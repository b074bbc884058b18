import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UnitCost } from '../../../shared/model';
import { cli } from './run-cli';

const WORKBOOK = '../shared/data/gmca-unit-cost-database-v1.4/unit-cost-database.xlsx';
const readLibrary = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { unitCosts: UnitCost[] };

describe('command line: library import', () => {
  it('imports the GMCA workbook, lists the skipped rows, and adds nothing the second time', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-library-'));
    const first = path.join(dir, 'gmca.json');
    const listed = await cli('library', 'import', WORKBOOK, '--out', first);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Added 674 unit costs, updated 0, unchanged 0, skipped 10 rows');
    expect(listed.stdout).toContain('skipped sheet "Crime", row 58, column C: the cost has no cost code');
    expect(listed.stdout).toContain(
      'skipped sheet "Education & Skills", row 24, column H (E&S8.1): no fiscal cost',
    );
    expect(readLibrary(first).unitCosts).toHaveLength(674);

    const again = await cli(
      'library',
      'import',
      WORKBOOK,
      '--into',
      first,
      '--out',
      path.join(dir, 'again.json'),
      '--json',
    );
    expect(JSON.parse(again.stdout)).toEqual({ added: 0, updated: 0, unchanged: 674, skipped: 10 });

    // The 22 GMCA entries the default library ships are matched by cost code, never added twice.
    const merged = await cli(
      'library',
      'import',
      WORKBOOK,
      '--into',
      'samples/unit-costs/default-library.json',
      '--out',
      path.join(dir, 'merged.json'),
      '--json',
      '--uprated',
    );
    expect(JSON.parse(merged.stdout)).toEqual({ added: 651, updated: 22, unchanged: 0, skipped: 11 });
    expect(readLibrary(path.join(dir, 'merged.json')).unitCosts).toHaveLength(51 + 651);
  }, 60_000);

  it('prices a journey from the imported costs exactly as a hand calculation does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-library-'));
    const library = path.join(dir, 'gmca.json');
    expect((await cli('library', 'import', WORKBOOK, '--out', library)).code).toBe(0);
    const byCode = new Map(readLibrary(library).unitCosts.map((u) => [u.code, u]));
    const at = '2024-01-01T00:00:00.000Z';
    const contact = (id: string, code: string, start: string, quantity: number | null = null) => ({
      id,
      caseId: 'case-1',
      agencyId: 'agency-police',
      contactType: byCode.get(code)?.name,
      start,
      quantity,
      unitCostId: byCode.get(code)?.id,
      createdAt: at,
      updatedAt: at,
    });
    const project = {
      type: 'journey-mapper/project',
      version: 1,
      source: 'test',
      exportedAt: at,
      cases: [{ id: 'case-1', pseudonym: 'Person G', createdAt: at, updatedAt: at }],
      agencies: [{ id: 'agency-police', name: 'Police', sector: 'Police', colour: '#0072B2', laneOrder: 0 }],
      contacts: [
        contact('c1', 'CR7.1', '2019-05-01T10:00'),
        contact('c2', 'CR7.1', '2019-06-01T10:00'),
        contact('c3', 'CR1.2', '2019-07-01'),
        contact('c4', 'CR9.0', '2019-07-02', 3),
      ],
      unitCosts: ['CR7.1', 'CR1.2', 'CR9.0'].map((code) => byCode.get(code)),
    };
    const file = path.join(dir, 'person-g.journey.json');
    writeFileSync(file, JSON.stringify(project));
    const costed = JSON.parse((await cli('cost', file, '--price-year', '2023/24', '--json')).stdout);
    // From the workbook: CR7.1 arrest £285 and CR1.2 warning letter £66 (Local Authority), both
    // 2006/07; CR9.0 police officer £38.43 an hour in 2013/14. GDP deflator (2023/24 = 100):
    // 2006/07 66.21382062, 2013/14 76.2034324.
    const arrests = (2 * 285 * 100) / 66.21382062;
    const letter = (66 * 100) / 66.21382062;
    const officer = (3 * 38.43 * 100) / 76.2034324;
    expect(costed.cases[0].total).toBeCloseTo(arrests + letter + officer, 2);
    expect(costed.cases[0].byCostBearer.Police).toBeCloseTo(arrests + officer, 2);
    expect(costed.cases[0].byCostBearer['Local Authority']).toBeCloseTo(letter, 2);
    expect(costed.cases[0].unknownPriceYearShare).toBe(0);
  }, 60_000);

  it('refuses a file that is not the database, naming it', async () => {
    const refused = await cli(
      'library',
      'import',
      'samples/templates/contacts-template.csv',
      '--out',
      path.join(mkdtempSync(path.join(tmpdir(), 'cli-library-')), 'x.json'),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'contacts-template.csv is not the GMCA / New Economy Unit Cost Database',
    );
    expect((await cli('library', 'export')).code).toBe(2);
  }, 60_000);
});
