import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { journeyTotals } from '../../shared/costing/journey-totals';
import { reviewSlides } from '../../shared/review/review-slides';
import { useAppServices } from '../store/app-services';
import { useDeflatorSeries, usePriceBase } from '../store/costing-settings';
import { useAgencies, useCase, useCaseJourney, useUnitCosts } from '../store/journey-queries';
import { safeFileName } from '../export';
import { MissedOpportunitySlideView, OpeningSlide, SummarySlide } from './ReviewSlide';

const NEXT = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'];
const PREVIOUS = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];

/**
 * A journey for a scrutiny panel: full screen, large type, one missed opportunity at a time in
 * date order, then the summary. Arrow keys, Page Up/Down (presentation clickers send these) and
 * Home/End move; Escape leaves. Printing gives the review pack, one slide per page.
 */
export function ReviewMode({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { platform } = useAppServices();
  const theCase = useCase(caseId);
  const journey = useCaseJourney(caseId);
  const agencies = useAgencies();
  const unitCosts = useUnitCosts();
  const [priceBase] = usePriceBase();
  const [series] = useDeflatorSeries();
  const [index, setIndex] = useState(0);

  const slides = useMemo(() => {
    if (!theCase || !journey || !agencies || !unitCosts || !priceBase || !series) return null;
    const totals = journeyTotals({
      contacts: journey.contacts,
      agencies,
      basis: { priceBase, series, unitCosts },
    });
    return reviewSlides(theCase, journey.contacts, agencies, totals);
  }, [theCase, journey, agencies, unitCosts, priceBase, series]);
  const count = slides === null ? 0 : slides.missedOpportunities.length + 2;

  // The handler reads the slide count and the exit through refs, updated as each render commits,
  // so a key pressed just after the slides appear never meets a listener from before they loaded.
  const countRef = useRef(count);
  const closeRef = useRef(onClose);
  useLayoutEffect(() => {
    countRef.current = count;
    closeRef.current = onClose;
  });
  useEffect(() => {
    const go = (to: (i: number) => number) =>
      setIndex((i) => Math.max(0, Math.min(countRef.current - 1, to(i))));
    const onKey = (event: KeyboardEvent) => {
      if (NEXT.includes(event.key)) go((i) => i + 1);
      else if (PREVIOUS.includes(event.key)) go((i) => i - 1);
      else if (event.key === 'Home') go(() => 0);
      else if (event.key === 'End') go(() => countRef.current - 1);
      else if (event.key === 'Escape') closeRef.current();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (slides === null) return <p className="loading">Opening the review…</p>;
  const pages = [
    <OpeningSlide key="opening" slides={slides} />,
    ...slides.missedOpportunities.map((m, i) => (
      <MissedOpportunitySlideView
        key={m.contactId}
        slide={m}
        index={i}
        count={slides.missedOpportunities.length}
      />
    )),
    <SummarySlide key="summary" slides={slides} />,
  ];
  return (
    <div
      className="review-mode"
      role="region"
      aria-label={`Review of ${slides.pseudonym}`}
      aria-roledescription="slide show"
    >
      <div className="review-controls">
        <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
          ← Previous
        </button>
        <span data-testid="review-position">
          {index + 1} / {count}
        </span>
        <button
          type="button"
          onClick={() => setIndex((i) => Math.min(count - 1, i + 1))}
          disabled={index === count - 1}
        >
          Next →
        </button>
        <button
          type="button"
          onClick={() => void platform.printJourney(`${safeFileName(slides.pseudonym)} review pack.pdf`)}
        >
          Print review pack
        </button>
        <button type="button" onClick={onClose}>
          Leave review (Esc)
        </button>
      </div>
      {pages.map((page, i) => (
        <section
          key={i}
          className={`review-slide${i === index ? ' current' : ''}`}
          aria-hidden={i !== index}
          data-testid={i === index ? 'review-slide' : undefined}
        >
          {page}
        </section>
      ))}
    </div>
  );
}
