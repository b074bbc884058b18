import { SAMPLE_JOURNEYS } from './sample-journeys';
import { TrainerNoteText } from './TrainerNoteText';
import { openTraining } from './training-mode';

/** The start screen's samples: each opens as a sandbox in training mode, with its trainer's note to hand. */
export function SampleCards() {
  return (
    <section aria-labelledby="samples-heading" className="samples">
      <h2 id="samples-heading">Samples for training</h2>
      <p className="hint">
        Each opens as a sandbox copy in training mode: nothing done there touches your cases, and Reset brings
        the sample back as shipped.
      </p>
      <ul className="sample-list">
        {SAMPLE_JOURNEYS.map((sample) => (
          <li key={sample.id} aria-labelledby={`sample-${sample.id}`}>
            <h3 id={`sample-${sample.id}`}>{sample.title}</h3>
            <p>{sample.summary}</p>
            {/* The sample's name is in the visible text, not only in an aria-label, so a voice user can say what they see (WCAG 2.5.3). */}
            <button type="button" onClick={() => openTraining(sample)}>
              Open {sample.title} in training mode
            </button>
            <details>
              <summary>Trainer&apos;s note</summary>
              <TrainerNoteText note={sample.trainerNote} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
