import { formatPence } from '../../shared/costing/money';
import { formatDateAsWritten } from '../../shared/model';
import type { ContextContact, MissedOpportunitySlide, ReviewSlides } from '../../shared/review/review-slides';
import { CONTEXT_DAYS } from '../../shared/review/review-slides';
import { ContextTimeline } from './ContextTimeline';

function ContextList({ title, contacts }: { title: string; contacts: ContextContact[] }) {
  return (
    <div className="review-context">
      <h3>{title}</h3>
      {contacts.length === 0 ? (
        <p className="hint">No contacts.</p>
      ) : (
        <ul>
          {contacts.slice(0, 8).map((c) => (
            <li key={c.contactId} className={c.missed ? 'missed' : undefined}>
              <span className="review-date">{formatDateAsWritten(c.start)}</span> {c.agency}: {c.contactType}
            </li>
          ))}
          {contacts.length > 8 && <li className="hint">…and {contacts.length - 8} more</li>}
        </ul>
      )}
    </div>
  );
}

export function OpeningSlide({ slides }: { slides: ReviewSlides }) {
  return (
    <>
      <h1>{slides.pseudonym}</h1>
      <p className="review-lead">
        {slides.contacts} contacts with {slides.agencies.length} agencies
        {slides.first && slides.last
          ? `, ${formatDateAsWritten(slides.first)} to ${formatDateAsWritten(slides.last)}`
          : ''}
        .
      </p>
      <p className="review-figure">{formatPence(slides.totalPence)}</p>
      <p>
        {slides.missedOpportunities.length} missed opportunities to review
        {slides.uncostedContacts > 0
          ? `; ${slides.uncostedContacts} contacts have no cost and are not counted`
          : ''}
        .
      </p>
    </>
  );
}

export function MissedOpportunitySlideView({
  slide,
  index,
  count,
}: {
  slide: MissedOpportunitySlide;
  index: number;
  count: number;
}) {
  return (
    <>
      <p className="review-step">
        Missed opportunity {index + 1} of {count}
      </p>
      <h1>
        {formatDateAsWritten(slide.start)} · {slide.agency}: {slide.contactType}
      </h1>
      <p className="review-category">{slide.category}</p>
      {slide.note && <p className="review-note">{slide.note}</p>}
      {slide.shouldHaveHappened && (
        <p>
          <strong>What should have happened:</strong> {slide.shouldHaveHappened}
        </p>
      )}
      <p className="review-costs">
        Cost to the system afterwards: <strong>{formatPence(slide.costAfter12MonthsPence)}</strong> within 12
        months, <strong>{formatPence(slide.costAfterPence)}</strong> to the end of the journey.
        {slide.costAfterUncertainPence > 0 && (
          <>
            {' '}
            A further <strong>{formatPence(slide.costAfterUncertainPence)}</strong> was spent on contacts
            whose dates are too approximate to say whether they came before or after.
          </>
        )}
      </p>
      <ContextTimeline slide={slide} />
      <div className="review-before-after">
        <ContextList title={`In the ${CONTEXT_DAYS} days before`} contacts={slide.before} />
        <ContextList title={`In the ${CONTEXT_DAYS} days after`} contacts={slide.after} />
      </div>
    </>
  );
}

export function SummarySlide({ slides }: { slides: ReviewSlides }) {
  return (
    <>
      <h1>Summary: {slides.pseudonym}</h1>
      <p className="review-figure">{formatPence(slides.totalPence)}</p>
      <div className="review-before-after">
        <table className="breakdown" aria-label="Cost by organisation">
          <caption>Cost by organisation bearing it</caption>
          <tbody>
            {slides.costBearerLines.map((line) => (
              <tr
                key={line.name}
                data-rounding={line.rounding || undefined}
                className={line.rounding ? 'rounding-line' : undefined}
              >
                <th scope="row">{line.name}</th>
                <td className="number">{formatPence(line.pence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div>
          <table className="breakdown" aria-label="Missed opportunities by category">
            <caption>Missed opportunities by category</caption>
            <tbody>
              {slides.missedByCategory.map((m) => (
                <tr key={m.category}>
                  <th scope="row">{m.category}</th>
                  <td className="number">{m.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <strong>Agencies involved:</strong> {slides.agencies.join(', ')}
          </p>
        </div>
      </div>
    </>
  );
}
