import { similarCostBearer } from '../costing/cost-bearers';
import { ENTER_THE_HOURS, ENTER_THE_LENGTH } from '../costing/contact-cost';
import { insertRow, type RowChange } from '../editing/change-set';
import { Agency, Case, UnitCost, newId, paletteColour, type Sector } from '../model';
import { statedCostKey, valueKey, type ContactImport, type ImportRefs } from './contact-import';
import { SCREEN_HINTS, type ContactSheetSettings, type ImportProblem } from './contact-rows';
import type { SheetCheckResult, SheetNames, ValueCount } from './sheet-check';

/** What the store already holds, against which the sheet's names are matched. */
export interface ImportLibrary {
  cases: Case[];
  agencies: Agency[];
  unitCosts: UnitCost[];
  /** Contact types already used in the store. */
  contactTypes: string[];
}

export type AgencyResolution = { kind: 'existing'; agencyId: string } | { kind: 'new'; sector: Sector };
/** An unknown contact type is priced by an existing unit cost, or kept as written and left uncosted. */
export type ContactTypeResolution = { kind: 'unit cost'; unitCostId: string } | { kind: 'new' };

/** A cost bearer written like one the library has: taken as that one, or kept as a new bearer. */
export type CostBearerResolution = { kind: 'existing' } | { kind: 'new' };

/** Keyed by the value as normalised by `valueKey`. */
export interface ValueResolutions {
  agencies: Record<string, AgencyResolution>;
  contactTypes: Record<string, ContactTypeResolution>;
  costBearers?: Record<string, CostBearerResolution>;
}

/** A cost bearer stated in the sheet that the library has under another spelling. */
export interface SimilarCostBearer {
  value: string;
  existing: string;
  firstRow: number;
}

/** The stated cost bearers the library has spelt differently: each needs the user's decision before a new bearer is made. */
export function findSimilarCostBearers(names: SheetNames, library: ImportLibrary): SimilarCostBearer[] {
  const known = [...new Set(library.unitCosts.map((u) => u.costBearer))];
  const found = new Map<string, SimilarCostBearer>();
  for (const { cost, firstRow } of names.statedCosts) {
    const existing = similarCostBearer(cost.costBearer, known);
    if (existing !== null && !found.has(cost.costBearer))
      found.set(cost.costBearer, { value: cost.costBearer, existing, firstRow });
  }
  return [...found.values()].sort((a, b) => a.firstRow - b.firstRow);
}

/** A decision the user made about a value, if any: a name such as "constructor" must not find Object's own. */
export function resolutionOf<T>(resolutions: Record<string, T>, value: string): T | undefined {
  const key = valueKey(value);
  return Object.hasOwn(resolutions, key) ? resolutions[key] : undefined;
}

const byValue = (a: ValueCount, b: ValueCount) => a.value.localeCompare(b.value);

/** Names (as value keys) that more than one library entry in use carries. */
function sharedUnitCostNames(unitCosts: readonly UnitCost[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const u of unitCosts) {
    if (u.retired) continue;
    const key = valueKey(u.name);
    if (seen.has(key)) shared.add(key);
    seen.add(key);
  }
  return shared;
}

/** The agency and contact-type values the library does not know: each needs the user's decision. */
export function findUnknownValues(
  names: SheetNames,
  library: ImportLibrary,
): { agencies: ValueCount[]; contactTypes: ValueCount[] } {
  const agencies = new Set(library.agencies.map((a) => valueKey(a.name)));
  const types = new Set(
    [...library.contactTypes, ...library.unitCosts.filter((u) => !u.retired).map((u) => u.name)].map(
      valueKey,
    ),
  );
  // A name two entries share is for the user to tell apart, even when contacts already use it.
  const shared = sharedUnitCostNames(library.unitCosts);
  return {
    agencies: names.agencies.filter((a) => !agencies.has(valueKey(a.value))).sort(byValue),
    contactTypes: names.contactTypes
      .filter((t) => !types.has(valueKey(t.value)) || shared.has(valueKey(t.value)))
      .sort(byValue),
  };
}

export interface ImportSummary {
  contacts: number;
  /** Sheet rows with problems left out of this import, if the user chose to. */
  leftOutRows: number[];
  cases: Array<{ pseudonym: string; isNew: boolean; contacts: number }>;
  newAgencies: string[];
  newUnitCosts: string[];
  newContactTypes: string[];
}

export interface ImportPlanInput {
  check: Pick<SheetCheckResult, 'contacts' | 'names'>;
  /** Import the good rows only, leaving out these rows with problems. */
  leaveOutRows?: number[];
  library: ImportLibrary;
  resolutions: ValueResolutions;
  /** Rows with no case go to this case; null means every row must name its case. */
  targetCaseId: string | null;
  fileName: string;
  sheetName: string;
  sheetIndex: number;
  settings: ContactSheetSettings;
  now: string;
  makeId?: () => string;
}

