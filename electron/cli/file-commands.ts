import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { computeScenario } from '../../shared/costing/scenario';
import { SCENARIO_HEADERS, describeProblem, readScenarioSheet } from '../../shared/costing/scenario-sheet';
import {
  DEFAULT_DEFLATOR_SERIES,
  DEFAULT_PRICE_BASE,
  DEFAULT_UNIT_COST_LIBRARY,
} from '../../samples/shipped-data';
import { defaultAgencies } from '../../shared/editing/default-agencies';
import { CONTACT_FIELD_LABELS, normaliseHeader } from '../../shared/contact-sheet/column-mapping';
import { importedContacts, valueKey } from '../../shared/contact-sheet/contact-import';
import {
  findSimilarCostBearers,
  findUnknownValues,
  planContactImport,
  type ImportLibrary,
} from '../../shared/contact-sheet/import-plan';
import { headersAt, proposeSetup } from '../../shared/contact-sheet/mapping-template';
import { openContactFile } from '../../shared/contact-sheet/open-contact-file';
import { checkSheet as checkContactRows } from '../../shared/contact-sheet/sheet-check';
import { columnLetter, type SheetGrid } from '../../shared/contact-sheet/sheet-grid';
import { previewOf } from '../../shared/contact-sheet/sheet-source';
import { journeyCsv } from '../../shared/exports/journey-csv';
import { journeyWorkbookBytes } from '../../shared/exports/journey-workbook';
import { isGzip } from '../../shared/backup/gzip-lines';
import { journeyXes } from '../../shared/exports/journey-xes';
import {
  parseProjectFileText,
  serialiseProjectFile,
  type ProjectFile,
} from '../../shared/project/project-file';
import { readStoreBackup } from '../../shared/backup/store-backup';
import {
  FinancialYear,
  nowTimestamp,
  type Agency,
  type Case,
  type Contact,
  type UnitCost,
} from '../../shared/model';
import { writeChronologyDocx } from './chronology-commands';
import {
  describeForCommandLine,
  option,
  plural,
  positional,
  readInput,
  usageError,
  type Command,
  type Output,
} from './cli-io';

const isProjectFile = (file: string) => file.toLowerCase().endsWith('.json');

function readProject(file: string, bytes: Buffer, io: Output): ProjectFile | null {
  const read = parseProjectFileText(bytes.toString('utf8'));
  if (read.ok) return read.project;
  io.err(read.errors.map((e) => `${file}: ${e}\n`).join(''));
  return null;
}

const isScenarioSheet = (grid: SheetGrid) =>
  SCENARIO_HEADERS.every((h) => headersAt(grid, 0).map(normaliseHeader).includes(normaliseHeader(h)));

interface SheetOptions {
  /** Every row goes into one named case, so a Case column is not read. */
  oneCase: boolean;
  monthFirst: boolean;
}

/** A contacts sheet checked with the mapping the app would suggest; the mapping is printed so the user can see it. */
function checkSheet(
  file: string,
  bytes: Buffer,
  io: Output,
  options: SheetOptions = { oneCase: false, monthFirst: false },
) {
  const opened = openContactFile(new Uint8Array(bytes), path.basename(file));
  if (!opened.ok) {
    io.err(opened.problems.map((p) => `${describeForCommandLine(p)}\n`).join(''));
    return null;
  }
  const sheetIndex = Math.max(
    0,
    opened.sheets.findIndex((s) => s.rowCount > 0),
  );
  const source = opened.sheets[sheetIndex];
  const proposed = proposeSetup(previewOf(source), []);
  const setup = {
    ...proposed,
    columns: options.oneCase
      ? proposed.columns.map((field) => (field === 'case' ? null : field))
      : proposed.columns,
    dateOrder: options.monthFirst ? ('month first' as const) : proposed.dateOrder,
  };
  const check = checkContactRows(source, setup, path.basename(file));
  const mapped = setup.columns.flatMap((field, i) =>
    field === null ? [] : [`${columnLetter(i)} ${setup.headers[i]} → ${CONTACT_FIELD_LABELS[field]}`],
  );
  io.out(
    `${path.basename(file)}, sheet "${source.name}", header row ${setup.headerRow + 1}${setup.canonical ? ' (canonical template)' : ''}; columns: ${mapped.join('; ')}\n`,
  );
  if (check.problemCount > 0) {
    io.err(check.problems.map((p) => `${describeForCommandLine(p)}\n`).join(''));
    if (check.problemCount > check.problems.length)
      io.err(`...and ${check.problemCount - check.problems.length} more problems\n`);
    return null;
  }
  const caseIndex = proposed.columns.indexOf('case');
  const ignoredCaseColumn =
    options.oneCase && caseIndex >= 0 ? `${columnLetter(caseIndex)} (${setup.headers[caseIndex]})` : null;
  return { source, sheetIndex, setup, check, ignoredCaseColumn };
}

