import { insertRow, type ChangeSet } from '../../editing/change-set';
import { Agency, Case, Contact, UnitCost, newId, paletteColour, type Sector } from '../../model';
import type { ContactDraft, ImportProblem } from './contact-rows';

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

/** Keyed by the value as normalised by `valueKey`. */
export interface ValueResolutions {
  agencies: Record<string, AgencyResolution>;
  contactTypes: Record<string, ContactTypeResolution>;
}

export interface UnknownValue {
  value: string;
  rows: number;
}

export const valueKey = (value: string): string => value.trim().toLowerCase().replace(/\s+/g, ' ');

function countDistinct(values: string[]): UnknownValue[] {
  const counts = new Map<string, UnknownValue>();
  for (const value of values) {
    const entry = counts.get(valueKey(value)) ?? { value, rows: 0 };
    entry.rows += 1;
    counts.set(valueKey(value), entry);
  }
  return [...counts.values()].sort((a, b) => a.value.localeCompare(b.value));
}

/** The agency and contact-type values the library does not know: each needs the user's decision. */
export function findUnknownValues(drafts: ContactDraft[], library: ImportLibrary): { agencies: UnknownValue[]; contactTypes: UnknownValue[] } {
  const agencies = new Set(library.agencies.map((a) => valueKey(a.name)));
  const types = new Set([...library.contactTypes, ...library.unitCosts.filter((u) => !u.retired).map((u) => u.name)].map(valueKey));
  return {
    agencies: countDistinct(drafts.map((d) => d.agencyName).filter((name) => !agencies.has(valueKey(name)))),
    contactTypes: countDistinct(drafts.filter((d) => d.statedCost === null).map((d) => d.contactType).filter((type) => !types.has(valueKey(type)))),
  };
}

export interface ImportSummary {
  contacts: number;
  cases: Array<{ pseudonym: string; isNew: boolean; contacts: number }>;
  newAgencies: string[];
  newUnitCosts: string[];
  newContactTypes: string[];
}

export interface ImportPlanInput {
  drafts: ContactDraft[];
  library: ImportLibrary;
  resolutions: ValueResolutions;
  /** Rows with no case go to this case; null means every row must name its case. */
  targetCaseId: string | null;
  fileName: string;
  sheetName: string;
  now: string;
  makeId?: () => string;
}

export type ImportPlan = { ok: true; changeSet: ChangeSet; summary: ImportSummary } | { ok: false; problems: ImportProblem[] };

