import { useEffect, useMemo, useReducer, type DragEvent } from 'react';
import { describeImportProblem } from '../../shared/contact-sheet/contact-rows';
import {
  findSimilarCostBearers,
  findUnknownValues,
  planContactImport,
  resolutionOf,
  type ImportLibrary,
} from '../../shared/contact-sheet/import-plan';
import { valueKey } from '../../shared/contact-sheet/contact-import';
import { templateFrom } from '../../shared/contact-sheet/mapping-template';
import { newId, nowTimestamp } from '../../shared/model';
import { useAppServices } from '../store/app-services';
import { useAgencies, useCases, useContactTypes, useUnitCosts } from '../store/journey-queries';
import { saveMappingTemplate, useMappingTemplates } from '../store/mapping-templates';
import { contactImportStep } from './contact-import-step';
import { ContactSheetWorker, ImportCancelled } from './contact-sheet-client';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { ImportProblemsPanel } from './ImportProblemsPanel';
import { ImportProgress } from './ImportProgress';
import { canLeaveOut, cleanCheck, importWizard, initialImportWizard, rowsToCheck } from './import-wizard';
import { SheetSetupPanel } from './SheetSetupPanel';
import { UnknownValuesPanel } from './UnknownValuesPanel';

const SHEET_FILTER = [{ name: 'Spreadsheet', extensions: ['xlsx', 'xls', 'ods', 'csv', 'tsv', 'txt'] }];
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Spreadsheet extracts in: file, sheet, columns, check, unknown values, preview, then one undoable write. */
export function ImportScreen({
  caseId,
  onDone,
}: {
  caseId: string | null;
  onDone: (caseId: string | null) => void;
}) {
  const { db, databaseName, platform, history } = useAppServices();
  const worker = useMemo(() => new ContactSheetWorker(), []);
  // Leaving the screen ends the worker: an import it was writing is rolled back, never half-written.
  useEffect(() => {
    worker.start();
    return () => worker.dispose();
  }, [worker]);

  const cases = useCases();
  const agencies = useAgencies();
  const unitCosts = useUnitCosts();
  const contactTypes = useContactTypes();
  const templates = useMappingTemplates();

  const [state, dispatch] = useReducer(importWizard, caseId, initialImportWizard);
  const {
    file,
    problems,
    sheets,
    sheetIndex,
    setup,
    showMapping,
    check,
    progress,
    resolutions,
    targetCaseId,
    templateName,
    status,
    cancelled,
    leaveOut,
    dragging,
  } = state;

  const library = useMemo<ImportLibrary | null>(
    () =>
      cases && agencies && unitCosts && contactTypes
        ? { cases, agencies: [...agencies], unitCosts: [...unitCosts], contactTypes }
        : null,
    [cases, agencies, unitCosts, contactTypes],
  );
  const fileName = file?.name ?? null;

  const open = async (name: string, blob: Blob) => {
    dispatch({ type: 'file chosen', name, blob });
    try {
      const opened = await worker.open(blob, name, databaseName, (done, total) =>
        dispatch({
          type: 'progress',
          progress: { step: 'reading', label: `Reading ${name}…`, done, total, counted: false },
        }),
      );
      if (!opened.ok)
        return dispatch({ type: 'failed', problems: opened.problems.map(describeImportProblem) });
      dispatch({ type: 'file opened', sheets: opened.sheets, templates: templates ?? [] });
    } catch (error) {
      if (!(error instanceof ImportCancelled))
        dispatch({ type: 'failed', problems: [`${name}: ${message(error)}`] });
    } finally {
      dispatch({ type: 'step ended' });
    }
  };

  const chooseFile = async () => {
    const chosen = await platform.openFile({
      title: 'Import contacts from a spreadsheet',
      filters: SHEET_FILTER,
    });
    // The platform's bytes are never shared memory; a Blob keeps them outside the page's heap, for redo.
    if (chosen !== null) await open(chosen.name, new Blob([chosen.bytes as Uint8Array<ArrayBuffer>]));
  };

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    dispatch({ type: 'dropped' });
    const dropped = event.dataTransfer.files[0];
    if (dropped !== undefined) await open(dropped.name, dropped);
  };

  const runCheck = async () => {
    if (setup === null || fileName === null) return;
    const total = rowsToCheck(state);
    dispatch({ type: 'check started' });
    try {
      const checked = await worker.check(sheetIndex, setup, fileName, (done) =>
        dispatch({
          type: 'progress',
          progress: { step: 'checking', label: 'Checking rows', done, total, counted: true },
        }),
      );
      dispatch({ type: 'checked', check: checked });
    } catch (error) {
      if (!(error instanceof ImportCancelled))
        dispatch({ type: 'failed', problems: [`${fileName}: ${message(error)}`] });
    } finally {
      dispatch({ type: 'step ended' });
    }
  };

  const exportProblemRows = async () => {
    if (check === null || setup === null || fileName === null) return { saved: false, fileName: null };
    const csv = await worker.problemRows(sheetIndex, setup.headerRow, check.problems);
    return platform.saveFile({
      suggestedName: `${fileName.replace(/\.[^.]+$/, '')} problem rows.csv`,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      bytes: new TextEncoder().encode(csv),
    });
  };

  const saveTemplate = async () => {
    if (setup === null || templateName.trim() === '') return;
    const existing = (templates ?? []).find(
      (t) => t.name.toLowerCase() === templateName.trim().toLowerCase(),
    );
    await saveMappingTemplate(
      db,
      templateFrom(
        templateName.trim(),
        setup.headers,
        setup.columns,
        setup.dateOrder,
        existing?.id ?? newId(),
        nowTimestamp(),
      ),
    );
    dispatch({
      type: 'status',
      status: `Saved the mapping as “${templateName.trim()}”; sheets with these headers will use it.`,
    });
  };

  const caseMapped = setup?.columns.includes('case') ?? false;
  const problemRows = check?.problemRows ?? null;
  const clean = cleanCheck(state);
  const unknown = useMemo(
    () => (clean !== null && library !== null ? findUnknownValues(clean.names, library) : null),
    [clean, library],
  );
  const similarBearers = useMemo(
    () => (clean !== null && library !== null ? findSimilarCostBearers(clean.names, library) : []),
    [clean, library],
  );
  const unresolvedAgencies =
    (unknown?.agencies.filter((a) => resolutionOf(resolutions.agencies, a.value) === undefined).length ?? 0) +
    similarBearers.filter((b) => resolutionOf(resolutions.costBearers ?? {}, b.value) === undefined).length;
  const needsCase = clean !== null && clean.names.withoutCase !== null && targetCaseId === null;
  const sheetName = sheets[sheetIndex]?.name ?? '';
  const plan = useMemo(() => {
    if (
      clean === null ||
      library === null ||
      setup === null ||
      unknown === null ||
      unresolvedAgencies > 0 ||
      needsCase
    )
      return null;
    // A new contact type is kept as written unless the user picks a unit cost: the list shows that default.
    const contactTypeDefaults = Object.fromEntries(
      unknown.contactTypes.map((t) => [valueKey(t.value), { kind: 'new' as const }]),
    );
    return planContactImport({
      check: clean,
      leaveOutRows: leaveOut ? (problemRows ?? []) : [],
      library,
      targetCaseId,
      fileName: fileName ?? '',
      sheetName,
      sheetIndex,
      settings: setup,
      now: nowTimestamp(),
      resolutions: {
        agencies: resolutions.agencies,
        contactTypes: { ...contactTypeDefaults, ...resolutions.contactTypes },
        costBearers: resolutions.costBearers,
      },
    });
  }, [
    clean,
    leaveOut,
    problemRows,
    library,
    setup,
    unknown,
    unresolvedAgencies,
    needsCase,
    targetCaseId,
    fileName,
    sheetName,
    sheetIndex,
    resolutions,
  ]);

  const apply = async () => {
    if (plan === null || !plan.ok || file === null) return;
    const { record } = plan;
    dispatch({ type: 'import started' });
    // The problem rows are saved before anything is written, so no row is ever only in neither place.
    if ((record.leaveOutRows ?? []).length > 0) {
      const saved = await exportProblemRows();
      if (!saved.saved)
        return dispatch({
          type: 'status',
          status: 'Nothing was imported: the problem rows were not saved to a file.',
        });
      dispatch({ type: 'status', status: `Saved the problem rows to ${saved.fileName ?? 'a file'}.` });
    }
    dispatch({ type: 'writing started', contacts: record.contacts });
    try {
      await history.performStep(async () => {
        await worker.importContacts(record, databaseName, (done) =>
          dispatch({
            type: 'progress',
            progress: {
              step: 'writing',
              label: 'Writing contacts',
              done,
              total: record.contacts,
              counted: true,
            },
          }),
        );
        return contactImportStep(record, file.blob, databaseName);
      });
      onDone(targetCaseId ?? record.refs.caseOrder[0] ?? null);
    } catch (error) {
      if (error instanceof ImportCancelled) dispatch({ type: 'import cancelled' });
      else dispatch({ type: 'failed', problems: [`Nothing was imported: ${message(error)}`] });
    } finally {
      dispatch({ type: 'step ended' });
    }
  };

  const progressBar = progress !== null && (
    <ImportProgress progress={progress} onCancel={() => worker.cancel()} />
  );

  return (
    <section
      className={`import-screen${dragging ? ' dragging' : ''}`}
      aria-labelledby="import-heading"
      onDragEnter={(e) => {
        e.preventDefault();
        dispatch({ type: 'drag entered' });
      }}
      onDragLeave={() => dispatch({ type: 'drag left' })}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => void onDrop(e)}
    >
      <div className="screen-heading">
        <h1 id="import-heading">Import contacts</h1>
        <button
          type="button"
          className="primary"
          onClick={() => void chooseFile()}
          disabled={progress !== null}
        >
          Choose a spreadsheet…
        </button>
        <button type="button" onClick={() => onDone(caseId)}>
          Cancel
        </button>
      </div>
      <p className="hint">
        xlsx, xls, ods or csv; or drop a file here. The canonical template
        (samples/templates/contacts-template.xlsx) imports with no mapping. Nothing is written until you press
        Import, and then all of it or none of it is.
      </p>
      {fileName !== null && (
        <p>
          <strong data-testid="import-file">{fileName}</strong>
        </p>
      )}
      {progress?.step === 'reading' && progressBar}
      {problems.length > 0 && (
        <div role="alert" className="error-panel">
          <h2>The file was not imported</h2>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {setup !== null && sheets.length > 0 && (
        <>
          <SheetSetupPanel
            sheets={sheets}
            sheetIndex={sheetIndex}
            setup={setup}
            showMapping={showMapping}
            onSheet={(index) => dispatch({ type: 'sheet chosen', index, templates: templates ?? [] })}
            onHeaderRow={(row) => dispatch({ type: 'header row chosen', row, templates: templates ?? [] })}
            onSetup={(next) => dispatch({ type: 'setup changed', setup: next })}
            onShowMapping={() => dispatch({ type: 'mapping shown' })}
          />
          {(!setup.canonical || showMapping) && (
            <div className="form-row">
              <label>
                Save this mapping for the source system
                <input
                  value={templateName}
                  onChange={(e) => dispatch({ type: 'template named', name: e.target.value })}
                  placeholder="e.g. Police records extract"
                />
              </label>
              <button type="button" onClick={() => void saveTemplate()} disabled={templateName.trim() === ''}>
                Save mapping
              </button>
            </div>
          )}
          {!caseMapped && (
            <label>
              Import into case
              <select
                value={targetCaseId ?? ''}
                onChange={(e) =>
                  dispatch({
                    type: 'target case chosen',
                    caseId: e.target.value === '' ? null : e.target.value,
                  })
                }
              >
                <option value="">Choose a case…</option>
                {(cases ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.pseudonym}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="form-row">
            <button
              type="button"
              className="primary"
              onClick={() => void runCheck()}
              disabled={progress !== null}
            >
              Check {rowsToCheck(state).toLocaleString('en-GB')} rows
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
          onLeaveOut={canLeaveOut(state) ? () => dispatch({ type: 'leave out problem rows' }) : null}
        />
      )}
      {clean !== null && clean.problemCount === 0 && (
        <p className="notice" data-testid="check-result">
          All {clean.contacts.toLocaleString('en-GB')} contacts are valid.
        </p>
      )}
      {unknown !== null &&
        library !== null &&
        (unknown.agencies.length > 0 || unknown.contactTypes.length > 0 || similarBearers.length > 0) && (
          <UnknownValuesPanel
            agencies={unknown.agencies}
            contactTypes={unknown.contactTypes}
            costBearers={similarBearers}
            knownAgencies={library.agencies}
            unitCosts={library.unitCosts}
            resolutions={resolutions}
            onChange={(next) => dispatch({ type: 'values resolved', resolutions: next })}
          />
        )}
      {needsCase && <p className="notice">Choose the case to import into, or map a Case column.</p>}
      {plan !== null && !plan.ok && (
        <div role="alert" className="error-panel">
          <ul>
            {plan.problems.slice(0, 50).map((p, i) => (
              <li key={i}>{describeImportProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {plan !== null && plan.ok && clean !== null && (
        <>
          <ImportPreviewPanel drafts={clean.preview} summary={plan.summary} />
          {status !== null && <p role="status">{status}</p>}
          {progress?.step === 'writing' ? (
            progressBar
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() => void apply()}
              disabled={progress !== null}
            >
              {plan.summary.leftOutRows.length > 0 ? 'Save the problem rows, then import' : 'Import'}{' '}
              {plan.summary.contacts.toLocaleString('en-GB')} contacts
            </button>
          )}
          {cancelled && <p role="status">The import was cancelled: nothing was written.</p>}
        </>
      )}
    </section>
  );
}
