import { invertChangeSet, isEmptyChangeSet, type ChangeSet } from '../../shared/editing/change-set';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

const MAX_STEPS = 500;

/**
 * The undo and redo stacks over change sets. It knows nothing of Dexie: `write` applies a change
 * set atomically, so the history is only advanced once the store has accepted the change.
 */
export class UndoHistory {
  private done: ChangeSet[] = [];
  private undone: ChangeSet[] = [];
  private listeners = new Set<() => void>();
  private state: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly write: (changeSet: ChangeSet) => Promise<void>) {}

  /** Applies an edit and records it. Edits run one after another so undo order is edit order. */
  perform(changeSet: ChangeSet): Promise<void> {
    if (isEmptyChangeSet(changeSet)) return Promise.resolve();
    return this.serialise(async () => {
      await this.write(changeSet);
      this.done.push(changeSet);
      if (this.done.length > MAX_STEPS) this.done.shift();
      this.undone = [];
      this.publish();
    });
  }

  undo(): Promise<void> {
    return this.serialise(async () => {
      const last = this.done.at(-1);
      if (last === undefined) return;
      await this.write(invertChangeSet(last));
      this.done.pop();
      this.undone.push(last);
      this.publish();
    });
  }

  redo(): Promise<void> {
    return this.serialise(async () => {
      const next = this.undone.at(-1);
      if (next === undefined) return;
      await this.write(next);
      this.undone.pop();
      this.done.push(next);
      this.publish();
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): UndoState => this.state;

  private serialise(step: () => Promise<void>): Promise<void> {
    const run = this.queue.then(step, step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private publish(): void {
    this.state = {
      canUndo: this.done.length > 0,
      canRedo: this.undone.length > 0,
      undoLabel: this.done.at(-1)?.label ?? null,
      redoLabel: this.undone.at(-1)?.label ?? null,
    };
    for (const listener of this.listeners) listener();
  }
}
