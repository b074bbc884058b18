import type { FocusRing } from './use-timeline-keyboard';

export const TIMELINE_KEYS_HELP =
  'Left and right arrows: the previous or next contact in the lane. Up and down arrows: the nearest contact in time in the lane above or below. Home and End: the first or last contact in the lane; with Ctrl, in the journey. Enter opens the contact, Delete deletes it (Ctrl+Z undoes). Shift with the arrows pans, plus and minus zoom time, F fits the journey, N adds a contact, and a double-click on a lane adds one there.';

/**
 * What the keyboard adds over the picture: a ring round the focused contact (the element the
 * timeline's aria-activedescendant names, so it carries the contact's full name), the keys in
 * words, and a polite live region that says where the view is after a zoom or pan.
 */
export function TimelineKeyboardLayer({
  ring,
  announcement,
  helpId,
}: {
  ring: FocusRing | null;
  announcement: string;
  helpId: string;
}) {
  return (
    <>
      {ring && (
        <div className="timeline-keyboard-layer">
          <div
            id={ring.id}
            role="button"
            aria-roledescription="contact"
            aria-label={ring.name}
            className={`timeline-focus-ring${ring.shown ? ' shown' : ''}`}
            style={{ left: ring.left, top: ring.top, width: ring.width, height: ring.height }}
            data-testid="timeline-focus"
          />
          <div
            className={`timeline-focus-caption${ring.shown ? ' shown' : ''}`}
            style={ring.caption}
            aria-hidden="true"
          >
            {ring.name}
          </div>
        </div>
      )}
      <p id={helpId} className="visually-hidden">
        {TIMELINE_KEYS_HELP}
      </p>
      <p
        className="visually-hidden"
        role="status"
        aria-live="polite"
        data-testid="timeline-view-announcement"
      >
        {announcement}
      </p>
    </>
  );
}
