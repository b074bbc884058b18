import { useEffect, useMemo, useRef, useState } from 'react';
import { anonymiseProject } from '../../shared/anonymise/anonymise-project';
import type { ProjectFile } from '../../shared/project/project-file';
import { projectImportChangeSet } from '../../shared/project/project-import';
import { useAppServices, usePerform } from '../store/app-services';
import { useDeflatorSeries, usePriceBase } from '../store/costing-settings';
import { journeyFile, JOURNEY_FILE_LABELS, safeFileName, type JourneyFileKind } from '../export';
import { readStoreContents } from '../store/case-repository';
import { projectForCases } from '../store/project-export';
import { AnonymiseReportView } from './AnonymiseReportView';

const EXPORTS: JourneyFileKind[] = ['workbook', 'csv', 'project'];
const randomSeed = () => globalThis.crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000;

/**
 * Makes an anonymised copy of the chosen cases, shows what was replaced, and exports the copy or
 * adds it to the store as new cases. The copy is made again whenever the seed changes, and only
 * ever from a fresh read of the store: the original cases are never written.
 */
export function AnonymiseDialog({ caseIds, onClose }: { caseIds: string[]; onClose: () => void }) {
  const { db, platform } = useAppServices();
  const perform = usePerform();
  const [priceBase] = usePriceBase();
  const [series] = useDeflatorSeries();
  const [original, setOriginal] = useState<ProjectFile | null>(null);
  const [seedText, setSeedText] = useState(() => String(randomSeed()));
  const [message, setMessage] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    let live = true;
    void projectForCases(db, caseIds).then((p) => live && setOriginal(p));
    return () => {
      live = false;
    };
  }, [db, caseIds]);

  const seed = /^\d{1,15}$/.test(seedText.trim()) ? Number(seedText.trim()) : null;
  const result = useMemo(
    () =>
      original === null || seed === null
        ? null
        : anonymiseProject(original, { seed, now: new Date().toISOString() }),
    [original, seed],
  );
  const baseName =
    result === null
      ? 'anonymised'
      : safeFileName(
          result.project.cases.length === 1
            ? result.project.cases[0].pseudonym
            : `anonymised ${result.project.cases.length} cases`,
        );

  const exportAs = async (kind: JourneyFileKind) => {
    if (result === null || priceBase === undefined || series === undefined) return;
    try {
      const producedAt = new Date().toISOString();
      const saved = await platform.saveFile(
        journeyFile(
          kind,
          {
            project: { ...result.project, exportedAt: producedAt },
            basis: { priceBase, series, unitCosts: result.project.unitCosts },
            producedAt,
          },
          baseName,
        ),
      );
      setMessage(saved.saved ? `Saved ${saved.fileName ?? JOURNEY_FILE_LABELS[kind]}.` : null);
    } catch (error) {
      setMessage(
        `${JOURNEY_FILE_LABELS[kind]} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const addToStore = async () => {
    if (result === null) return;
    const { changeSet, summary } = projectImportChangeSet(result.project, await readStoreContents(db));
    await perform({ ...changeSet, label: `add anonymised copy ${summary.cases.join(', ')}` });
    setMessage(
      `Added ${summary.cases.join(', ')} to your cases as a new anonymised copy. Undo takes it back.`,
    );
  };

  return (
    <dialog ref={ref} className="anonymise-dialog" aria-labelledby="anonymise-title" onCancel={onClose}>
      <h2 id="anonymise-title">Anonymise {caseIds.length === 1 ? 'case' : `${caseIds.length} cases`}</h2>
      <p className="hint">This makes a new, anonymised copy. The original case is never changed.</p>
      <label className="seed-field">
        Seed{' '}
        <input
          value={seedText}
          onChange={(e) => setSeedText(e.target.value)}
          inputMode="numeric"
          aria-describedby="seed-hint"
        />
      </label>
      <span id="seed-hint" className="hint">
        {' '}
        The same seed always gives the same copy (pseudonyms, date shift). Keep it to yourself: it is not
        written into the copy.
      </span>
      {seed === null && (
        <p role="alert" className="error">
          The seed must be a whole number.
        </p>
      )}
      {result === null ? (
        <p className="loading">{seed === null ? '' : 'Reading the cases…'}</p>
      ) : (
        <AnonymiseReportView report={result.report} />
      )}
      <div className="dialog-buttons">
        {EXPORTS.map((kind) => (
          <button key={kind} type="button" disabled={result === null} onClick={() => void exportAs(kind)}>
            Export {JOURNEY_FILE_LABELS[kind]}
          </button>
        ))}
        <button type="button" disabled={result === null} onClick={() => void addToStore()}>
          Add as a new case
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {message !== null && <p role="status">{message}</p>}
    </dialog>
  );
}
