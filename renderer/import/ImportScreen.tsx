import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { describeImportProblem } from '../../shared/io/contact-sheet/contact-rows';
import { findSimilarCostBearers, findUnknownValues, planContactImport, resolutionOf, type ImportLibrary, type ValueResolutions } from '../../shared/io/contact-sheet/import-plan';
import { valueKey } from '../../shared/io/contact-sheet/contact-import';
import { proposeSetup, templateFrom, type SheetSetup } from '../../shared/io/contact-sheet/mapping-template';
import type { SheetCheckResult } from '../../shared/io/contact-sheet/sheet-check';
import type { SheetPreview } from '../../shared/io/contact-sheet/sheet-source';
import { newId, nowTimestamp } from '../../shared/model';
import { useAppServices } from '../app/app-services';
import { contactImportStep } from './contact-import-step';
import { ContactSheetWorker, ImportCancelled } from './contact-sheet-worker';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { ImportProblemsPanel } from './ImportProblemsPanel';
import { ImportProgress, type Progress } from './ImportProgress';
import { SheetSetupPanel } from './SheetSetupPanel';
import { UnknownValuesPanel } from './UnknownValuesPanel';

const SHEET_FILTER = [{ name: 'Spreadsheet', extensions: ['xlsx', 'xls', 'ods', 'csv', 'tsv', 'txt'] }];
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Spreadsheet extracts in: file, sheet, columns, check, unknown values, preview, then one undoable write. */
export function ImportScreen({ caseId, onDone }: { caseId: string | null; onDone: (caseId: string | null) => void }) {
  const { db, platform, history } = useAppServices();
  const worker = useMemo(() => new ContactSheetWorker(), []);
  // Leaving the screen ends the worker: an import it was writing is rolled back, never half-written.
  useEffect(() => {
    worker.start();
    return () => worker.dispose();
  }, [worker]);

  const cases = useLiveQuery(() => db.cases.orderBy('pseudonym').toArray(), [db]);
  const agencies = useLiveQuery(() => db.agencies.orderBy('laneOrder').toArray(), [db]);
  const unitCosts = useLiveQuery(() => db.unitCosts.orderBy('name').toArray(), [db]);
  const contactTypes = useLiveQuery(() => db.contacts.orderBy('contactType').uniqueKeys(), [db]);
  const templates = useLiveQuery(() => db.mappingTemplates.toArray(), [db]);

  const [file, setFile] = useState<{ name: string; blob: Blob } | null>(null);
  const [openProblems, setOpenProblems] = useState<string[]>([]);
  const [sheets, setSheets] = useState<SheetPreview[]>([]);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [setup, setSetupState] = useState<SheetSetup | null>(null);
  const [showMapping, setShowMapping] = useState(false);
  const [check, setCheck] = useState<SheetCheckResult | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [resolutions, setResolutions] = useState<ValueResolutions>({ agencies: {}, contactTypes: {} });
  const [targetCaseId, setTargetCaseId] = useState<string | null>(caseId);
  const [templateName, setTemplateName] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  // The user's explicit choice to import the good rows and save the problem rows to a file first.
  const [leaveOut, setLeaveOut] = useState(false);
  const dropDepth = useRef(0);
  const [dragging, setDragging] = useState(false);

  const library = useMemo<ImportLibrary | null>(
    () => (cases && agencies && unitCosts && contactTypes ? { cases, agencies, unitCosts, contactTypes: contactTypes.map(String) } : null),
    [cases, agencies, unitCosts, contactTypes],
  );
  const fileName = file?.name ?? null;

  const setSetup = (next: SheetSetup) => {
    setSetupState(next);
    setCheck(null);
    setLeaveOut(false);
  };

  const open = async (name: string, blob: Blob) => {
    setFile({ name, blob });
    setOpenProblems([]);
    setSheets([]);
    setSetupState(null);
    setCheck(null);
    setStatus(null);
    setProgress({ step: 'reading', label: `Reading ${name}…`, done: 0, total: 0, counted: false });
    try {
      const opened = await worker.open(blob, name, db.name, (done, total) => setProgress({ step: 'reading', label: `Reading ${name}…`, done, total, counted: false }));
      if (!opened.ok) return setOpenProblems(opened.problems.map(describeImportProblem));
      const first = Math.max(0, opened.sheets.findIndex((s) => s.rowCount > 0));
      setSheets(opened.sheets);
      setSheetIndex(first);
      setShowMapping(false);
      setSetup(proposeSetup(opened.sheets[first], templates ?? []));
    } catch (error) {
      if (!(error instanceof ImportCancelled)) setOpenProblems([`${name}: ${message(error)}`]);
    } finally {
      setProgress(null);
    }
  };

  const chooseFile = async () => {
    const chosen = await platform.openFile({ title: 'Import contacts from a spreadsheet', filters: SHEET_FILTER });
    // The platform's bytes are never shared memory; a Blob keeps them outside the page's heap, for redo.
    if (chosen !== null) await open(chosen.name, new Blob([chosen.bytes as Uint8Array<ArrayBuffer>]));
  };

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    dropDepth.current = 0;
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped !== undefined) await open(dropped.name, dropped);
  };

  const runCheck = async () => {
    if (setup === null || fileName === null) return;
    const total = Math.max(0, sheets[sheetIndex].rowCount - setup.headerRow - 1);
    setStatus(null);
    setLeaveOut(false);
    setProgress({ step: 'checking', label: 'Checking rows', done: 0, total, counted: true });
    try {
      setCheck(await worker.check(sheetIndex, setup, fileName, (done) => setProgress({ step: 'checking', label: 'Checking rows', done, total, counted: true })));
    } catch (error) {
      if (!(error instanceof ImportCancelled)) setOpenProblems([`${fileName}: ${message(error)}`]);
    } finally {
      setProgress(null);
    }
  };

  const exportProblemRows = async () => {
    if (check === null || setup === null || fileName === null) return { saved: false, fileName: null };
    const csv = await worker.problemRows(sheetIndex, setup.headerRow, check.problems);
    return platform.saveFile({ suggestedName: `${fileName.replace(/\.[^.]+$/, '')} problem rows.csv`, filters: [{ name: 'CSV', extensions: ['csv'] }], bytes: new TextEncoder().encode(csv) });
  };

  const saveTemplate = async () => {
    if (setup === null || templateName.trim() === '') return;
    const existing = (templates ?? []).find((t) => t.name.toLowerCase() === templateName.trim().toLowerCase());
    await db.mappingTemplates.put(templateFrom(templateName.trim(), setup.headers, setup.columns, setup.dateOrder, existing?.id ?? newId(), nowTimestamp()));
    setStatus(`Saved the mapping as “${templateName.trim()}”; sheets with these headers will use it.`);
  };

  const caseMapped = setup?.columns.includes('case') ?? false;
  const problemRows = check?.problemRows ?? null;
  const canLeaveOut = check !== null && check.problemCount > 0 && problemRows !== null && check.contacts > 0;
  const clean = check !== null && (check.problemCount === 0 || (leaveOut && canLeaveOut)) ? check : null;
  const unknown = useMemo(() => (clean !== null && library !== null ? findUnknownValues(clean.names, library) : null), [clean, library]);
  const similarBearers = useMemo(() => (clean !== null && library !== null ? findSimilarCostBearers(clean.names, library) : []), [clean, library]);
  const unresolvedAgencies =
    (unknown?.agencies.filter((a) => resolutionOf(resolutions.agencies, a.value) === undefined).length ?? 0) +
    similarBearers.filter((b) => resolutionOf(resolutions.costBearers ?? {}, b.value) === undefined).length;
  const needsCase = clean !== null && clean.names.withoutCase !== null && targetCaseId === null;
  const sheetName = sheets[sheetIndex]?.name ?? '';
  const plan = useMemo(() => {
    if (clean === null || library === null || setup === null || unknown === null || unresolvedAgencies > 0 || needsCase) return null;
    // A new contact type is kept as written unless the user picks a unit cost: the list shows that default.
    const contactTypeDefaults = Object.fromEntries(unknown.contactTypes.map((t) => [valueKey(t.value), { kind: 'new' as const }]));
    return planContactImport({
      check: clean, leaveOutRows: leaveOut ? (problemRows ?? []) : [], library, targetCaseId, fileName: fileName ?? '', sheetName, sheetIndex, settings: setup, now: nowTimestamp(),
      resolutions: { agencies: resolutions.agencies, contactTypes: { ...contactTypeDefaults, ...resolutions.contactTypes }, costBearers: resolutions.costBearers },
    });
  }, [clean, leaveOut, problemRows, library, setup, unknown, unresolvedAgencies, needsCase, targetCaseId, fileName, sheetName, sheetIndex, resolutions]);

  const apply = async () => {
    if (plan === null || !plan.ok || file === null) return;
    const { record } = plan;
    const label = 'Writing contacts';
    setCancelled(false);
    setStatus(null);
    // The problem rows are saved before anything is written, so no row is ever only in neither place.
    if ((record.leaveOutRows ?? []).length > 0) {
      const saved = await exportProblemRows();
      if (!saved.saved) return setStatus('Nothing was imported: the problem rows were not saved to a file.');
      setStatus(`Saved the problem rows to ${saved.fileName ?? 'a file'}.`);
    }
    setProgress({ step: 'writing', label, done: 0, total: record.contacts, counted: true });
    try {
      await history.performStep(async () => {
        await worker.importContacts(record, { databaseName: db.name, step: record.label, analystName: db.analystName }, (done) => setProgress({ step: 'writing', label, done, total: record.contacts, counted: true }));
        return contactImportStep(record, file.blob, db);
      });
      onDone(targetCaseId ?? record.refs.caseOrder[0] ?? null);
    } catch (error) {
      if (error instanceof ImportCancelled) setCancelled(true);
      else setOpenProblems([`Nothing was imported: ${message(error)}`]);
    } finally {
      setProgress(null);
    }
  };

  const progressBar = progress !== null && <ImportProgress progress={progress} onCancel={() => worker.cancel()} />;

  return (
    <section
      className={`import-screen${dragging ? ' dragging' : ''}`}
      aria-labelledby="import-heading"
      onDragEnter={(e) => { e.preventDefault(); dropDepth.current += 1; setDragging(true); }}
      onDragLeave={() => { dropDepth.current -= 1; if (dropDepth.current <= 0) setDragging(false); }}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => void onDrop(e)}
    >
      <div className="screen-heading">
        <h1 id="import-heading">Import contacts</h1>
        <button type="button" className="primary" onClick={() => void chooseFile()} disabled={progress !== null}>Choose a spreadsheet…</button>
        <button type="button" onClick={() => onDone(caseId)}>Cancel</button>
      </div>
      <p className="hint">
        xlsx, xls, ods or csv; or drop a file here. The canonical template (samples/templates/contacts-template.xlsx) imports with no mapping. Nothing is written until you press Import, and then all of it or none of it is.
      </p>
      {fileName !== null && <p><strong data-testid="import-file">{fileName}</strong></p>}
      {progress?.step === 'reading' && progressBar}
      {openProblems.length > 0 && (
        <div role="alert" className="error-panel">
          <h2>The file was not imported</h2>
          <ul>{openProblems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {setup !== null && sheets.length > 0 && (
        <>
          <SheetSetupPanel
            sheets={sheets}
            sheetIndex={sheetIndex}
            setup={setup}
            showMapping={showMapping}
            onSheet={(i) => { setSheetIndex(i); setSetup(proposeSetup(sheets[i], templates ?? [])); }}
            onHeaderRow={(row) => setSetup(proposeSetup(sheets[sheetIndex], templates ?? [], row))}
            onSetup={setSetup}
            onShowMapping={() => setShowMapping(true)}
          />
          {(!setup.canonical || showMapping) && (
            <div className="form-row">
              <label>
                Save this mapping for the source system
                <input value={templateName} onChange={(e) => setTemplateName(e.target.value)} placeholder="e.g. Police records extract" />
              </label>
              <button type="button" onClick={() => void saveTemplate()} disabled={templateName.trim() === ''}>Save mapping</button>
            </div>
          )}
          {!caseMapped && (
            <label>
              Import into case
              <select value={targetCaseId ?? ''} onChange={(e) => setTargetCaseId(e.target.value === '' ? null : e.target.value)}>
                <option value="">Choose a case…</option>
                {(cases ?? []).map((c) => <option key={c.id} value={c.id}>{c.pseudonym}</option>)}
              </select>
            </label>
          )}
          <div className="form-row">
            <button type="button" className="primary" onClick={() => void runCheck()} disabled={progress !== null}>
              Check {Math.max(0, sheets[sheetIndex].rowCount - setup.headerRow - 1).toLocaleString('en-GB')} rows
            </button>
            {status !== null && <p role="status">{status}</p>}
          </div>
          {progress?.step === 'checking' && progressBar}
        </>
      )}
      {check !== null && check.problemCount > 0 && (
        <ImportProblemsPanel
          check={check}
          onExportRows={() => void exportProblemRows()}
          leavingOut={leaveOut}
          onLeaveOut={canLeaveOut ? () => setLeaveOut(true) : null}
        />
      )}
      {clean !== null && clean.problemCount === 0 && <p className="notice" data-testid="check-result">All {clean.contacts.toLocaleString('en-GB')} contacts are valid.</p>}
      {unknown !== null && library !== null && (unknown.agencies.length > 0 || unknown.contactTypes.length > 0 || similarBearers.length > 0) && (
        <UnknownValuesPanel agencies={unknown.agencies} contactTypes={unknown.contactTypes} costBearers={similarBearers} knownAgencies={library.agencies} unitCosts={library.unitCosts} resolutions={resolutions} onChange={setResolutions} />
      )}
      {needsCase && <p className="notice">Choose the case to import into, or map a Case column.</p>}
      {plan !== null && !plan.ok && (
        <div role="alert" className="error-panel">
          <ul>{plan.problems.slice(0, 50).map((p, i) => <li key={i}>{describeImportProblem(p)}</li>)}</ul>
        </div>
      )}
      {plan !== null && plan.ok && clean !== null && (
        <>
          <ImportPreviewPanel drafts={clean.preview} summary={plan.summary} />
          {status !== null && <p role="status">{status}</p>}
          {progress?.step === 'writing' ? (
            progressBar
          ) : (
            <button type="button" className="primary" onClick={() => void apply()} disabled={progress !== null}>
              {plan.summary.leftOutRows.length > 0 ? 'Save the problem rows, then import' : 'Import'} {plan.summary.contacts.toLocaleString('en-GB')} contacts
            </button>
          )}
          {cancelled && <p role="status">The import was cancelled: nothing was written.</p>}
        </>
      )}
    </section>
  );
}
