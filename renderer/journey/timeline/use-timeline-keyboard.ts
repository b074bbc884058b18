import type { Viewport } from '@xyflow/react';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { ContactCost } from '../../../shared/costing/contact-cost';
import type { Agency, Contact } from '../../../shared/model';
import {
  contactAccessibleName,
  contactToFocus,
  dayToX,
  describeView,
  focusAfterDeleting,
  itemOfContact,
  moveFocus,
  type JourneyLayout,
  type JourneyTracks,
  type TimelineMove,
} from '../../../shared/timeline';

/** The arrows, Home and End without Shift (Shift+arrows pan, as they do anywhere on the journey). */
const MOVES: Readonly<Record<string, TimelineMove>> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'lane-above',
  ArrowDown: 'lane-below',
  Home: 'lane-first',
  End: 'lane-last',
};
/** Space kept between the focused contact and the edge of the view when the view follows it. */
const FOLLOW_MARGIN_PX = 32;
/** The view is announced once it has settled, not at every step of a zoom or pan. */
const ANNOUNCE_AFTER_MS = 700;

export interface TimelineKeyboardOptions {
  tracks: JourneyTracks;
  layout: JourneyLayout;
  viewport: Viewport;
  width: number;
  height: number;
  contactsById: ReadonlyMap<string, Contact>;
  agenciesById: ReadonlyMap<string, Agency>;
  /** The costing engine's cost of each contact; undefined until the journey has been costed. */
  costs: ReadonlyMap<string, ContactCost> | undefined;
  suggested: ReadonlyMap<string, string>;
  selectedContactId: string | null;
  /** The days at the view's left and right edges, the journey's first and last, and whether it has been drawn yet. */
  view: { fromDay: number; toDay: number; journeyFromDay: number; journeyToDay: number; drawn: boolean };
  onOpen: (contactId: string) => void;
  onDelete: (contactId: string) => void;
  /** Moves the view (never the contacts) so the focused one is in it. */
  onFollow: (viewport: Viewport) => void;
}

/** Where the focus ring is drawn, on screen, and what it says. */
export interface FocusRing {
  id: string;
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Where the name is written beside the ring: below it, or above it near the foot of the view. */
  caption: { left: number; top?: number; bottom?: number };
  /** Drawn only while the keyboard is in use: a click focuses the timeline too, and wants no ring. */
  shown: boolean;
}

/** Room kept for the written name: its widest (as styled) and two lines of it. */
const CAPTION_WIDTH_PX = 360;
const CAPTION_HEIGHT_PX = 44;
const CAPTION_GAP_PX = 12;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the contact's date is, in the layout's px. */
  dateX: number;
  drawnWith: number;
}

/** The contact's own place: its card or mark, or a mark's width at its date inside an aggregate. */
function boxOf(layout: JourneyLayout, tracks: JourneyTracks, contactId: string): Box | null {
  const item = itemOfContact(layout, contactId);
  const place = tracks.placeOf.get(contactId);
  if (item === null || place === undefined) return null;
  if (item.kind === 'contact' || item.kind === 'mark')
    return { x: item.x, y: item.y, width: item.width, height: item.height, dateX: item.dateX, drawnWith: 0 };
  const dateX = dayToX(layout.scale, tracks.tracks.get(place.agencyId)?.days[place.index] ?? 0);
  const size = layout.dims.markSize;
  return {
    x: dateX - size / 2,
    y: item.y,
    width: size,
    height: size,
    dateX,
    drawnWith: item.kind === 'cluster' ? item.count : 0,
  };
}

/** The least pan that brings a box into the view with a margin; a box wider than the view shows its date (left edge). */
function followed(v: Viewport, box: Box, width: number, height: number): Viewport {
  const along = (at: number, size: number, offset: number, room: number) => {
    if (at + offset < FOLLOW_MARGIN_PX || size > room - 2 * FOLLOW_MARGIN_PX) return FOLLOW_MARGIN_PX - at;
    if (at + size + offset > room - FOLLOW_MARGIN_PX) return room - FOLLOW_MARGIN_PX - at - size;
    return offset;
  };
  const x = along(box.x, box.width, v.x, width);
  const y = Math.min(0, along(box.y, box.height, v.y, height));
  return x === v.x && y === v.y ? v : { ...v, x, y };
}

/**
 * The timeline by keyboard. The canvas is one Tab stop with the role of an application: it keeps
 * the focus and points aria-activedescendant at a ring drawn round the focused contact, which
 * carries that contact's full name. The contacts themselves are not focused: most are not in the
 * page at any moment (only what is in view is drawn, and a zoomed-out contact may be one of an
 * "n contacts" aggregate), and the ring is drawn from the layout, so every contact is reachable.
 */
