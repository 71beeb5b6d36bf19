import { z } from 'zod';

/** A rectangle in screen coordinates (a window's bounds, a display's work area). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered of the main window between runs (stored as JSON in userData). */
export const WindowState = z.strictObject({
  x: z.number().int().finite(),
  y: z.number().int().finite(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1200, height: 800 } as const;
export const MIN_SIZE = { width: 720, height: 500 } as const;

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Bounds of `size` centred in `area`, shrunk to fit it. */
export function centeredIn(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: area.x + Math.floor((area.width - width) / 2), y: area.y + Math.floor((area.height - height) / 2), width, height };
}

/**
 * Moves and shrinks saved bounds so the window is wholly visible: on the display it overlaps
 * most, or centred on the primary display when it overlaps none (a monitor was unplugged).
 */
export function clampToVisibleDisplay(bounds: Rect, workAreas: readonly Rect[], primary: Rect): Rect {
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const a = overlapArea(bounds, area);
    if (a > bestArea) {
      best = area;
      bestArea = a;
    }
  }
  if (best === null) return centeredIn(primary, bounds);
  const width = Math.min(bounds.width, best.width);
  const height = Math.min(bounds.height, best.height);
  const x = Math.min(Math.max(bounds.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(bounds.y, best.y), best.y + best.height - height);
  return { x, y, width, height };
}

/** Parses the stored window state; anything missing, unreadable or malformed gives null. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const r = WindowState.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/**
 * The bounds to open the window with: the saved ones clamped to a visible display, or the
 * default size centred on the primary display when nothing (valid) was saved.
 */
export function initialWindowBounds(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): Rect & { maximized: boolean } {
  if (saved === null) return { ...centeredIn(primary, DEFAULT_SIZE), maximized: false };
  const { maximized, ...bounds } = saved;
  return { ...clampToVisibleDisplay(bounds, workAreas, primary), maximized };
}
