import { OutcomeMeasure, OutcomeMeasurement, newId } from '../model';
import { deleteRow, insertRow, type ChangeSet } from './change-set';

export function addMeasurement(fields: Omit<OutcomeMeasurement, 'id'>): ChangeSet {
  const row = OutcomeMeasurement.parse({ ...fields, id: newId() });
  return { label: `add ${row.date} outcome score`, changes: [insertRow('outcomes', row)] };
}

export function deleteMeasurement(row: OutcomeMeasurement): ChangeSet {
  return { label: `delete ${row.date} outcome score`, changes: [deleteRow('outcomes', row)] };
}

/** A sheet of scores lands as one step: one undo takes the whole import back. */
export function importMeasurements(rows: OutcomeMeasurement[], fileName: string): ChangeSet {
  return {
    label: `import outcome scores from ${fileName}`,
    changes: rows.map((r) => insertRow('outcomes', OutcomeMeasurement.parse(r))),
  };
}

export function addOutcomeMeasure(fields: Omit<OutcomeMeasure, 'id'>): ChangeSet {
  const row = OutcomeMeasure.parse({ ...fields, id: newId() });
  return { label: `add outcome measure ${row.name}`, changes: [insertRow('outcomeMeasures', row)] };
}
