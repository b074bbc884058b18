import { useLayoutEffect, useState, type RefObject } from 'react';

/** The element's size, measured before its first paint and kept up to date as it changes. */
export function useElementSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    // Measured now, so the first frame painted is already laid out for this width (not for none and then again).
    const resize = (width: number, height: number) =>
      setSize((size) => (size.width === width && size.height === height ? size : { width, height }));
    const box = element.getBoundingClientRect();
    resize(box.width, box.height);
    const observer = new ResizeObserver(([entry]) =>
      resize(entry.contentRect.width, entry.contentRect.height),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
