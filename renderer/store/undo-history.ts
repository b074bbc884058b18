import { invertChangeSet, isEmptyChangeSet, type ChangeSet } from '../../shared/editing/change-set';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/** One step of the history: it knows how to take itself back and do itself again. */
export interface UndoStep {
  /** In the users' words, shown as "Undo add contact". */
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const MAX_STEPS = 500;

/**
 * The undo and redo stacks. Most steps are change sets, which `write` applies atomically; an
 * import of a million rows is its own kind of step (it writes itself, and holds a compact record
 * instead of every row). The history is only advanced once the store has accepted a change.
 */
export class UndoHistory {
  private done: UndoStep[] = [];
  private undone: UndoStep[] = [];
  private listeners = new Set<() => void>();
  private state: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * `write` applies a change set and logs it as `step` (its label, or "undo …" / "redo …"); it may
   * hand back the change set as it was written (updates carried onto the stored rows).
   */
  constructor(private readonly write: (changeSet: ChangeSet, step: string) => Promise<ChangeSet | void>) {}

  /** Applies an edit and records it. Edits run one after another so undo order is edit order. */
  perform(changeSet: ChangeSet): Promise<void> {
    if (isEmptyChangeSet(changeSet)) return Promise.resolve();
    return this.performStep(async () => {
      const written = (await this.write(changeSet, changeSet.label)) ?? changeSet;
      return {
        label: written.label,
        undo: async () => {
          await this.write(invertChangeSet(written), `undo ${written.label}`);
        },
        redo: async () => {
          await this.write(written, `redo ${written.label}`);
        },
      };
    });
  }

  /** Runs an edit that writes itself, in turn with the others, and records the step it returns. */
  performStep(run: () => Promise<UndoStep>): Promise<void> {
    return this.serialise(async () => {
      this.done.push(await run());
      if (this.done.length > MAX_STEPS) this.done.shift();
      this.undone = [];
      this.publish();
    });
  }

  undo(): Promise<void> {
    return this.serialise(async () => {
      const last = this.done.at(-1);
      if (last === undefined) return;
      await last.undo();
      this.done.pop();
      this.undone.push(last);
      this.publish();
    });
  }

  redo(): Promise<void> {
    return this.serialise(async () => {
      const next = this.undone.at(-1);
      if (next === undefined) return;
      await next.redo();
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
