import { describe, expect, it } from 'vitest';
import { rebaseChange, type RowChange } from '../../../shared/editing/change-set';

const shown = { id: 'k1', pseudonym: 'East', status: 'open', riskGrade: 'none', note: 'x' };

describe('an update carried onto the row as stored', () => {
  it('changes only the fields the edit changed, and takes the stored row as its before-image', () => {
    const stored = { ...shown, status: 'closed' };
    const change: RowChange = {
      table: 'cases',
      key: 'k1',
      before: shown,
      after: { ...shown, riskGrade: 'high' },
    };
    expect(rebaseChange(change, stored)).toEqual({
      table: 'cases',
      key: 'k1',
      before: stored,
      after: { ...shown, status: 'closed', riskGrade: 'high' },
    });
  });

  it('removes a field the edit removed, and leaves an edit of an unchanged row as it is', () => {
    const withoutNote: Record<string, unknown> = { ...shown };
    delete withoutNote.note;
    const change: RowChange = { table: 'cases', key: 'k1', before: shown, after: withoutNote };
    expect(rebaseChange(change, { ...shown, status: 'closed' }).after).toEqual({
      id: 'k1',
      pseudonym: 'East',
      status: 'closed',
      riskGrade: 'none',
    });
    expect(rebaseChange(change, { ...shown })).toBe(change);
  });

  it('leaves inserts, deletes and rows no longer stored alone', () => {
    const insert: RowChange = { table: 'cases', key: 'k1', before: null, after: shown };
    const remove: RowChange = { table: 'cases', key: 'k1', before: shown, after: null };
    const update: RowChange = {
      table: 'cases',
      key: 'k1',
      before: shown,
      after: { ...shown, status: 'closed' },
    };
    expect(rebaseChange(insert, { ...shown, status: 'closed' })).toBe(insert);
    expect(rebaseChange(remove, { ...shown, status: 'closed' })).toBe(remove);
    expect(rebaseChange(update, undefined)).toBe(update);
  });
});
