import { useState } from 'react';
import { integratedChronology } from '../../shared/chronology/integrated-chronology';
import { encryptWithPassphrase } from '../../shared/encryption/encrypted-file';
import { useAppServices } from '../store/app-services';
import { PopupMenu } from '../components/PopupMenu';
import { useDeflatorSeries, usePriceBase } from '../store/costing-settings';
import { PassphraseDialog } from '../components/PassphraseDialog';
import { projectForCases } from '../store/project-export';
import {
  JOURNEY_FILE_KINDS,
  JOURNEY_FILE_LABELS,
  journeyFile,
  safeFileName,
  type JourneyFileKind,
} from './journey-files';

const CHRONOLOGY_LABEL = 'Integrated chronology (.docx)';

interface ExportMenuProps {
  caseIds: string[];
  baseName: string;
  /** Further items, such as the timeline picture, that only the journey view can offer. */
  extraItems?: Array<{ label: string; run: () => Promise<{ saved: boolean; fileName: string | null }> }>;
}

/** Exports of the chosen cases at the store's price base, saved through the platform's save dialog. */
export function ExportMenu({ caseIds, baseName, extraItems = [] }: ExportMenuProps) {
  const { db, platform } = useAppServices();
  const [priceBase] = usePriceBase();
  const [series] = useDeflatorSeries();
  const [message, setMessage] = useState<string | null>(null);
  const [choosingPassphrase, setChoosingPassphrase] = useState(false);

  const run = async (label: string, task: () => Promise<{ saved: boolean; fileName: string | null }>) => {
    try {
      const result = await task();
      setMessage(result.saved ? `Saved ${result.fileName ?? label}.` : null);
    } catch (error) {
      setMessage(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const exportAs = (kind: JourneyFileKind, passphrase: string | null = null) =>
    run(JOURNEY_FILE_LABELS[kind], async () => {
      if (priceBase === undefined || series === undefined)
        throw new Error('the costing settings are still loading');
      const project = await projectForCases(db, caseIds);
      const file = journeyFile(
        kind,
        {
          project,
          basis: { priceBase, series, unitCosts: project.unitCosts },
          producedAt: new Date().toISOString(),
        },
        safeFileName(baseName),
      );
      if (passphrase === null) return platform.saveFile(file);
      return platform.saveFile({
        suggestedName: `${file.suggestedName}.encrypted`,
        filters: [{ name: 'Encrypted Journey Mapper project', extensions: ['encrypted'] }],
        bytes: await encryptWithPassphrase(file.bytes, passphrase),
      });
    });

  // The Word writer is loaded only when asked for: most sessions never export a chronology.
  const exportChronology = () =>
    run(CHRONOLOGY_LABEL, async () => {
      const { chronologyDocx } = await import('../../shared/chronology/chronology-docx');
      const project = await projectForCases(db, caseIds);
      const bytes = await chronologyDocx(
        integratedChronology(project, project.cases[0]),
        new Date().toLocaleDateString('en-CA'),
      );
      return platform.saveFile({
        suggestedName: `${safeFileName(baseName)} integrated chronology.docx`,
        filters: [{ name: 'Word document', extensions: ['docx'] }],
        bytes,
      });
    });

  // A project file carries every note and name of the cases, so it is offered encrypted (these are never anonymised copies: those are exported from the Anonymise dialog).
  const choose = (kind: JourneyFileKind) => {
    if (kind !== 'project') return void exportAs(kind);
    setChoosingPassphrase(true);
  };

  return (
    <span className="export-menu">
      <PopupMenu label="Export…" disabled={caseIds.length === 0}>
        {(close) => (
          <>
            {JOURNEY_FILE_KINDS.map((kind) => (
              <button
                key={kind}
                type="button"
                role="menuitem"
                disabled={caseIds.length === 0}
                onClick={() => {
                  close();
                  choose(kind);
                }}
              >
                {JOURNEY_FILE_LABELS[kind]}
              </button>
            ))}
            <button
              type="button"
              role="menuitem"
              disabled={caseIds.length !== 1}
              title={caseIds.length === 1 ? undefined : 'One case at a time'}
              onClick={() => {
                close();
                void exportChronology();
              }}
            >
              {CHRONOLOGY_LABEL}
            </button>
            {extraItems.map((item) => (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                onClick={() => {
                  close();
                  void run(item.label, item.run);
                }}
              >
                {item.label}
              </button>
            ))}
          </>
        )}
      </PopupMenu>
      {message !== null && (
        <span role="status" className="export-message">
          {message}
        </span>
      )}
      {choosingPassphrase && (
        <PassphraseDialog
          mode="choose"
          title="Export a project file"
          message="A project file holds everything about its cases: names, notes and dates. Encrypt it unless it stays on an encrypted drive that only you can open."
          confirmLabel="Export…"
          onConfirm={(passphrase) => {
            setChoosingPassphrase(false);
            void exportAs('project', passphrase);
          }}
          onCancel={() => setChoosingPassphrase(false)}
        />
      )}
    </span>
  );
}
