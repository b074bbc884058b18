import type { ContactImport } from '../../shared/io/contact-sheet/contact-import';
import { describeImportProblem } from '../../shared/io/contact-sheet/contact-rows';
import type { JourneyDatabase } from '../storage/journey-database';
import type { UndoStep } from '../storage/undo-history';
import { ContactSheetWorker } from './contact-sheet-worker';

async function withWorker(work: (worker: ContactSheetWorker) => Promise<void>): Promise<void> {
  const worker = new ContactSheetWorker();
  try {
    await work(worker);
  } finally {
    worker.dispose();
  }
}

/**
 * An import as one step of the history, however many rows it wrote: undone from its record (its
 * contacts found by their ids), redone by reading the same file again with the same record, which
 * writes exactly the same contacts. Both run in a worker, in one transaction each.
 */
export function contactImportStep(record: ContactImport, file: Blob, db: JourneyDatabase): UndoStep {
  const databaseName = db.name;
  return {
    label: record.label,
    undo: () => withWorker((worker) => worker.undoImport(record, { databaseName, analystName: db.analystName }).then(() => undefined)),
    redo: () =>
      withWorker(async (worker) => {
        const opened = await worker.open(file, record.fileName, databaseName);
        if (!opened.ok) throw new Error(opened.problems.map(describeImportProblem).join('; '));
        await worker.importContacts(record, { databaseName, step: `redo ${record.label}`, analystName: db.analystName });
      }),
  };
}