export type ImportPlan =
  { ok: true; record: ContactImport; summary: ImportSummary } | { ok: false; problems: ImportProblem[] };

/**
 * Matches every name the sheet uses to the store, creating the cases, agencies and unit costs it
 * lacks, from the names alone (a few thousand at most, however many rows): the import record
 * that writes the contacts, and what the preview says it will do.
 */
export function planContactImport(input: ImportPlanInput): ImportPlan {
  const makeId = input.makeId ?? newId;
  const { names } = input.check;
  const problems: ImportProblem[] = [];
  const problem = (row: number | null, value: string, reason: string) =>
    problems.push({ file: input.fileName, sheet: input.sheetName, row, column: null, value, reason });
  const created: RowChange[] = [];
  const leftOutRows = input.leaveOutRows ?? [];
  const summary: ImportSummary = {
    contacts: input.check.contacts,
    leftOutRows,
    cases: [],
    newAgencies: [],
    newUnitCosts: [],
    newContactTypes: [],
  };
  const refs: ImportRefs = {
    cases: new Map(),
    targetCaseId: null,
    agencies: new Map(),
    contactTypes: new Map(),
    statedCosts: new Map(),
    caseOrder: [],
  };

  const receiving = new Map<string, { firstRow: number; theCase: Case; isNew: boolean; contacts: number }>();
  if (names.withoutCase !== null) {
    const target = input.library.cases.find((c) => c.id === input.targetCaseId);
    const others = names.withoutCase.rows - 1;
    const reason = `names no case${others === 0 ? '' : `, nor do ${others.toLocaleString('en-GB')} more ${others === 1 ? 'row' : 'rows'}`}; ${SCREEN_HINTS.noCase}`;
    if (target === undefined) problem(names.withoutCase.firstRow, '', reason);
    else {
      refs.targetCaseId = target.id;
      receiving.set(target.id, {
        firstRow: names.withoutCase.firstRow,
        theCase: target,
        isNew: false,
        contacts: names.withoutCase.rows,
      });
    }
  }
  const casesByName = new Map(input.library.cases.map((c) => [valueKey(c.pseudonym), c]));
  for (const named of names.cases) {
    let theCase = casesByName.get(valueKey(named.value));
    const isNew = theCase === undefined;
    if (theCase === undefined) {
      theCase = Case.parse({
        id: makeId(),
        pseudonym: named.value,
        createdAt: input.now,
        updatedAt: input.now,
      });
      created.push(insertRow('cases', theCase));
    }
    refs.cases.set(valueKey(named.value), theCase.id);
    const already = receiving.get(theCase.id);
    if (already === undefined)
      receiving.set(theCase.id, { firstRow: named.firstRow, theCase, isNew, contacts: named.rows });
    else already.contacts += named.rows;
  }
  const inOrder = [...receiving.values()].sort((a, b) => a.firstRow - b.firstRow);
  refs.caseOrder = inOrder.map((r) => r.theCase.id);
  summary.cases = inOrder.map((r) => ({
    pseudonym: r.theCase.pseudonym,
    isNew: r.isNew,
    contacts: r.contacts,
  }));

  const agenciesByName = new Map(input.library.agencies.map((a) => [valueKey(a.name), a]));
  const agenciesById = new Map(input.library.agencies.map((a) => [a.id, a]));
  let nextLane = Math.max(-1, ...input.library.agencies.map((a) => a.laneOrder)) + 1;
  for (const named of names.agencies) {
    const known = agenciesByName.get(valueKey(named.value));
    const resolution = resolutionOf(input.resolutions.agencies, named.value);
    if (known !== undefined) refs.agencies.set(valueKey(named.value), known.id);
    else if (resolution === undefined)
      problem(
        named.firstRow,
        named.value,
        'is an agency the library does not know; map it to an agency or create it',
      );
    else if (resolution.kind === 'existing') {
      const chosen = agenciesById.get(resolution.agencyId);
      if (chosen === undefined)
        problem(
          named.firstRow,
          named.value,
          'is mapped to an agency that is no longer in the library; choose another',
        );
      else refs.agencies.set(valueKey(named.value), chosen.id);
    } else {
      const agency = Agency.parse({
        id: makeId(),
        name: named.value.trim(),
        sector: resolution.sector,
        colour: paletteColour(nextLane),
        laneOrder: nextLane++,
        hidden: false,
      });
      created.push(insertRow('agencies', agency));
      summary.newAgencies.push(agency.name);
      refs.agencies.set(valueKey(named.value), agency.id);
    }
  }

  const liveUnitCosts = input.library.unitCosts.filter((u) => !u.retired);
  const sharedNames = sharedUnitCostNames(liveUnitCosts);
  const unitCostsByName = new Map(
    liveUnitCosts.filter((u) => !sharedNames.has(valueKey(u.name))).map((u) => [valueKey(u.name), u]),
  );
  const unitCostsById = new Map(input.library.unitCosts.map((u) => [u.id, u]));
  const knownTypes = new Set(input.library.contactTypes.map(valueKey));
  for (const named of names.contactTypes) {
    const key = valueKey(named.value);
    const resolution = resolutionOf(input.resolutions.contactTypes, named.value);
    if (unitCostsByName.has(key)) refs.contactTypes.set(key, unitCostsByName.get(key)?.id ?? null);
    else if (sharedNames.has(key) && resolution === undefined)
      problem(
        named.firstRow,
        named.value,
        'is the name of more than one unit cost; pick the one that prices it, or keep it uncosted',
      );
    else if (knownTypes.has(key) && !sharedNames.has(key)) refs.contactTypes.set(key, null);
    else if (resolution === undefined)
      problem(
        named.firstRow,
        named.value,
        'is a contact type the library does not know; pick its unit cost or keep it as a new contact type',
      );
    else if (resolution.kind === 'unit cost') refs.contactTypes.set(key, resolution.unitCostId);
    else {
      refs.contactTypes.set(key, null);
      if (!sharedNames.has(key)) summary.newContactTypes.push(named.value);
    }
    const unitCostId = refs.contactTypes.get(key);
    const unit =
      unitCostId === undefined || unitCostId === null ? undefined : unitCostsById.get(unitCostId)?.unit;
    if (unit === 'hour' && named.withoutHours !== undefined) {
      problems.push({
        file: input.fileName,
        sheet: input.sheetName,
        row: named.withoutHours.row,
        column: named.withoutHours.column,
        value: '',
        reason: `${named.value} is costed per hour, but this row ${ENTER_THE_HOURS}`,
      });
    }
    if (unit !== undefined && unit !== 'hour' && unit !== 'contact' && named.withoutLength !== undefined) {
      problems.push({
        file: input.fileName,
        sheet: input.sheetName,
        row: named.withoutLength.row,
        column: named.withoutLength.column,
        value: '',
        reason: `${named.value} is costed per ${unit}, but this row ${ENTER_THE_LENGTH}`,
      });
    }
  }

  const pool = [...liveUnitCosts];
  const similarBearers = new Map(findSimilarCostBearers(names, input.library).map((s) => [s.value, s]));
  for (const { contactType, cost: stated, firstRow } of names.statedCosts) {
    const similar = similarBearers.get(stated.costBearer);
    const bearerChoice =
      similar === undefined
        ? undefined
        : resolutionOf(input.resolutions.costBearers ?? {}, stated.costBearer);
    if (similar !== undefined && bearerChoice === undefined) {
      problem(
        firstRow,
        stated.costBearer,
        `is written differently from the cost bearer "${similar.existing}" in the library; use that one, or keep it as a new cost bearer`,
      );
      continue;
    }
    const cost =
      similar !== undefined && bearerChoice?.kind === 'existing'
        ? { ...stated, costBearer: similar.existing }
        : stated;
    const same = (u: UnitCost) =>
      u.amountPence === cost.amountPence && u.unit === cost.unit && u.priceYear === cost.priceYear;
    let match =
      pool.find((u) => same(u) && valueKey(u.name) === valueKey(contactType)) ??
      pool.find((u) => same(u) && u.source === cost.source && u.costBearer === cost.costBearer);
    if (match === undefined) {
      match = UnitCost.parse({
        id: makeId(),
        name: contactType,
        ...cost,
        confidence: 3,
        notes: `Stated by the supplier of ${input.fileName}; not checked against a published source.`,
        retired: false,
      });
      pool.push(match);
      created.push(insertRow('unitCosts', match));
      summary.newUnitCosts.push(`${match.name} (${match.priceYear})`);
    }
    refs.statedCosts.set(statedCostKey(contactType, stated), match.id);
  }

  if (problems.length > 0)
    return { ok: false, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
  const leftOut =
    leftOutRows.length === 0
      ? ''
      : ` (${leftOutRows.length.toLocaleString('en-GB')} problem ${leftOutRows.length === 1 ? 'row' : 'rows'} left out)`;
  const label = `import ${summary.contacts.toLocaleString('en-GB')} ${summary.contacts === 1 ? 'contact' : 'contacts'} from ${input.fileName}${leftOut}`;
  return {
    ok: true,
    record: {
      id: makeId(),
      label,
      fileName: input.fileName,
      sheetIndex: input.sheetIndex,
      settings: input.settings,
      ...(leftOutRows.length === 0 ? {} : { leaveOutRows: leftOutRows }),
      created,
      refs,
      now: input.now,
      contacts: summary.contacts,
    },
    summary,
  };
}
