import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { CaseListScreen } from '../cases/CaseListScreen';
import { BackupsScreen } from '../backups/BackupsScreen';
import { useDailyBackup } from '../backups/use-daily-backup';
import { CohortScreen } from '../cohort/CohortScreen';
import { usePreparedCohort } from '../cohort/use-cohort';
import { ImportScreen } from '../import/ImportScreen';
import { ReviewMode } from '../review/ReviewMode';
import { TrainingBanner } from '../training/TrainingBanner';
import type { SampleJourney } from '../training/sample-journeys';
import { prepareTrainingStore } from '../training/training-mode';
import { JourneyScreen } from '../journey/JourneyScreen';
import { ScenarioScreen } from '../scenarios/ScenarioScreen';
import { UnitCostLibraryScreen } from '../unit-costs/UnitCostLibraryScreen';
import { useAppServices, useUndoState } from '../store/app-services';
import { openStore } from '../store/store-opening';
import { DiagnosticReportButton } from './DiagnosticReportButton';
import { ErrorBoundary } from './ErrorBoundary';
import { useUnexpectedErrors } from './use-unexpected-errors';
import { useHashRoute } from './use-hash-route';
import { useStoragePersistence } from './use-storage-persistence';
import { useUndoShortcuts } from './use-undo-shortcuts';

/** The window: its header and screen navigation, notices, the current screen, and the status bar. */
export function App({ training }: { training: SampleJourney | null }) {
  const { db, history, platform } = useAppServices();
  const [route, navigate] = useHashRoute();
  const persistence = useStoragePersistence();
  const undo = useUndoState();
  const [pendingCommand, setPendingCommand] = useState<MenuCommand | null>(null);
  const [storeClosed, setStoreClosed] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // Another window upgraded the database: keep nothing half-open, tell the user why.
    const store = openStore(db, () => setStoreClosed(true));
    store.opened
      .then(() => (training === null ? null : prepareTrainingStore(db, training, window.location)))
      .then((landing) => {
        if (landing !== null) navigate(landing);
        setReady(true);
      })
      .catch(() => setStoreClosed(true));
    return store.stopWatching;
  }, [db, training, navigate]);

  const [backupProblem, setBackupProblem] = useState<string | null>(null);
  const [unexpected, dismissUnexpected] = useUnexpectedErrors();
  // A training sandbox is thrown away on reset: it is never backed up over the user's own backups.
  useDailyBackup(ready && training === null, setBackupProblem);
  usePreparedCohort(ready);

  const onMenuCommand = useCallback(
    (command: MenuCommand) => {
      setPendingCommand(command);
      // Project files open from the case list, wherever the user was.
      if (command === 'open-project-file' || command === 'open-project-files') navigate({ screen: 'cases' });
    },
    [navigate],
  );
  useUndoShortcuts(onMenuCommand);

  if (storeClosed) {
    return (
      <main className="fatal" role="alert">
        <h1>Journey Mapper</h1>
        <p>
          The local case store was upgraded or locked by another Journey Mapper window, so this window stopped
          using it to keep your data safe.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }

  return (
    <div className="app" data-app-state={ready ? 'ready' : 'loading'}>
      <header className="app-header">
        <a className="app-title" href="#/">
          Journey Mapper
        </a>
        <nav aria-label="Screens" className="screen-nav">
          <a href="#/" aria-current={route.screen === 'cases' ? 'page' : undefined}>
            Cases
          </a>
          <a href="#/cohort" aria-current={route.screen === 'cohort' ? 'page' : undefined}>
            Cohort
          </a>
          <a href="#/unit-costs" aria-current={route.screen === 'unit-costs' ? 'page' : undefined}>
            Unit costs
          </a>
          <a href="#/scenarios" aria-current={route.screen === 'scenarios' ? 'page' : undefined}>
            Scenarios
          </a>
          <a href="#/backups" aria-current={route.screen === 'backups' ? 'page' : undefined}>
            Backups
          </a>
        </nav>
        <nav aria-label="History" className="history-buttons">
          <button
            type="button"
            onClick={() => void history.undo()}
            disabled={!undo.canUndo}
            title={undo.undoLabel ? `Undo ${undo.undoLabel}` : 'Nothing to undo'}
          >
            Undo
          </button>
          <button
            type="button"
            onClick={() => void history.redo()}
            disabled={!undo.canRedo}
            title={undo.redoLabel ? `Redo ${undo.redoLabel}` : 'Nothing to redo'}
          >
            Redo
          </button>
        </nav>
      </header>
      <div className="app-notices">
        <TrainingBanner training={training} />
        {unexpected && (
          <div className="unexpected-error" role="alert">
            <strong>Something failed:</strong> {unexpected.message}. Your saved work is safe; the last change
            either saved whole or not at all.{' '}
            <DiagnosticReportButton error={unexpected} where={window.location.hash || '#/'} />{' '}
            <button type="button" onClick={dismissUnexpected}>
              Dismiss
            </button>
          </div>
        )}
      </div>
      <main className="app-main">
        <ErrorBoundary>
          {!ready ? (
            <p className="loading">Opening the local case store…</p>
          ) : route.screen === 'import' ? (
            <ImportScreen
              key={route.caseId ?? ''}
              caseId={route.caseId}
              onDone={(caseId) =>
                navigate(caseId === null ? { screen: 'cases' } : { screen: 'journey', caseId })
              }
            />
          ) : route.screen === 'review' ? (
            <ReviewMode
              key={route.caseId}
              caseId={route.caseId}
              onClose={() => navigate({ screen: 'journey', caseId: route.caseId })}
            />
          ) : route.screen === 'cohort' ? (
            <CohortScreen
              onOpen={(caseId) => navigate({ screen: 'journey', caseId })}
              onReview={(caseId) => navigate({ screen: 'review', caseId })}
            />
          ) : route.screen === 'backups' ? (
            <BackupsScreen />
          ) : route.screen === 'scenarios' ? (
            <ScenarioScreen />
          ) : route.screen === 'unit-costs' ? (
            <UnitCostLibraryScreen />
          ) : route.screen === 'journey' ? (
            <JourneyScreen
              key={route.caseId}
              caseId={route.caseId}
              onClose={() => navigate({ screen: 'cases' })}
              command={pendingCommand}
              onCommandHandled={() => setPendingCommand(null)}
            />
          ) : (
            <CaseListScreen
              onOpen={(caseId) => navigate({ screen: 'journey', caseId })}
              command={pendingCommand}
              onCommandHandled={() => setPendingCommand(null)}
            />
          )}
        </ErrorBoundary>
      </main>
      <footer className="status-bar">
        {backupProblem && (
          <span className="warning" role="alert">
            {backupProblem}
          </span>
        )}
        <span>
          Data stays on this {platform.kind === 'electron' ? 'computer' : 'computer, in this browser'}.
        </span>
        <span
          data-testid="storage-persistence"
          className={persistence === 'may be cleared' ? 'warning' : undefined}
        >
          Storage:{' '}
          {persistence === 'may be cleared'
            ? 'may be cleared by the browser under storage pressure — export regularly'
            : persistence}
        </span>
      </footer>
    </div>
  );
}
