import { useState } from 'react';
import { addUnitCosts } from '../../shared/editing/unit-cost-edits';
import { readUnitCostLibrary, writeUnitCostLibrary } from '../../shared/costing/unit-cost-library';
import type { UnitCost } from '../../shared/model';
import { readGmcaWorkbook } from '../../shared/unit-cost-import/gmca-workbook';
import { useAppServices, usePerform } from '../store/app-services';
import { GmcaImportPanel, type OpenedGmcaWorkbook } from './GmcaImportPanel';

const JSON_FILTER = [{ name: 'Unit-cost library', extensions: ['json'] }];
const WORKBOOK_FILTER = [{ name: 'GMCA unit cost database', extensions: ['xlsx'] }];

/** Libraries travel as files: share a local library, or take one in (adding entries it does not have). */
export function UnitCostLibraryFiles({ unitCosts }: { unitCosts: readonly UnitCost[] }) {
  const { platform } = useAppServices();
  const perform = usePerform();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [gmca, setGmca] = useState<OpenedGmcaWorkbook | null>(null);

  const exportLibrary = async () => {
    const text = writeUnitCostLibrary(
      unitCosts,
      `Exported from Journey Mapper on ${new Date().toISOString().slice(0, 10)}`,
    );
    const result = await platform.saveFile({
      suggestedName: 'unit-cost-library.json',
      filters: JSON_FILTER,
      bytes: new TextEncoder().encode(text),
    });
    if (result.saved)
      setMessage({ text: `Saved ${unitCosts.length} unit costs to ${result.fileName}.`, error: false });
  };

  const importLibrary = async () => {
    const file = await platform.openFile({ title: 'Import a unit-cost library', filters: JSON_FILTER });
    if (file === null) return;
    const read = readUnitCostLibrary(new TextDecoder().decode(file.bytes), file.name);
    if (!read.ok) {
      setMessage({ text: `Nothing was imported. ${read.errors.join(' ')}`, error: true });
      return;
    }
    const existing = new Set(unitCosts.map((u) => u.id));
    const changeSet = addUnitCosts(read.library.unitCosts, existing, `import unit costs from ${file.name}`);
    await perform(changeSet);
    const skipped = read.library.unitCosts.length - changeSet.changes.length;
    setMessage({
      text: `Added ${changeSet.changes.length} unit costs from ${file.name}${skipped > 0 ? `; ${skipped} were already in the library and were left as they are` : ''}.`,
      error: false,
    });
  };

  const openGmcaWorkbook = async () => {
    const file = await platform.openFile({
      title: 'Import the GMCA / New Economy Unit Cost Database workbook',
      filters: WORKBOOK_FILTER,
    });
    if (file === null) return;
    const read = readGmcaWorkbook(file.bytes, file.name);
    if (!read.ok) {
      setMessage({ text: `Nothing was imported. ${read.errors.join(' ')}`, error: true });
      return;
    }
    setMessage(null);
    setGmca({ fileName: file.name, costs: read.costs, skipped: read.skipped });
  };

  return (
    <div className="library-files">
      <button type="button" onClick={() => void importLibrary()}>
        Import library…
      </button>
      <button type="button" onClick={() => void exportLibrary()}>
        Export library
      </button>
      <button type="button" onClick={() => void openGmcaWorkbook()}>
        Import GMCA unit cost database…
      </button>
      {gmca && (
        <GmcaImportPanel
          workbook={gmca}
          library={unitCosts}
          onDone={(text) => {
            setGmca(null);
            if (text !== null) setMessage({ text, error: false });
          }}
        />
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : 'hint'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
