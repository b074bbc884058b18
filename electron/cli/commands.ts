import { FinancialYear } from '../../shared/model';
import { breakdownLines } from '../../shared/costing/breakdown';
import { costReport } from '../../shared/costing/cost-report';
import { formatPence, pence } from '../../shared/costing/money';
import { computeScenario } from '../../shared/costing/scenario';
import { describeProblem, readScenarioSheet } from '../../shared/costing/scenario-sheet';
import { DEFAULT_DEFLATOR_SERIES, DEFAULT_PRICE_BASE } from '../../samples/shipped-data';
import { parseProjectFileText } from '../../shared/project/project-file';
import { option, positional, readInput, usageError, type Command } from './cli-io';
import { anonymise } from './anonymise-command';
import { merge } from './chronology-commands';
import { decrypt, encrypt } from './encryption-commands';
import { exportProject, importSheet, validate } from './file-commands';
import { library } from './library-command';

const pounds = (n: number) => formatPence(Math.round(n * 100));

const cost: Command = async (args, io) => {
  const file = positional(args);
  if (file === undefined) return usageError(io, 'cost needs a project file');
  const priceYearText = option(args, '--price-year') ?? DEFAULT_PRICE_BASE;
  const priceYear = FinancialYear.safeParse(priceYearText);
  if (!priceYear.success)
    return usageError(io, `--price-year "${priceYearText}" must be a financial year such as 2024/25`);
  if (DEFAULT_DEFLATOR_SERIES.values[priceYear.data] === undefined)
    return usageError(io, `--price-year ${priceYear.data} is outside the deflator series`);
  const bytes = await readInput(file, io, args);
  if (bytes === null) return 1;
  const read = parseProjectFileText(bytes.toString('utf8'));
  if (!read.ok) {
    io.err(read.errors.map((e) => `${file}: ${e}\n`).join(''));
    return 1;
  }
  const { project } = read;
  const report = costReport({
    ...project,
    basis: { priceBase: priceYear.data, series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
  });
  if (args.includes('--json')) {
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  io.out(`Costs at ${report.priceYear} prices (deflator: ${DEFAULT_DEFLATOR_SERIES.name})\n\n`);
  for (const c of report.cases) {
    io.out(`${c.case}: ${pounds(c.total)}`);
    io.out(
      `${c.uncostedContacts > 0 ? ` (${c.uncostedContacts} contact${c.uncostedContacts === 1 ? '' : 's'} not costed)` : ''}`,
    );
    io.out(
      `${c.unknownPriceYearShare > 0 ? `; ${(c.unknownPriceYearShare * 100).toFixed(1)}% rests on costs with no stated price year` : ''}`,
    );
    io.out(
      `${c.approximateFinancialYearShare > 0 ? `; ${(c.approximateFinancialYearShare * 100).toFixed(1)}% is approximate contacts put in the financial year of their period's middle` : ''}\n`,
    );
    for (const [bearer, amount] of Object.entries(c.byCostBearer))
      io.out(`  ${bearer.padEnd(40)} ${pounds(amount).padStart(14)}\n`);
    io.out('  By financial year\n');
    const inPence = (value: number) => Math.round(value * 100);
    const years = Object.fromEntries(
      Object.entries(c.byFinancialYear).map(([year, value]) => [year, inPence(value)]),
    );
    for (const line of breakdownLines(years, inPence(c.total), 'by financial year'))
      io.out(`  ${line.name.padEnd(40)} ${formatPence(line.pence).padStart(14)}\n`);
    for (const m of c.missedOpportunities) {
      const uncertain =
        m.costAfterUncertain > 0
          ? `, ${pounds(m.costAfterUncertain)} of unknown order (approximate dates)`
          : '';
      io.out(
        `  missed opportunity ${m.dateAsWritten} (${m.category}): ${pounds(m.costAfter)} after, ${pounds(m.costAfter12Months)} within 12 months${uncertain}\n`,
      );
    }
    io.out('\n');
  }
  io.out(`Total ${pounds(report.total)}\n`);
  return 0;
};

const scenario: Command = async (args, io) => {
  const file = positional(args);
  if (file === undefined) return usageError(io, 'scenario needs a scenario sheet (.xlsx or .csv)');
  const bytes = await readInput(file, io, args);
  if (bytes === null) return 1;
  const read = readScenarioSheet(new Uint8Array(bytes), file);
  if (!read.ok) {
    io.err(read.problems.map((p) => `${describeProblem(p)}\n`).join(''));
    return 1;
  }
  const result = computeScenario(read.rows);
  const toPounds = (p: number) => Number((p / 100).toFixed(2));
  if (args.includes('--json')) {
    const json = {
      organisations: result.organisations.map((o) => ({
        organisation: o.organisation,
        savings: toPounds(o.savingsPence),
        costIncreases: toPounds(o.costIncreasesPence),
        net: toPounds(o.netPence),
      })),
      savings: toPounds(result.savingsPence),
      costIncreases: toPounds(result.costIncreasesPence),
      net: toPounds(result.netPence),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  io.out(
    `${'Organisation'.padEnd(28)} ${'Savings'.padStart(16)} ${'Cost increases'.padStart(16)} ${'Net'.padStart(16)}\n`,
  );
  for (const o of result.organisations) {
    io.out(
      `${o.organisation.padEnd(28)} ${formatPence(o.savingsPence).padStart(16)} ${formatPence(o.costIncreasesPence).padStart(16)} ${formatPence(o.netPence).padStart(16)}\n`,
    );
  }
  io.out(
    `${'All organisations'.padEnd(28)} ${formatPence(result.savingsPence).padStart(16)} ${formatPence(result.costIncreasesPence).padStart(16)} ${formatPence(result.netPence).padStart(16)}\n\n`,
  );
  io.out(`Value of savings (organisations that save): ${formatPence(pence(result.valueOfSavingsPence))}\n`);
  io.out(
    `Value of additional costs (organisations that spend more): ${formatPence(pence(result.valueOfAdditionalCostsPence))}\n`,
  );
  if (result.discrepancies.length > 0) {
    io.out('\nWhere the source table disagrees with its own inputs:\n');
    for (const d of result.discrepancies) io.out(`  row ${d.sheetRow} (${d.item}): ${d.message}\n`);
  }
  return 0;
};

export const COMMANDS: Record<string, Command> = {
  cost,
  scenario,
  validate,
  import: importSheet,
  export: exportProject,
  merge,
  anonymise,
  encrypt,
  decrypt,
  library,
};
