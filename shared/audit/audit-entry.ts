import { z } from 'zod';
import { JOURNEY_TABLES } from '../editing/journey-tables';
import { Id, Timestamp } from '../model';

/** What an entry is about: a row of one of the journey tables, a suggestion, or the whole store (a restore). */
export const AUDITED_ENTITIES = [...JOURNEY_TABLES, 'suggestions', 'store'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

export const AUDIT_ACTIONS = ['create', 'edit', 'delete', 'import', 'restore', 'dismiss'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One field's value before and after, as text (a nested value such as the missed-opportunity
 * flag is written as JSON). Null means the field had no value on that side: the row did not
 * exist yet, or no longer does.
 */
export const FieldChange = z.object({
  field: z.string().min(1).max(200),
  before: z.string().max(25_000).nullable(),
  after: z.string().max(25_000).nullable(),
});
export type FieldChange = z.infer<typeof FieldChange>;

/** An entry that came in with a project file or backup, kept apart from the ones made here. */
export const ImportedFrom = z.object({
  /** The file it came in with. */
  file: z.string().max(500),
  at: Timestamp,
  /** Who opened the file here. */
  by: z.string().max(200).nullable(),
});
export type ImportedFrom = z.infer<typeof ImportedFrom>;

/**
 * One change to the store, appended to the audit trail in the transaction that made it, and
 * never edited or deleted afterwards.
 */
export const AuditEntry = z.object({
  id: Id,
  at: Timestamp,
  /** Orders the entries one step wrote at the same instant. */
  seq: z.number().int().min(0),
  /** The analyst's name, or null when none was set (a browser with no name under Settings). */
  who: z.string().max(200).nullable(),
  /** The step in the users' words, as Undo names it: "edit contact A&E attendance", "undo delete case Person A". */
  step: z.string().max(500),
  action: z.enum(AUDIT_ACTIONS),
  caseId: Id.nullable(),
  entity: z.enum(AUDITED_ENTITIES),
  entityId: z.string().max(200).nullable(),
  changes: z.array(FieldChange).max(100),
  importedFrom: ImportedFrom.nullable().default(null),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Newest first; the entries of one step in the reverse of the order they were written. */
export function newestFirst(a: AuditEntry, b: AuditEntry): number {
  return a.at < b.at ? 1 : a.at > b.at ? -1 : b.seq - a.seq;
}
