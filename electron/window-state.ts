import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writePrivateFile } from './private-files';

/** Where and how big the window was, so it reopens where the analyst left it. */
export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(20_000),
  height: z.number().int().min(480).max(20_000),
  maximised: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1440, height: 900, maximised: false };

/** A missing or corrupt file is not an error worth stopping for: the window opens at the default size. */
export async function readWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = WindowState.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export async function writeWindowState(file: string, state: WindowState): Promise<void> {
  await writePrivateFile(file, JSON.stringify(WindowState.parse(state)));
}

interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Drops a remembered position that is no longer on any display (a monitor was unplugged). */
export function onVisibleDisplay(state: WindowState, workAreas: Rectangle[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const visible = workAreas.some(
    (a) => x + 100 > a.x && x < a.x + a.width - 100 && y >= a.y && y < a.y + a.height - 50,
  );
  return visible ? state : { width: state.width, height: state.height, maximised: state.maximised };
}
