import { useState } from 'react';
import { useAppServices } from '../store/app-services';
import { ConfirmDialog } from '../components/ConfirmDialog';
import type { SampleJourney } from './sample-journeys';
import { TrainerNoteText } from './TrainerNoteText';
import { leaveTraining, resetTraining } from './training-mode';

/** Always on screen in training, so nobody mistakes the sandbox for their real cases. */
export function TrainingBanner({ training }: { training: SampleJourney | null }) {
  const { db } = useAppServices();
  const [confirming, setConfirming] = useState(false);
  const [showingNote, setShowingNote] = useState(false);
  if (training === null) return null;
  return (
    <>
      <div className="training-banner" role="status" data-testid="training-banner">
        <span>
          <strong>Training</strong>: {training.title}. A sandbox copy: nothing done here touches your real
          cases.
        </span>
        <button
          type="button"
          aria-expanded={showingNote}
          aria-controls="trainer-note"
          onClick={() => setShowingNote((shown) => !shown)}
        >
          Trainer&apos;s note
        </button>
        <button type="button" onClick={() => setConfirming(true)}>
          Reset the sample
        </button>
        <button type="button" onClick={leaveTraining}>
          Leave training
        </button>
        {confirming && (
          <ConfirmDialog
            title={`Reset ${training.title}?`}
            message="Everything done in this training session is thrown away and the sample comes back exactly as shipped."
            confirmLabel="Reset"
            onConfirm={() => void resetTraining(db)}
            onCancel={() => setConfirming(false)}
          />
        )}
      </div>
      {/* Outside the status region, so opening the note is not read out as an announcement. */}
      {showingNote && (
        <section
          id="trainer-note"
          className="training-note-panel"
          aria-label={`Trainer's note: ${training.title}`}
        >
          <TrainerNoteText note={training.trainerNote} />
        </section>
      )}
    </>
  );
}
