import { useAppServices } from '../store/app-services';

/** Confirms a destructive step and offers the way back at once, where the user is looking. */
export function UndoToast({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { history } = useAppServices();
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button
        type="button"
        onClick={() => {
          void history.undo();
          onDismiss();
        }}
      >
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
