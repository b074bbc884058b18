import { useCallback, useEffect, useRef, useState } from 'react';
import { zoomAround, type TimeScale } from '../../../shared/timeline';
import { useReducedMotion } from '../../components/use-reduced-motion';

/** A wheel zoom is laid out again once the wheel has rested this long... */
const SETTLE_MS = 120;
/** ...and, while it keeps turning, this often, once zooming out has left part of the view without cards. */
const REFRESH_MS = 250;

export interface ZoomGesture {
  /** The scale the axis, bands and cost line show now: the laid-out scale, or the gesture's. */
  shown: TimeScale;
  /** True while a wheel zoom is shown ahead of its layout. */
  active: boolean;
  /** One step of a wheel zoom by `factor` around flow x `anchorX`. */
  zoomBy: (factor: number, anchorX: number) => void;
  /** Drops the gesture without laying it out: another change of scale takes its place. */
  cancel: () => void;
}

/**
 * A wheel zoom is drawn at once and laid out a moment later. Laying out a time scale (cards packed
 * into rows, marks, React Flow's nodes) costs several frames; while the wheel turns, the cards
 * laid out at the last scale are carried to where their dates now are by one transform on the
 * card layer (text keeps its size, nothing stretches), and the axis and cost line follow the new
 * scale exactly. The layout is redone when the wheel rests; while it keeps turning, only when the
 * carried cards no longer cover the view (`carriedCardsCover`), and then at most every REFRESH_MS.
 * Laying out every REFRESH_MS whatever the direction dropped frames four times a second
 * (BENCHMARKS.md). The marks and spans are not carried: their layer places them by day at the
 * scale shown (MarkLayer).
 * When the system asks for reduced motion, nothing glides: each step is laid out where it lands.
 */
export function useZoomGesture(
  scale: TimeScale,
  commit: (scale: TimeScale) => void,
  carriedCardsCoverView: (shown: TimeScale) => boolean,
): ZoomGesture {
  const [gesture, setGesture] = useState<TimeScale | null>(null);
  const reducedMotion = useReducedMotion();
  const latest = useRef({ scale, gesture, commit, carriedCardsCoverView, reducedMotion });
  latest.current = { scale, gesture, commit, carriedCardsCoverView, reducedMotion };
  const timers = useRef<{ settle?: ReturnType<typeof setTimeout>; refresh?: ReturnType<typeof setTimeout> }>(
    {},
  );

  const cancel = useCallback(() => {
    clearTimeout(timers.current.settle);
    clearTimeout(timers.current.refresh);
    timers.current = {};
    latest.current.gesture = null;
    setGesture(null);
  }, []);

  const layOut = useCallback(() => {
    const { gesture: shown, commit: apply } = latest.current;
    cancel();
    if (shown !== null) apply(shown);
  }, [cancel]);

  const zoomBy = useCallback(
    (factor: number, anchorX: number) => {
      const from = latest.current.gesture ?? latest.current.scale;
      const next = zoomAround(from, factor, anchorX);
      if (latest.current.reducedMotion) {
        latest.current.commit(next);
        return;
      }
      latest.current.gesture = next;
      setGesture(next);
      clearTimeout(timers.current.settle);
      timers.current.settle = setTimeout(layOut, SETTLE_MS);
      if (!latest.current.carriedCardsCoverView(next))
        timers.current.refresh ??= setTimeout(layOut, REFRESH_MS);
    },
    [layOut],
  );

  useEffect(() => cancel, [cancel]);

  return { shown: gesture ?? scale, active: gesture !== null, zoomBy, cancel };
}