export function useTimelineKeyboard(options: TimelineKeyboardOptions) {
  const {
    tracks,
    layout,
    viewport,
    width,
    height,
    contactsById,
    agenciesById,
    costs,
    suggested,
    selectedContactId,
    view,
    onOpen,
    onDelete,
    onFollow,
  } = options;
  const [focused, setFocused] = useState<string | null>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const [keyboardInUse, setKeyboardInUse] = useState(false);
  const ringId = useId();
  const helpId = useId();

  // A click on a contact selects it; the keys carry on from there.
  useEffect(() => {
    if (selectedContactId !== null) setFocused(selectedContactId);
  }, [selectedContactId]);

  const current = focused !== null && tracks.placeOf.has(focused) ? focused : null;
  const focusOn = (contactId: string | null) => {
    setFocused(contactId);
    const box = contactId === null ? null : boxOf(layout, tracks, contactId);
    if (box !== null) {
      const next = followed(viewport, box, width, height);
      if (next !== viewport) onFollow(next);
    }
  };
  const starting = () =>
    contactToFocus(tracks, {
      remembered: current,
      selected: selectedContactId,
      viewFromDay: view.fromDay,
      viewToDay: view.toDay,
    });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.shiftKey) return;
    const command = event.ctrlKey || event.metaKey;
    let handled = true;
    if (event.key === 'Home' || event.key === 'End') {
      const from = current ?? starting();
      if (from !== null)
        focusOn(
          moveFocus(
            tracks,
            from,
            command ? (event.key === 'Home' ? 'journey-first' : 'journey-last') : MOVES[event.key],
          ) ?? from,
        );
    } else if (command) handled = false;
    else if (event.key in MOVES) {
      const move = MOVES[event.key];
      // With nothing focused yet (the focused contact was deleted elsewhere), a key lands first.
      focusOn(current === null ? starting() : (moveFocus(tracks, current, move) ?? current));
    } else if (event.key === 'Enter' && current !== null) onOpen(current);
    else if ((event.key === 'Delete' || event.key === 'Backspace') && current !== null) {
      const next = focusAfterDeleting(tracks, current);
      onDelete(current);
      focusOn(next);
    } else handled = false;
    if (!handled) return;
    event.preventDefault();
    setKeyboardInUse(true);
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    setHasFocus(true);
    const byKeyboard = event.currentTarget.matches(':focus-visible');
    setKeyboardInUse(byKeyboard);
    // A click focuses the timeline too; only a keyboard arrival moves the view to the contact.
    if (byKeyboard) focusOn(starting());
    else setFocused(starting());
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (event.target === event.currentTarget) setHasFocus(false);
  };
  const onPointerDown = () => setKeyboardInUse(false);

  const box = current === null ? null : boxOf(layout, tracks, current);
  const contact = current === null ? undefined : contactsById.get(current);
  let ring: FocusRing | null = null;
  if (hasFocus && box !== null && contact !== undefined) {
    const left = box.x + viewport.x;
    const top = box.y + viewport.y;
    const below = top + box.height + CAPTION_GAP_PX + CAPTION_HEIGHT_PX <= height;
    ring = {
      id: `${ringId}-${current}`,
      name: contactAccessibleName({
        contact,
        agencyName: agenciesById.get(contact.agencyId)?.name ?? 'Unknown agency',
        cost: costs?.get(contact.id),
        suggested: suggested.get(contact.id),
        drawnWith: box.drawnWith,
      }),
      left,
      top,
      width: box.width,
      height: box.height,
      caption: {
        left: Math.max(4, Math.min(left, width - CAPTION_WIDTH_PX)),
        ...(below ? { top: top + box.height + CAPTION_GAP_PX } : { bottom: height - top + CAPTION_GAP_PX }),
      },
      shown: keyboardInUse,
    };
  }

  const announcement = useViewAnnouncement(
    view.drawn
      ? describeView(
          view.fromDay,
          view.toDay,
          view.fromDay <= view.journeyFromDay && view.toDay >= view.journeyToDay,
        )
      : null,
  );

  return {
    /** Spread on the element that is the timeline's one Tab stop. */
    focusTarget: {
      tabIndex: 0,
      'aria-activedescendant': ring?.id,
      'aria-describedby': helpId,
      onKeyDown,
      onFocus,
      onBlur,
      onPointerDown,
    },
    helpId,
    ring,
    announcement,
    /** Where a zoom key should zoom around while the timeline has focus: the focused contact's date on screen. */
    zoomAnchorX: hasFocus && box !== null ? box.dateX + viewport.x : null,
  };
}

/**
 * The view's description once it has stopped changing, when it differs from the last one said.
 * The view the journey is first drawn at (null before then) is on the page already: it is not said.
 */
function useViewAnnouncement(description: string | null): string {
  const [announced, setAnnounced] = useState('');
  const said = useRef<string | null>(null);
  useEffect(() => {
    if (description === null) return;
    if (said.current === null) said.current = description;
    if (description === said.current) return;
    const timer = setTimeout(() => {
      said.current = description;
      setAnnounced(description);
    }, ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [description]);
  return announced;
}
