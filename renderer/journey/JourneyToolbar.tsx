import { useState, type ComponentProps, type ReactNode } from 'react';
import { coveredYears, type DeflatorSeries } from '../../shared/costing/deflator';
import { FinancialYear, type Case } from '../../shared/model';
import { AnonymiseDialog } from '../anonymise';
import { PopupMenu } from '../components/PopupMenu';
import { ExportMenu } from '../export';

interface JourneyToolbarProps {
  theCase: Case;
  counts: string;
  priceBase: FinancialYear;
  series: DeflatorSeries;
  onPriceBase: (year: FinancialYear) => void;
  onClose: () => void;
  onAddContact: () => void;
  onAddLifeEvent: () => void;
  onLanes: () => void;
  onCaseDetails: () => void;
  onOutcomes: () => void;
  onZoomOut: () => void;
  onZoomIn: () => void;
  onFit: () => void;
  pictureItems: ComponentProps<typeof ExportMenu>['extraItems'];
  /** Timeline or Table: how the journey is shown. */
  viewSwitch: ReactNode;
}

/**
 * The journey's toolbar on one line from 1280 px wide: the case and its counts stacked, then
 * groups (price base; adding; time; output), and what is used less often under More, so a
 * further view switch still fits.
 */
export function JourneyToolbar(props: JourneyToolbarProps) {
  const {
    theCase,
    counts,
    priceBase,
    series,
    onPriceBase,
    onClose,
    onAddContact,
    onAddLifeEvent,
    onLanes,
    onCaseDetails,
    onOutcomes,
    onZoomOut,
    onZoomIn,
    onFit,
    pictureItems,
    viewSwitch,
  } = props;
  // Opened from the More menu, which closes as the dialog opens; the cases are fixed at that moment.
  const [anonymising, setAnonymising] = useState(false);
  return (
    <div className="journey-toolbar" role="toolbar" aria-label="Journey">
      <button type="button" onClick={onClose}>
        ← Cases
      </button>
      <div className="journey-title">
        <h1 id="journey-heading" title={theCase.pseudonym}>
          {theCase.pseudonym}
        </h1>
        <span className="journey-counts" data-testid="journey-counts">
          {counts}
        </span>
      </div>
      {viewSwitch}
      <span className="toolbar-spacer" />
      <label className="price-base">
        Prices of
        <select
          value={priceBase}
          onChange={(e) => onPriceBase(FinancialYear.parse(e.target.value))}
          aria-label="Price year for all costs"
        >
          {coveredYears(series).map((y) => (
            <option key={y} value={y}>
              {y}
              {series.forecastFrom !== undefined && y >= series.forecastFrom ? ' (forecast)' : ''}
            </option>
          ))}
        </select>
      </label>
      <div className="toolbar-group" role="group" aria-label="Add">
        <button type="button" className="primary" onClick={onAddContact} aria-keyshortcuts="N">
          Add contact
        </button>
        <button type="button" onClick={onAddLifeEvent}>
          Add life event
        </button>
      </div>
      <div className="toolbar-group joined" role="group" aria-label="Time">
        <button type="button" onClick={onZoomOut} aria-label="Zoom out time" aria-keyshortcuts="-">
          −
        </button>
        <button type="button" onClick={onZoomIn} aria-label="Zoom in time" aria-keyshortcuts="+">
          +
        </button>
        <button type="button" onClick={onFit} aria-keyshortcuts="F">
          Fit journey
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="Share">
        <a className="button" href={`#/review/${encodeURIComponent(theCase.id)}`}>
          Review
        </a>
        <ExportMenu caseIds={[theCase.id]} baseName={theCase.pseudonym} extraItems={pictureItems} />
      </div>
      <PopupMenu label="More ▾" ariaLabel="More journey actions">
        {(close) => {
          const act = (action: () => void) => () => {
            close();
            action();
          };
          return (
            <>
              <button type="button" role="menuitem" onClick={act(onCaseDetails)}>
                Case details…
              </button>
              <button type="button" role="menuitem" onClick={act(onLanes)}>
                Lanes…
              </button>
              <button type="button" role="menuitem" onClick={act(onOutcomes)}>
                Outcomes…
              </button>
              <a
                className="button"
                role="menuitem"
                href={`#/import/${encodeURIComponent(theCase.id)}`}
                onClick={close}
              >
                Import…
              </a>
              <button type="button" role="menuitem" onClick={act(() => setAnonymising(true))}>
                Anonymise…
              </button>
            </>
          );
        }}
      </PopupMenu>
      {anonymising && <AnonymiseDialog caseIds={[theCase.id]} onClose={() => setAnonymising(false)} />}
    </div>
  );
}
