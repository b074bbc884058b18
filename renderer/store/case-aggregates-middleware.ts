import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  aggregateCase,
  applyContactChanges,
  emptyAggregate,
} from '../../shared/cohort/aggregates/case-aggregate';
import {
  packAggregate,
  unpackAggregate,
  type PackedCaseAggregate,
} from '../../shared/cohort/aggregates/packed-aggregate';
import type { Contact } from '../../shared/model';
import { CASE_AGGREGATES, CONTACTS } from './aggregate-tables';

function byCase(contacts: Iterable<Contact>): Map<string, Contact[]> {
  const groups = new Map<string, Contact[]>();
  for (const c of contacts) {
    const group = groups.get(c.caseId);
    if (group === undefined) groups.set(c.caseId, [c]);
    else group.push(c);
  }
  return groups;
}

/** After contacts were written: each touched case's aggregate moved by the delta, or rebuilt from its contacts when a delta cannot tell. */
async function updateAggregates(
  down: DBCore,
  trans: DBCoreTransaction,
  removed: Contact[],
  added: Contact[],
): Promise<void> {
  const removedByCase = byCase(removed);
  const addedByCase = byCase(added);
  const caseIds = [...new Set([...removedByCase.keys(), ...addedByCase.keys()])];
  if (caseIds.length === 0) return;
  const table = down.table(CASE_AGGREGATES);
  const contacts = down.table(CONTACTS);
  const stored = (await table.getMany({ trans, keys: caseIds })) as Array<PackedCaseAggregate | undefined>;
  const puts: PackedCaseAggregate[] = [];
  const deletions: string[] = [];
  for (const [i, caseId] of caseIds.entries()) {
    const before = stored[i];
    let next = applyContactChanges(
      before === undefined ? emptyAggregate(caseId) : unpackAggregate(before),
      removedByCase.get(caseId) ?? [],
      addedByCase.get(caseId) ?? [],
    );
    if (next === null) {
      const index = contacts.schema.getIndexByKeyPath('caseId');
      if (index === undefined)
        throw new Error('the contacts table has no caseId index to rebuild a case from');
      const { result } = await contacts.query({
        trans,
        values: true,
        query: { index, range: { type: 1, lower: caseId, upper: caseId } },
      });
      next = aggregateCase(caseId, result as Contact[]);
    }
    if (next.contacts === 0) deletions.push(caseId);
    else puts.push(packAggregate(next));
  }
  if (deletions.length > 0) await table.mutate({ type: 'delete', trans, keys: deletions });
  if (puts.length > 0) await table.mutate({ type: 'put', trans, values: puts });
}

function succeeded(response: DBCoreMutateResponse, i: number): boolean {
  return response.failures[i] === undefined;
}

/** Contacts a write will replace or delete, read before it happens: the delta needs their before-image. */
async function rowsBefore(
  contacts: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<Array<Contact | undefined>> {
  if (req.type === 'deleteRange') {
    const { result } = await contacts.query({
      trans: req.trans,
      values: true,
      query: { index: contacts.schema.primaryKey, range: req.range },
    });
    return result as Contact[];
  }
  const keys =
    req.type === 'delete'
      ? req.keys
      : (req.keys ?? req.values.map((v) => contacts.schema.primaryKey.extractKey?.(v)));
  return (await contacts.getMany({ trans: req.trans, keys })) as Array<Contact | undefined>;
}

async function maintainedMutate(
  down: DBCore,
  contacts: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  // An add replaces nothing (IndexedDB refuses a key that exists), so an import, which adds, reads
  // nothing back. Nor does it await anything before writing: the layers below need Dexie's zone.
  const before = req.type === 'add' ? [] : await rowsBefore(contacts, req);
  const response = await contacts.mutate(req);
  const removed: Contact[] = [];
  const added: Contact[] = [];
  if (req.type === 'deleteRange') removed.push(...(before as Contact[]));
  else {
    before.forEach((row, i) => {
      if (row !== undefined && succeeded(response, i)) removed.push(row);
    });
    if (req.type !== 'delete')
      req.values.forEach((row: Contact, i) => succeeded(response, i) && added.push(row));
  }
  await updateAggregates(down, req.trans, removed, added);
  return response;
}

/**
 * Keeps caseAggregates in step with contacts inside the very transaction that writes them, at
 * the lowest level Dexie has (DBCore), so no write can bypass it: change sets, imports, undo,
 * restores, training samples, and any bulk path added later. Every read-write transaction over
 * contacts is widened to include the aggregates; writes within one transaction are applied one
 * after another so two parallel puts cannot both read the same aggregate.
 */
export const caseAggregatesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'CaseAggregates',
  create: (down) => {
    const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    const maintained = down.schema.tables.some((t) => t.name === CASE_AGGREGATES);
    return {
      transaction: (stores, mode, options) =>
        down.transaction(
          maintained && mode === 'readwrite' && stores.includes(CONTACTS) && !stores.includes(CASE_AGGREGATES)
            ? [...stores, CASE_AGGREGATES]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (!maintained || name !== CONTACTS) return table;
        return {
          ...table,
          mutate: (req) => {
            const queued = (queues.get(req.trans) ?? Promise.resolve()).then(() =>
              maintainedMutate(down, table, req),
            );
            queues.set(
              req.trans,
              queued.catch(() => undefined),
            );
            return queued;
          },
        };
      },
    };
  },
};
