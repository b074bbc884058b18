/**
 * A record of each erasure from the backups, kept so an information governance lead can see that
 * it was done: when, which case by its internal id only, and how many backups were rewritten;
 * never the pseudonym or anything else of the erased data. Kept in the app's local storage until
 * the audit trail can hold it.
 */
export interface ErasureRecord {
  at: string;
  caseId: string;
  backupsRewritten: number;
}

const KEY = 'journey-mapper-erasures';

export function readErasureLog(storage: Storage = localStorage): ErasureRecord[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed)
      ? (parsed as ErasureRecord[]).filter(
          (r) =>
            typeof r?.at === 'string' &&
            typeof r.caseId === 'string' &&
            typeof r.backupsRewritten === 'number',
        )
      : [];
  } catch {
    return [];
  }
}

export function logErasure(record: ErasureRecord, storage: Storage = localStorage): void {
  storage.setItem(
    KEY,
    JSON.stringify([
      ...readErasureLog(storage),
      { at: record.at, caseId: record.caseId, backupsRewritten: record.backupsRewritten },
    ]),
  );
}
