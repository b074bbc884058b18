import * as Comlink from 'comlink';
import type { z } from 'zod';

/**
 * The one way the app talks to its workers, on comlink: the client calls the worker's methods
 * as promises, progress comes back through a callback the worker calls across the boundary, a
 * long call is cancelled by calling the worker's cancel method, and every reply is checked with
 * zod on the app's side, as a worker is a boundary like any other.
 */

export type OnProgress = (done: number, total: number) => void;

/** Worker side: each of the api's methods answers the client's call of the same name. */
export function serveWorker(api: object, endpoint?: Comlink.Endpoint): void {
  Comlink.expose(api, endpoint);
}

/** A callback the worker may call back across the boundary: progress, mostly. */
export function callback<F extends (...args: never[]) => unknown>(f: F): F & Comlink.ProxyMarked {
  return Comlink.proxy(f);
}

/** A progress callback for the worker, or none. */
export function progressCallback(
  onProgress: OnProgress | undefined,
): (OnProgress & Comlink.ProxyMarked) | undefined {
  return onProgress === undefined ? undefined : callback(onProgress);
}

/**
 * The client's side of one worker, started on first use. Ending it (a cancel that cannot wait,
 * leaving the screen, a worker that failed to load) rejects every call still waiting.
 */
export class WorkerClient<Api> {
  private worker: Worker | null = null;
  private remote: Comlink.Remote<Api> | null = null;
  private readonly waiting = new Set<(error: Error) => void>();

  constructor(
    private readonly name: string,
    private readonly create: () => Worker,
  ) {}

  start(): void {
    if (this.worker !== null) return;
    const worker = this.create();
    worker.addEventListener('error', (event) => {
      if (this.worker === worker) this.end(new Error(event.message || `the ${this.name} worker stopped`));
    });
    this.worker = worker;
    this.remote = Comlink.wrap<Api>(worker);
  }

  /** Whether a call is waiting for its reply. */
  get busy(): boolean {
    return this.waiting.size > 0;
  }

  /** Calls the worker and checks its reply against the schema. */
  call<T>(reply: z.ZodType<T>, ask: (api: Comlink.Remote<Api>) => Promise<unknown>): Promise<T> {
    this.start();
    const remote = this.remote as Comlink.Remote<Api>;
    return new Promise<T>((resolve, reject) => {
      this.waiting.add(reject);
      ask(remote)
        .then(
          (answer) => {
            const parsed = reply.safeParse(answer);
            if (parsed.success) resolve(parsed.data);
            else
              reject(
                new Error(
                  `the ${this.name} worker sent a reply the app cannot read: ${parsed.error.issues[0]?.message ?? ''}`,
                ),
              );
          },
          (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
        )
        .finally(() => this.waiting.delete(reject));
    });
  }

  /** Sends a call whose answer nobody waits for (a cancel). */
  tell(ask: (api: Comlink.Remote<Api>) => Promise<unknown>): void {
    if (this.remote !== null) void ask(this.remote).catch(() => undefined);
  }

  /** Ends the worker; every call still waiting is rejected with the reason. */
  end(reason: Error): void {
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
    for (const reject of this.waiting) reject(reason);
    this.waiting.clear();
  }
}

/** Worker side: a reply whose buffers move to the app rather than being copied. */
export function transferred<T>(value: T, buffers: Transferable[]): T {
  return Comlink.transfer(value, buffers);
}