/** Everything an import writes, as one change set: applied in one transaction, undone in one step. */
export function buildImportPlan(input: ImportPlanInput): ImportPlan {
  const makeId = input.makeId ?? newId;
  const problems: ImportProblem[] = [];
  const problem = (row: number | null, value: string, reason: string) => problems.push({ file: input.fileName, sheet: input.sheetName, row, column: null, value, reason });
  const changes: ChangeSet['changes'] = [];
  const summary: ImportSummary = { contacts: 0, cases: [], newAgencies: [], newUnitCosts: [], newContactTypes: [] };

  const casesByName = new Map(input.library.cases.map((c) => [valueKey(c.pseudonym), c]));
  const caseCounts = new Map<string, ImportSummary['cases'][number]>();
  const caseFor = (draft: ContactDraft): Case | null => {
    if (draft.caseName === null) {
      const target = input.library.cases.find((c) => c.id === input.targetCaseId) ?? null;
      if (target === null) problem(draft.sheetRow, '', 'names no case; map a Case column, or import into an open case');
      return target;
    }
    let found = casesByName.get(valueKey(draft.caseName));
    if (found === undefined) {
      found = Case.parse({ id: makeId(), pseudonym: draft.caseName, createdAt: input.now, updatedAt: input.now });
      casesByName.set(valueKey(draft.caseName), found);
      changes.push(insertRow('cases', found));
      caseCounts.set(found.id, { pseudonym: found.pseudonym, isNew: true, contacts: 0 });
    }
    return found;
  };

  const agenciesByName = new Map(input.library.agencies.map((a) => [valueKey(a.name), a]));
  const agenciesById = new Map(input.library.agencies.map((a) => [a.id, a]));
  let nextLane = Math.max(-1, ...input.library.agencies.map((a) => a.laneOrder)) + 1;
  const agencyFor = (draft: ContactDraft): Agency | null => {
    const key = valueKey(draft.agencyName);
    const known = agenciesByName.get(key);
    if (known !== undefined) return known;
    const resolution = input.resolutions.agencies[key];
    if (resolution === undefined) {
      problem(draft.sheetRow, draft.agencyName, 'is an agency the library does not know; map it to an agency or create it');
      return null;
    }
    const agency =
      resolution.kind === 'existing'
        ? agenciesById.get(resolution.agencyId)
        : Agency.parse({ id: makeId(), name: draft.agencyName.trim(), sector: resolution.sector, colour: paletteColour(nextLane), laneOrder: nextLane++, hidden: false });
    if (agency === undefined) return null;
    if (resolution.kind === 'new') {
      changes.push(insertRow('agencies', agency));
      summary.newAgencies.push(agency.name);
    }
    agenciesByName.set(key, agency);
    return agency;
  };

  const liveUnitCosts = input.library.unitCosts.filter((u) => !u.retired);
  const unitCostsByName = new Map(liveUnitCosts.map((u) => [valueKey(u.name), u]));
  const knownTypes = new Set(input.library.contactTypes.map(valueKey));
  const createdUnitCosts: UnitCost[] = [];
  const unitCostFor = (draft: ContactDraft): string | null => {
    const stated = draft.statedCost;
    if (stated !== null) {
      const same = (u: UnitCost) => u.amountPence === stated.amountPence && u.unit === stated.unit && u.priceYear === stated.priceYear;
      const pool = [...liveUnitCosts, ...createdUnitCosts];
      const match = pool.find((u) => same(u) && valueKey(u.name) === valueKey(draft.contactType)) ?? pool.find((u) => same(u) && u.source === stated.source && u.costBearer === stated.costBearer);
      if (match !== undefined) return match.id;
      const created = UnitCost.parse({ id: makeId(), name: draft.contactType, ...stated, confidence: 3, notes: `Stated by the supplier of ${input.fileName}; not checked against a published source.`, retired: false });
      createdUnitCosts.push(created);
      changes.push(insertRow('unitCosts', created));
      summary.newUnitCosts.push(`${created.name} (${created.priceYear})`);
      return created.id;
    }
    const key = valueKey(draft.contactType);
    const byName = unitCostsByName.get(key);
    if (byName !== undefined) return byName.id;
    if (knownTypes.has(key)) return null;
    const resolution = input.resolutions.contactTypes[key];
    if (resolution === undefined) {
      problem(draft.sheetRow, draft.contactType, 'is a contact type the library does not know; pick its unit cost or keep it as a new contact type');
      return null;
    }
    if (resolution.kind === 'unit cost') return resolution.unitCostId;
    knownTypes.add(key);
    summary.newContactTypes.push(draft.contactType);
    return null;
  };

  for (const draft of input.drafts) {
    const theCase = caseFor(draft);
    const agency = agencyFor(draft);
    const unitCostId = unitCostFor(draft);
    if (theCase === null || agency === null) continue;
    const parsed = Contact.safeParse({
      id: makeId(), caseId: theCase.id, agencyId: agency.id, contactType: draft.contactType, start: draft.start, end: draft.end, quantity: draft.quantity,
      outcome: draft.outcome, description: draft.description, missedOpportunity: draft.missedOpportunity, unitCostId, costOverride: draft.costOverride,
      createdAt: input.now, updatedAt: input.now,
    });
    if (!parsed.success) {
      problem(draft.sheetRow, '', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      continue;
    }
    changes.push(insertRow('contacts', parsed.data));
    const count = caseCounts.get(theCase.id) ?? { pseudonym: theCase.pseudonym, isNew: false, contacts: 0 };
    count.contacts += 1;
    caseCounts.set(theCase.id, count);
    summary.contacts += 1;
  }
  if (problems.length > 0) return { ok: false, problems };
  summary.cases = [...caseCounts.values()];
  const rows = summary.contacts === 1 ? 'contact' : 'contacts';
  return { ok: true, changeSet: { label: `import ${summary.contacts} ${rows} from ${input.fileName}`, changes }, summary };
}
