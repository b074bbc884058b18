import type { TrainerNote } from './sample-journeys';

/** A sample's trainer's note: what to look for, what the sample flags, and what is left for the trainee to find. */
export function TrainerNoteText({ note }: { note: TrainerNote }) {
  return (
    <div className="trainer-note">
      <p>{note.lookFor}</p>
      <h4>Flagged in the sample</h4>
      <ul>{note.flagged.map((item) => <li key={item}>{item}</li>)}</ul>
      <h4>Left for the trainee to find</h4>
      <ul>{note.toFind.map((item) => <li key={item}>{item}</li>)}</ul>
    </div>
  );
}
