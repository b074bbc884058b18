import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../shared/model';
import {
  dayToX,
  layoutJourney,
  prepareJourneyTracks,
  visibleItems,
  type TimeScale,
} from '../../../shared/timeline';
import { MarkLayer } from '../../../renderer/journey/timeline/MarkLayer';
import { shareItems, type JourneyIndex } from '../../../renderer/journey/timeline/flow-elements';
import { contact, police } from './street-contacts';

/**
 * From 01/02/2019, forty contacts five days apart and, every fifth, two more on the next two days:
 * at 1.5 px a day one row of cards holds a few, the rest are lone marks and "n contacts" spans.
 */
const contacts = Array.from({ length: 40 }, (_, i) =>
  [0, ...(i % 5 === 0 ? [1, 2] : [])].map((extra) =>
    contact(`c${i}-${extra}`, new Date(Date.UTC(2019, 1, 1 + 5 * i + extra)).toISOString().slice(0, 10)),
  ),
).flat();
const firstDay = toDayNumber(contacts[0].start);
const lastDay = toDayNumber(contacts[contacts.length - 1].start);
const index: JourneyIndex = {
  contactsById: new Map(contacts.map((c) => [c.id, c])),
  agenciesById: new Map([['police', police]]),
  lifeEventsById: new Map(),
};
const tracks = prepareJourneyTracks({
  contacts: contacts.map((c) => ({
    id: c.id,
    agencyId: c.agencyId,
    startDay: toDayNumber(c.start),
    missedOpportunity: false,
    textWidth: 90,
    labelWidth: 60,
  })),
  agencies: [police],
  lifeEvents: [],
});

interface Drawn {
  id: string;
  date: string;
  dateEnd: string | null;
  /** Flow x of its left and right edges, as the browser would place them. */
  left: number;
  right: number;
}

/** Renders the layer and places each element as CSS would: the layer's left + share of its width + margin. */
function drawn(laidOut: TimeScale, shown: TimeScale): Drawn[] {
  const layout = layoutJourney(tracks, laidOut, { dims: { maxRows: 1 } });
  const { markItems } = shareItems(visibleItems(layout, -Infinity, Infinity), []);
  const html = renderToStaticMarkup(
    <MarkLayer
      items={markItems}
      scale={shown}
      layer={{ firstDay, days: lastDay - firstDay }}
      index={index}
      selectedContactId={null}
      suggested={new Map()}
      onSelectContact={() => undefined}
      onSelectLifeEvent={() => undefined}
      onOpenSpan={() => undefined}
    />,
  );
  const px = (style: string, property: string) =>
    Number(new RegExp(`(?:^|;)${property}:(-?[\\d.e-]+)`).exec(style)?.[1] ?? NaN);
  const layerStyle = /class="mark-layer" style="([^"]*)"/.exec(html)?.[1] ?? '';
  const layerLeft = px(layerStyle, 'left');
  const layerWidth = px(layerStyle, 'width');
  return [
    ...html.matchAll(
      /<div class="(?:contact-mark|cluster-node)[^"]*" style="([^"]*)"[^>]*?data-mark-id="([^"]+)"[^>]*?data-date="([^"]+)"(?: data-date-end="([^"]+)")?/g,
    ),
  ].map(([, style, id, date, dateEnd]) => {
    const left = layerLeft + (px(style, 'left') / 100) * layerWidth + px(style, 'margin-left');
    const width = /width:[\d.e-]+%/.test(style)
      ? (px(style, 'width') / 100) * layerWidth
      : px(style, 'width');
    return { id, date, dateEnd: dateEnd ?? null, left, right: left + width };
  });
}

describe('the mark layer', () => {
  const laidOut = { originDay: toDayNumber('2019-01-01'), pxPerDay: 1.5 };

  it('draws the marks and spans it is given, each centred on its date or spanning its first to last date', () => {
    const marks = drawn(laidOut, laidOut);
    expect(marks.some((m) => m.dateEnd === null)).toBe(true);
    expect(marks.some((m) => m.dateEnd !== null)).toBe(true);
    for (const m of marks) {
      if (m.dateEnd === null)
        expect(Math.abs((m.left + m.right) / 2 - dayToX(laidOut, toDayNumber(m.date)))).toBeLessThan(0.5);
      else {
        expect(Math.abs(m.left - dayToX(laidOut, toDayNumber(m.date)))).toBeLessThan(0.5);
        expect(Math.abs(m.right - dayToX(laidOut, toDayNumber(m.dateEnd)))).toBeLessThan(0.5);
      }
    }
  });

  it('puts every mark at its date at the scale shown, while a wheel zoom is shown ahead of the layout', () => {
    for (const shown of [
      { originDay: laidOut.originDay + 20, pxPerDay: 4.2 },
      { originDay: laidOut.originDay - 300, pxPerDay: 0.3 },
    ]) {
      for (const m of drawn(laidOut, shown)) {
        const at = m.dateEnd === null ? (m.left + m.right) / 2 : m.left;
        expect(Math.abs(at - dayToX(shown, toDayNumber(m.date))), `${m.id} at ${m.date}`).toBeLessThan(0.5);
        if (m.dateEnd !== null)
          expect(Math.abs(m.right - dayToX(shown, toDayNumber(m.dateEnd)))).toBeLessThan(0.5);
      }
    }
  });

  it('gives each mark its id, date and an accessible name, as a button that roving focus can reach', () => {
    const html = renderToStaticMarkup(
      <MarkLayer
        items={
          shareItems(
            visibleItems(layoutJourney(tracks, laidOut, { dims: { maxRows: 1 } }), -Infinity, Infinity),
            [],
          ).markItems
        }
        scale={laidOut}
        layer={{ firstDay, days: lastDay - firstDay }}
        index={index}
        selectedContactId={null}
        suggested={new Map()}
        onSelectContact={() => undefined}
        onSelectLifeEvent={() => undefined}
        onOpenSpan={() => undefined}
      />,
    );
    expect(html).toMatch(
      /role="button" tabindex="-1" aria-label="Street contact, Police, \d\d\/\d\d\/2019"[^>]*data-contact-id="c[\d-]+" data-date="2019-\d\d-\d\d"/,
    );
    expect(html).toMatch(
      /aria-label="\d+ Police contacts from \d\d\/\d\d\/2019 to \d\d\/\d\d\/2019; select to zoom in"[^>]*data-date="2019-\d\d-\d\d" data-date-end="2019-\d\d-\d\d" data-count="\d+"/,
    );
  });
});
