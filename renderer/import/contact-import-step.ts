import type { ContactImport } from '../../shared/contact-sheet/contact-import';
import { describeImportProblem } from '../../shared/contact-sheet/contact-rows';
import type { UndoStep } from '../store/undo-history';
import { ContactSheetWorker } from './contact-sheet-client';
import type { JourneyDatabase } from '../store/journey-database';
import { importingStore } from '../store/contact-import-store';

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
  return {
    label: record.label,
    undo: () =>
      withWorker((worker) =>
        worker.undoImport(record, importingStore(db, `undo ${record.label}`)).then(() => undefined),
      ),
    redo: () =>
      withWorker(async (worker) => {
        const store = importingStore(db, `redo ${record.label}`);
        const opened = await worker.open(file, record.fileName, store.databaseName);
        if (!opened.ok) throw new Error(opened.problems.map(describeImportProblem).join('; '));
        await worker.importContacts(record, store);
      }),
  };
}
