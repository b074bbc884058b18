import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { TimelineCamera, type CameraView } from '../../../shared/timeline';

export interface TimelineCameraHandle {
  camera: TimelineCamera;
  view: CameraView;
}

/**
 * The timeline's camera for one canvas: sized to the canvas and fitted to the journey before the
 * first paint, and Ctrl/Cmd + wheel (or a trackpad pinch) on the canvas gathered into one zoom
 * step a frame, handed to `onWheelZoom` (factor, canvas x of the pointer). A plain wheel is left
 * to React Flow, which pans.
 */
export function useTimelineCamera(
  canvasRef: RefObject<HTMLElement | null>,
  size: { width: number; height: number },
  journey: { minDay: number; maxDay: number },
  onWheelZoom: (factor: number, anchorX: number) => void,
): TimelineCameraHandle {
  const [camera] = useState(() => new TimelineCamera());
  const view = useSyncExternalStore(camera.subscribe, camera.snapshot);

  // Before paint, so the first frame shows the whole journey rather than a default scale.
  useLayoutEffect(() => {
    camera.setJourney(journey.minDay, journey.maxDay);
    camera.setSize(size.width, size.height);
  }, [camera, journey.minDay, journey.maxDay, size.width, size.height]);

  const zoomRef = useRef(onWheelZoom);
  zoomRef.current = onWheelZoom;
  useEffect(() => {
    const element = canvasRef.current;
    if (element === null) return;
    let frame = 0;
    const onWheel = (event: WheelEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      event.stopPropagation();
      const firstOfFrame = camera.wheel(event.deltaY, event.clientX - element.getBoundingClientRect().left);
      if (!firstOfFrame) return;
      frame = requestAnimationFrame(() => {
        const step = camera.takeWheel();
        if (step !== null) zoomRef.current(step.factor, step.anchorX);
      });
    };
    element.addEventListener('wheel', onWheel, { passive: false, capture: true });
    return () => {
      element.removeEventListener('wheel', onWheel, { capture: true });
      cancelAnimationFrame(frame);
      camera.takeWheel();
    };
  }, [camera, canvasRef]);

  return { camera, view };
}
