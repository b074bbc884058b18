import { useState } from 'react';
import { useAppServices } from '../app/app-services';
import { PopupMenu } from '../components/PopupMenu';
import { useDeflatorSeries, usePriceBase } from '../app/costing-settings';
import { projectForCases } from '../storage/project-export';
import { JOURNEY_FILE_KINDS, JOURNEY_FILE_LABELS, journeyFile, safeFileName, type JourneyFileKind } from './journey-files';

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

  const run = async (label: string, task: () => Promise<{ saved: boolean; fileName: string | null }>) => {
    try {
      const result = await task();
      setMessage(result.saved ? `Saved ${result.fileName ?? label}.` : null);
    } catch (error) {
      setMessage(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const exportAs = (kind: JourneyFileKind) =>
    run(JOURNEY_FILE_LABELS[kind], async () => {
      if (priceBase === undefined || series === undefined) throw new Error('the costing settings are still loading');
      const project = await projectForCases(db, caseIds);
      return platform.saveFile(journeyFile(kind, { project, priceBase, series, producedAt: new Date().toISOString() }, safeFileName(baseName)));
    });

  return (
    <span className="export-menu">
      <PopupMenu label="Export…" disabled={caseIds.length === 0}>
        {(close) => (
          <>
            {JOURNEY_FILE_KINDS.map((kind) => (
              <button key={kind} type="button" role="menuitem" disabled={caseIds.length === 0} onClick={() => {
                close();
                void exportAs(kind);
              }}>
                {JOURNEY_FILE_LABELS[kind]}
              </button>
            ))}
            {extraItems.map((item) => (
              <button key={item.label} type="button" role="menuitem" onClick={() => {
                close();
                void run(item.label, item.run);
              }}>
                {item.label}
              </button>
            ))}
          </>
        )}
      </PopupMenu>
      {message !== null && <span role="status" className="export-message">{message}</span>}
    </span>
  );
}
