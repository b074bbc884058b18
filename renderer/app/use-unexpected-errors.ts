import { useEffect, useState } from 'react';

/**
 * Failures outside any screen (an async task, a worker message) reach the window; they are caught
 * here and shown, rather than lost in the console while the user's work silently stops saving.
 */
export function useUnexpectedErrors(): [Error | null, () => void] {
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    const onError = (event: ErrorEvent) => {
      // The browser's note that a resize observer (the timeline's, React Flow's) will hear of a
      // size change on the next frame, not this one: nothing failed. It comes with no error object.
      if (event.error == null && event.message.startsWith('ResizeObserver loop')) return;
      setError(event.error instanceof Error ? event.error : new Error(event.message));
    };
    const onRejection = (event: PromiseRejectionEvent) =>
      setError(event.reason instanceof Error ? event.reason : new Error(String(event.reason)));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);
  return [error, () => setError(null)];
}
