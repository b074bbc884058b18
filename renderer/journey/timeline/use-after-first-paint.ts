import { useEffect, useState } from 'react';

/**
 * False until the frame after `shown` first holds has been painted. Work that only fills in
 * around the timeline (costing the journey, running the suggestion rules) waits for it, so the
 * timeline is drawn first and the cost line and side panel follow a frame later.
 */
export function useAfterFirstPaint(shown: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!shown || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before that frame is painted; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [shown, painted]);
  return painted;
}
