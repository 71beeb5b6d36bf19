import { describe, expect, it } from 'vitest';
import { clampToVisibleDisplay, initialWindowBounds, parseWindowState } from '../../electron/windowState';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const second = { x: 1920, y: 0, width: 1280, height: 984 };
const displays = [primary, second];

describe('clampToVisibleDisplay', () => {
  it('leaves a window that fits on a display where it is', () => {
    expect(clampToVisibleDisplay({ x: 100, y: 100, width: 1200, height: 800 }, displays, primary)).toEqual({
      x: 100,
      y: 100,
      width: 1200,
      height: 800,
    });
  });

  it('moves a window straddling two displays onto the one it overlaps most', () => {
    // Overlap with primary 120x600, with the second 680x600: it goes to the second display's left edge.
    expect(clampToVisibleDisplay({ x: 1800, y: 100, width: 800, height: 600 }, displays, primary)).toEqual({
      x: 1920,
      y: 100,
      width: 800,
      height: 600,
    });
  });

  it('centres a window on the primary display when its monitor is gone', () => {
    expect(clampToVisibleDisplay({ x: 5000, y: 5000, width: 1000, height: 700 }, displays, primary)).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than its display to the work area', () => {
    expect(clampToVisibleDisplay({ x: -50, y: -20, width: 2500, height: 1500 }, displays, primary)).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
  });

  it('pulls a window hanging off the bottom back up', () => {
    expect(clampToVisibleDisplay({ x: 200, y: 900, width: 800, height: 600 }, displays, primary)).toEqual({
      x: 200,
      y: 440,
      width: 800,
      height: 600,
    });
  });

  it('treats a window that only touches a display edge as off-screen', () => {
    expect(clampToVisibleDisplay({ x: 3200, y: 0, width: 400, height: 400 }, displays, primary)).toEqual({
      x: 760,
      y: 320,
      width: 400,
      height: 400,
    });
  });
});

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    expect(parseWindowState('{"x":1,"y":2,"width":900,"height":600,"maximized":false}')).toEqual({
      x: 1,
      y: 2,
      width: 900,
      height: 600,
      maximized: false,
    });
  });

  it.each([
    ['no file', null],
    ['broken JSON', '{"x":1,'],
    ['a missing field', '{"x":1,"y":2,"width":900,"maximized":false}'],
    ['a negative width', '{"x":1,"y":2,"width":-900,"height":600,"maximized":false}'],
    ['a string for a number', '{"x":"1","y":2,"width":900,"height":600,"maximized":false}'],
    ['an unknown field', '{"x":1,"y":2,"width":900,"height":600,"maximized":false,"devTools":true}'],
    ['an array', '[1,2,3]'],
  ])('rejects %s', (_label, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('initialWindowBounds', () => {
  it('centres the default 1200x800 on the primary display when nothing was saved', () => {
    expect(initialWindowBounds(null, displays, primary)).toEqual({ x: 360, y: 120, width: 1200, height: 800, maximized: false });
  });

  it('clamps saved bounds and keeps the maximized flag', () => {
    expect(initialWindowBounds({ x: 5000, y: 5000, width: 1000, height: 700, maximized: true }, displays, primary)).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });
});
