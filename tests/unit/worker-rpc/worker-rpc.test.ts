import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  progressCallback,
  serveWorker,
  WorkerClient,
  type OnProgress,
} from '../../../renderer/worker-rpc/worker-rpc';

interface CountingApi {
  count(to: number, onProgress?: OnProgress): Promise<number>;
  wrongShape(): Promise<unknown>;
  fail(): Promise<never>;
  waitForCancel(): Promise<'cancelled'>;
  cancel(): void;
}

/** A worker stand-in: the api served on one end of a channel, the client on the other. */
function channelWorker(api: CountingApi): { create: () => Worker; terminated: () => boolean } {
  const { port1, port2 } = new MessageChannel();
  serveWorker(api, port1 as unknown as Parameters<typeof serveWorker>[1]);
  let terminated = false;
  const worker = Object.assign(port2, {
    terminate: () => {
      terminated = true;
      port1.close();
      port2.close();
    },
  });
  return { create: () => worker as unknown as Worker, terminated: () => terminated };
}

let cancel: () => void = () => undefined;
const api: CountingApi = {
  async count(to, onProgress) {
    for (let i = 1; i <= to; i += 1) await onProgress?.(i, to);
    return to;
  },
  async wrongShape() {
    return { total: 'many' };
  },
  async fail() {
    throw new Error('row 4, column B: not a date');
  },
  waitForCancel: () => new Promise((resolve) => (cancel = () => resolve('cancelled'))),
  cancel: () => cancel(),
};

const clients: Array<WorkerClient<CountingApi>> = [];
function client(worker = channelWorker(api)) {
  const made = new WorkerClient<CountingApi>('counting', worker.create);
  clients.push(made);
  return made;
}

afterEach(() => {
  for (const c of clients.splice(0)) c.end(new Error('test over'));
});

describe('the worker RPC', () => {
  it('answers a call, passing progress back through a callback', async () => {
    const seen: Array<[number, number]> = [];
    const total = await client().call(z.number(), (remote) =>
      remote.count(
        3,
        progressCallback((done, of) => seen.push([done, of])),
      ),
    );
    expect(total).toBe(3);
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('refuses a reply that does not have the shape the app expects, saying which worker sent it', async () => {
    await expect(
      client().call(z.object({ total: z.number() }), (remote) => remote.wrongShape()),
    ).rejects.toThrow(/^the counting worker sent a reply the app cannot read/);
  });

  it("passes on the worker's own failure with its message", async () => {
    await expect(client().call(z.never(), (remote) => remote.fail())).rejects.toThrow(
      'row 4, column B: not a date',
    );
  });

  it('is busy while a call waits; a cancel told to the worker ends the call', async () => {
    const c = client();
    const waiting = c.call(z.literal('cancelled'), (remote) => remote.waitForCancel());
    expect(c.busy).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    c.tell((remote) => remote.cancel());
    await expect(waiting).resolves.toBe('cancelled');
    expect(c.busy).toBe(false);
  });

  it('ending the worker rejects every call still waiting with the reason, and ends the worker', async () => {
    const worker = channelWorker(api);
    const c = client(worker);
    const waiting = c.call(z.literal('cancelled'), (remote) => remote.waitForCancel());
    c.end(new Error('the import was cancelled'));
    await expect(waiting).rejects.toThrow('the import was cancelled');
    expect(worker.terminated()).toBe(true);
    expect(c.busy).toBe(false);
  });
});
