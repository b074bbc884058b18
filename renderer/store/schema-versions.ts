import type { Transaction } from 'dexie';
import {
  isPackedAggregate,
  packAggregate,
  type PackedCaseAggregate,
} from '../../shared/cohort/aggregates/packed-aggregate';
import type { CaseAggregate } from '../../shared/cohort/aggregates/case-aggregate';
import type { UnitCost } from '../../shared/model';
import { CASE_AGGREGATES, CASE_COUNTS, CONTACTS, buildCaseAggregates } from './aggregate-tables';
import { codeOfShippedGmcaEntry } from '../../shared/unit-cost-import/shipped-gmca-entries';
import { GMCA_ATTRIBUTION } from '../../shared/unit-cost-import/gmca-unit-costs';

/**
 * Every schema the store has ever had, oldest first. Versions are only ever appended: users'
 * databases were created by the old ones, and each upgrade must carry their data forward.
 * Each version has a frozen fixture in tests/fixtures/storage and a test that upgrades it.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      cases: 'id, pseudonym, status, updatedAt',
      agencies: 'id, name, laneOrder',
      contacts: 'id, caseId, [caseId+start], agencyId, unitCostId',
      links: 'id, caseId, fromContactId, toContactId',
      lifeEvents: 'id, caseId',
      unitCosts: 'id, name, costBearer',
      categories: 'id, name',
      settings: 'key',
    },
  },
  {
    // Saved column mappings for spreadsheet import, one per source system; contact types indexed
    // so an import can list the ones already in use without reading every contact.
    version: 2,
    stores: {
      mappingTemplates: 'id, name',
      contacts: 'id, caseId, [caseId+start], agencyId, unitCostId, contactType',
    },
  },
  {
    // Suggested missed opportunities the analyst dismissed, so they are not suggested again.
    version: 3,
    stores: { dismissedSuggestions: 'key, caseId' },
  },
  {
    // Each case's contacts summed by unit cost, financial year and agency, kept up to date on
    // every write (case-aggregates.ts), so cohort totals never read every contact.
    version: 4,
    stores: { [CASE_AGGREGATES]: 'caseId' },
    upgrade: (tx) => buildCaseAggregates(tx.table(CONTACTS), tx.table(CASE_AGGREGATES)),
  },
  {
    // Contacts are no longer indexed by agency or unit cost: nothing looks them up that way (the
    // unit-cost library counts uses from the case summaries), and every index is written again
    // for each contact an import adds.
    version: 5,
    stores: { contacts: 'id, caseId, [caseId+start], contactType' },
  },
  {
    // Case aggregates keep their rows packed (packed-aggregate.ts), which the browser reads back far
    // faster than a record per row. Aggregates that version 4's
    // upgrade has just built, in the same upgrade, are packed already. The case list reads its
    // counts from an index, never the aggregates themselves.
    version: 6,
    stores: { [CASE_AGGREGATES]: `caseId, ${CASE_COUNTS}` },
    upgrade: async (tx) => {
      await tx
        .table<PackedCaseAggregate | CaseAggregate>(CASE_AGGREGATES)
        .toCollection()
        .modify((stored, ref) => {
          if (!isPackedAggregate(stored)) ref.value = packAggregate(stored);
        });
    },
  },
  {
    // A contact whose nights, hours, days, weeks or months fall in two financial years now adds
    // each year's part to that year's row, and months are counted as calendar months: aggregates
    // built before were wrong for such contacts, so each case's is built again from its contacts.
    version: 7,
    stores: {},
    upgrade: (tx) => buildCaseAggregates(tx.table(CONTACTS), tx.table(CASE_AGGREGATES)),
  },
  {
    // Unit costs keep the publisher's cost code (indexed: an import of a published database matches
    // on it) and its licence attribution. The GMCA entries the default library shipped before get
    // both, so importing the GMCA workbook updates them instead of adding them a second time.
    // Cases gain outcome measurements (NDT assessment, Outcomes Star...) and the analyst's own measures.
    version: 8,
    stores: { unitCosts: 'id, name, costBearer, code', outcomes: 'id, caseId', outcomeMeasures: 'id, name' },
    upgrade: async (tx) => {
      await tx
        .table<UnitCost>('unitCosts')
        .toCollection()
        .modify((stored) => {
          const code = codeOfShippedGmcaEntry(stored);
          if (code === null || stored.code !== undefined) return;
          stored.code = code;
          stored.attribution = GMCA_ATTRIBUTION;
        });
    },
  },
  {
    // Agencies' chronology returns added to a case, and where each contact came from (return,
    // table, row; several for a contact merged from two returns). New tables: nothing to carry over.
    version: 9,
    stores: { chronologyReturns: 'id, caseId', contactProvenance: '[returnId+row], contactId, caseId' },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
