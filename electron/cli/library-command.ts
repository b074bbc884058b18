import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readUnitCostLibrary, writeUnitCostLibrary } from '../../shared/costing/unit-cost-library';
import type { UnitCost } from '../../shared/model';
import {
  GMCA_FIGURE_LABELS,
  gmcaUnitCosts,
  type GmcaFigure,
} from '../../shared/unit-cost-import/gmca-unit-costs';
import { describeGmcaRowProblem, readGmcaWorkbook } from '../../shared/unit-cost-import/gmca-workbook';
import { libraryAfterImport, planLibraryImport } from '../../shared/unit-cost-import/library-import-plan';
import { option, plural, positional, readInput, usageError, type Command } from './cli-io';

/**
 * `library import <workbook.xlsx> [--into <library.json>] --out <library.json> [--uprated] [--json]`:
 * the GMCA / New Economy Unit Cost Database as a library file, merged by cost code into one the
 * user already has, so a scripted refresh never duplicates an entry.
 */
export const library: Command = async (args, io) => {
  const [action, ...rest] = args;
  if (action !== 'import')
    return usageError(
      io,
      action === undefined
        ? 'library needs an action: import'
        : `"library ${action}" is not a command (library import)`,
    );
  const workbookFile = positional(rest);
  const out = option(rest, '--out');
  const into = option(rest, '--into');
  if (workbookFile === undefined)
    return usageError(io, 'library import needs the GMCA unit cost database workbook (.xlsx)');
  if (out === undefined) return usageError(io, 'library import needs --out <library.json>');
  if (path.resolve(out) === path.resolve(workbookFile))
    return usageError(io, '--out must not be the workbook itself');
  const figure: GmcaFigure = rest.includes('--uprated') ? 'uprated-2015-16' : 'own-price-year';

  let start: UnitCost[] = [];
  if (into !== undefined) {
    const bytes = await readInput(into, io);
    if (bytes === null) return 1;
    const read = readUnitCostLibrary(bytes.toString('utf8'), into);
    if (!read.ok) {
      io.err(read.errors.map((e) => `${e}\n`).join(''));
      return 1;
    }
    start = read.library.unitCosts;
  }
  const bytes = await readInput(workbookFile, io);
  if (bytes === null) return 1;
  const read = readGmcaWorkbook(new Uint8Array(bytes), path.basename(workbookFile));
  if (!read.ok) {
    io.err(read.errors.map((e) => `${e}\n`).join(''));
    return 1;
  }
  const converted = gmcaUnitCosts(read.costs, figure);
  const skipped = [...read.skipped, ...converted.skipped];
  const plan = planLibraryImport(start, converted.unitCosts);
  const source = `${into === undefined ? '' : `${path.basename(into)} with `}GMCA / New Economy Unit Cost Database v1.4 (CC BY 4.0, attribute GMCA / New Economy), imported from ${path.basename(workbookFile)}: ${GMCA_FIGURE_LABELS[figure]}`;
  await writeFile(out, writeUnitCostLibrary(libraryAfterImport(start, plan), source));
  const counts = {
    added: plan.added.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged.length,
    skipped: skipped.length,
  };
  if (rest.includes('--json')) {
    io.out(`${JSON.stringify(counts, null, 2)}\n`);
    return 0;
  }
  io.out(
    `${path.basename(workbookFile)}: ${read.themeSheets.length} theme sheets; costs taken as ${GMCA_FIGURE_LABELS[figure]}\n`,
  );
  io.out(
    `Added ${plural(counts.added, 'unit cost')}, updated ${counts.updated}, unchanged ${counts.unchanged}, skipped ${plural(counts.skipped, 'row')}; wrote ${out}\n`,
  );
  for (const problem of skipped) io.out(`  skipped ${describeGmcaRowProblem(problem)}\n`);
  return 0;
};
