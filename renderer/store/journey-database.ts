import Dexie, { type EntityTable } from 'dexie';
import type { PackedCaseAggregate } from '../../shared/cohort/aggregates/packed-aggregate';
import { DEFAULT_UNIT_COST_LIBRARY } from '../../samples/shipped-data';
import { defaultAgencies } from '../../shared/editing/default-agencies';
import type { MappingTemplate } from '../../shared/contact-sheet/mapping-template';
import {
  DEFAULT_MISSED_OPPORTUNITY_CATEGORIES,
  type Agency,
  type Case,
  type ChronologyReturn,
  type Contact,
  type ContactProvenance,
  type LifeEvent,
  type Link,
  type MissedOpportunityCategory,
  type OutcomeMeasure,
  type OutcomeMeasurement,
  type UnitCost,
} from '../../shared/model';
import { caseAggregatesMiddleware } from './case-aggregates-middleware';
import { SCHEMA_VERSIONS } from './schema-versions';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A suggestion the analyst turned down: its rule and triggering contacts, and when. */
export interface DismissedSuggestion {
  key: string;
  caseId: string;
  dismissedAt: string;
}

export const DATABASE_NAME = 'journey-mapper';

export class JourneyDatabase extends Dexie {
  cases!: EntityTable<Case, 'id'>;
  agencies!: EntityTable<Agency, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  links!: EntityTable<Link, 'id'>;
  lifeEvents!: EntityTable<LifeEvent, 'id'>;
  unitCosts!: EntityTable<UnitCost, 'id'>;
  categories!: EntityTable<MissedOpportunityCategory, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  mappingTemplates!: EntityTable<MappingTemplate, 'id'>;
  dismissedSuggestions!: EntityTable<DismissedSuggestion, 'key'>;
  caseAggregates!: EntityTable<PackedCaseAggregate, 'caseId'>;
  outcomes!: EntityTable<OutcomeMeasurement, 'id'>;
  outcomeMeasures!: EntityTable<OutcomeMeasure, 'id'>;
  chronologyReturns!: EntityTable<ChronologyReturn, 'id'>;
  /** Keyed by [returnId+row]. */
  contactProvenance!: Dexie.Table<ContactProvenance, [string, number]>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // Live queries hand out the rows they read, frozen, instead of a deep copy of them on every
    // answer: a 20,000-contact journey was copied whole on opening and again after every edit.
    // Nothing in the app changes a row in place; an edit writes a new one.
    super(name, { cache: 'immutable', ...options });
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    this.use(caseAggregatesMiddleware);
    // Only a brand-new store is seeded; an upgraded one keeps exactly what the user had.
    this.on('populate', async (tx) => {
      await tx.table('agencies').bulkAdd(defaultAgencies());
      await tx.table('unitCosts').bulkAdd(DEFAULT_UNIT_COST_LIBRARY.unitCosts);
      await tx.table('categories').bulkAdd(
        DEFAULT_MISSED_OPPORTUNITY_CATEGORIES.map((name, index) => ({
          id: `category-${index + 1}`,
          name,
          description: '',
        })),
      );
    });
  }
}