/** A whole-store backup, read as a restore would read it (bounded, every row and reference checked), without writing anything. */
function validateStoreBackup(file: string, bytes: Buffer, io: Output): number {
  const read = readStoreBackup(new Uint8Array(bytes));
  if (!read.ok) {
    io.err(read.errors.map((e) => `${file}: ${e}\n`).join(''));
    return 1;
  }
  io.out(
    `${file}: a valid store backup made ${read.exportedAt} with ${plural(read.rows.cases.length, 'case')} and ${plural(read.rows.contacts.length, 'contact')}\n`,
  );
  return 0;
}

export const validate: Command = async (args, io) => {
  const file = positional(args);
  if (file === undefined) return usageError(io, 'validate needs a file');
  const bytes = await readInput(file, io, args);
  if (bytes === null) return 1;
  if (isGzip(bytes)) return validateStoreBackup(file, bytes, io);
  if (isProjectFile(file) || bytes.toString('utf8', 0, 64).trimStart().startsWith('{')) {
    const project = readProject(file, bytes, io);
    if (project === null) return 1;
    io.out(
      `${file}: a valid project file (version ${project.version}) with ${plural(project.cases.length, 'case')} and ${plural(project.contacts.length, 'contact')}\n`,
    );
    return 0;
  }
  const opened = openContactFile(new Uint8Array(bytes), path.basename(file));
  if (opened.ok && opened.sheets[0] !== undefined && isScenarioSheet(previewOf(opened.sheets[0]))) {
    const read = readScenarioSheet(new Uint8Array(bytes), path.basename(file));
    if (!read.ok) {
      io.err(read.problems.map((p) => `${describeProblem(p)}\n`).join(''));
      return 1;
    }
    io.out(
      `${file}: a valid scenario sheet with ${plural(read.rows.length, 'row')} and ${computeScenario(read.rows).discrepancies.length} stated figures that disagree with their inputs\n`,
    );
    return 0;
  }
  const checked = checkSheet(file, bytes, io, { oneCase: false, monthFirst: args.includes('--month-first') });
  if (checked === null) return 1;
  io.out(`${file}: ${checked.check.contacts} contacts, all valid\n`);
  return 0;
};

