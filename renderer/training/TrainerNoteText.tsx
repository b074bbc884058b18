import { useId, useState } from 'react';
import type { TrainerNote } from './sample-journeys';

/**
 * A sample's trainer's note: what to look for, what the sample flags, and what is left for the
 * trainee to find. The last are the answers to the exercise, so they stay hidden until asked for:
 * a trainee browsing the samples must not meet them by opening a note.
 */
export function TrainerNoteText({ note }: { note: TrainerNote }) {
  const [showingAnswers, setShowingAnswers] = useState(false);
  const answersId = useId();
  return (
    <div className="trainer-note">
      <p>{note.lookFor}</p>
      <h4>Flagged in the sample</h4>
      <ul>
        {note.flagged.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h4>Left for the trainee to find ({note.toFind.length})</h4>
      <button
        type="button"
        aria-expanded={showingAnswers}
        aria-controls={answersId}
        onClick={() => setShowingAnswers((shown) => !shown)}
      >
        {showingAnswers ? 'Hide answers' : 'Show answers'}
      </button>
      {showingAnswers && (
        <ul id={answersId}>
          {note.toFind.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