export const importSheet: Command = async (args, io) => {
  const file = positional(args);
  const out = option(args, '--out');
  if (file === undefined || out === undefined)
    return usageError(io, 'import needs a contacts sheet and --out <project.journey.json>');
  const bytes = await readInput(file, io, args);
  if (bytes === null) return 1;
  const caseName = option(args, '--case');
  if (
    args.includes('--case') &&
    (caseName === undefined || caseName.trim() === '' || caseName.startsWith('--'))
  )
    return usageError(io, '--case needs a pseudonym, e.g. --case "Person A"');
  const checked = checkSheet(file, bytes, io, {
    oneCase: caseName !== undefined,
    monthFirst: args.includes('--month-first'),
  });
  if (checked === null) return 1;
  if (caseName !== undefined && checked.ignoredCaseColumn !== null)
    io.out(
      `--case "${caseName}": every row goes into this case; column ${checked.ignoredCaseColumn} is not read\n`,
    );
  const now = nowTimestamp();
  const target: Case[] =
    caseName === undefined
      ? []
      : [
          {
            id: 'case-1',
            pseudonym: caseName,
            knownNames: [],
            designatedLead: '',
            status: 'open',
            riskGrade: 'not graded',
            notes: '',
            dateOfBirth: null,
            interventionDate: null,
            createdAt: now,
            updatedAt: now,
          },
        ];
  const library: ImportLibrary = {
    cases: target,
    agencies: defaultAgencies(),
    unitCosts: DEFAULT_UNIT_COST_LIBRARY.unitCosts,
    contactTypes: [],
  };
  const unknown = findUnknownValues(checked.check.names, library);
  // The command line cannot ask: a bearer spelt like the library's is taken as the library's, and said so.
  const similarBearers = findSimilarCostBearers(checked.check.names, library);
  const plan = planContactImport({
    check: checked.check,
    library,
    targetCaseId: target[0]?.id ?? null,
    fileName: path.basename(file),
    sheetName: checked.source.name,
    sheetIndex: checked.sheetIndex,
    settings: checked.setup,
    now,
    resolutions: {
      agencies: Object.fromEntries(
        unknown.agencies.map((a) => [valueKey(a.value), { kind: 'new' as const, sector: 'Other' as const }]),
      ),
      contactTypes: Object.fromEntries(
        unknown.contactTypes.map((t) => [valueKey(t.value), { kind: 'new' as const }]),
      ),
      costBearers: Object.fromEntries(
        similarBearers.map((b) => [valueKey(b.value), { kind: 'existing' as const }]),
      ),
    },
  });
  if (!plan.ok) {
    io.err(plan.problems.map((p) => `${describeForCommandLine(p)}\n`).join(''));
    return 1;
  }
  const rows = <T>(table: string) =>
    plan.record.created.filter((c) => c.table === table).map((c) => c.after as T);
  const contacts: Contact[] = [...importedContacts(checked.source, plan.record)].flat();
  const agencies = [...library.agencies, ...rows<Agency>('agencies')].filter((a) =>
    contacts.some((c) => c.agencyId === a.id),
  );
  const unitCosts = [...library.unitCosts, ...rows<UnitCost>('unitCosts')].filter((u) =>
    contacts.some((c) => c.unitCostId === u.id),
  );
  const cases = [...target, ...rows<Case>('cases')].filter((c) => contacts.some((x) => x.caseId === c.id));
  await writeFile(
    out,
    serialiseProjectFile({
      exportedAt: now,
      anonymised: false,
      cases,
      agencies,
      contacts,
      unitCosts,
      links: [],
      lifeEvents: [],
      missedOpportunityCategories: [],
    }),
  );
  io.out(`Wrote ${out}: ${plural(contacts.length, 'contact')} in ${plural(cases.length, 'case')}\n`);
  if (plan.summary.newAgencies.length > 0)
    io.out(`Created agencies (sector Other): ${plan.summary.newAgencies.join(', ')}\n`);
  if (plan.summary.newContactTypes.length > 0)
    io.out(`New contact types (uncosted): ${plan.summary.newContactTypes.join(', ')}\n`);
  if (similarBearers.length > 0)
    io.out(
      `Cost bearers taken as the library's: ${similarBearers.map((b) => `"${b.value}" as "${b.existing}"`).join(', ')}\n`,
    );
  if (plan.summary.newUnitCosts.length > 0)
    io.out(`Unit costs stated in the sheet: ${plan.summary.newUnitCosts.join(', ')}\n`);
  return 0;
};

const EXPORT_KINDS = ['.xlsx', '.csv', '.xes', '.json', '.docx'];

export const exportProject: Command = async (args, io) => {
  const file = positional(args);
  const to = option(args, '--to');
  if (file === undefined || to === undefined)
    return usageError(
      io,
      'export needs a project file and --to <out.xlsx|out.csv|out.xes|out.json|out.docx>',
    );
  const kind = path.extname(to).toLowerCase();
  if (!EXPORT_KINDS.includes(kind))
    return usageError(io, `--to ${to}: the file must end in ${EXPORT_KINDS.join(', ')}`);
  const priceYear = FinancialYear.safeParse(option(args, '--price-year') ?? DEFAULT_PRICE_BASE);
  if (!priceYear.success || DEFAULT_DEFLATOR_SERIES.values[priceYear.data] === undefined)
    return usageError(
      io,
      '--price-year must be a financial year the deflator series covers, such as 2024/25',
    );
  const bytes = await readInput(file, io, args);
  if (bytes === null) return 1;
  const project = readProject(file, bytes, io);
  if (project === null) return 1;
  if (kind === '.docx') return writeChronologyDocx(project, to, option(args, '--case'), io);
  const input = {
    project,
    basis: { priceBase: priceYear.data, series: DEFAULT_DEFLATOR_SERIES, unitCosts: project.unitCosts },
    producedAt: nowTimestamp(),
  };
  const output =
    kind === '.xlsx'
      ? journeyWorkbookBytes(input)
      : kind === '.csv'
        ? journeyCsv(input)
        : kind === '.xes'
          ? journeyXes(input)
          : serialiseProjectFile(project);
  await writeFile(to, output);
  io.out(
    `Wrote ${to} (${plural(project.cases.length, 'case')}, ${plural(project.contacts.length, 'contact')}, ${priceYear.data} prices)\n`,
  );
  return 0;
};
