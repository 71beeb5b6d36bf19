// @vitest-environment jsdom
import { act, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyScreen, usePreloaded } from '../../../renderer/app/lazyScreen';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Hello() {
  return <h1>Hello screen</h1>;
}

let host: HTMLDivElement;
afterEach(() => host?.remove());

/** Renders the screen inside Suspense; returns how often the fallback rendered. */
async function renderScreen(Screen: React.ComponentType): Promise<{ fallbacks: () => number }> {
  let fallbacks = 0;
  function Fallback() {
    fallbacks++;
    return <p>Loading…</p>;
  }
  host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => {
    root.render(
      <Suspense fallback={<Fallback />}>
        <Screen />
      </Suspense>,
    );
  });
  return { fallbacks: () => fallbacks };
}

describe('lazyScreen', () => {
  it('renders a preloaded screen at once, never through the loading fallback', async () => {
    const Screen = lazyScreen(async () => ({ Hello }), 'Hello');
    await Screen.preload();
    const { fallbacks } = await renderScreen(Screen);
    expect(host.querySelector('h1')?.textContent).toBe('Hello screen');
    expect(fallbacks()).toBe(0);
  });

  it('shows the fallback while the code of a screen not yet loaded arrives, then the screen', async () => {
    let arrive!: () => void;
    const Screen = lazyScreen(() => new Promise<{ Hello: typeof Hello }>((resolve) => (arrive = () => resolve({ Hello }))), 'Hello');
    const { fallbacks } = await renderScreen(Screen);
    expect(host.textContent).toBe('Loading…');
    await act(async () => arrive());
    expect(host.querySelector('h1')?.textContent).toBe('Hello screen');
    expect(fallbacks()).toBeGreaterThan(0);
  });

  it('loads the code once however often it is preloaded and rendered', async () => {
    let loads = 0;
    const Screen = lazyScreen(async () => {
      loads++;
      return { Hello };
    }, 'Hello');
    await Promise.all([Screen.preload(), Screen.preload()]);
    await renderScreen(Screen);
    expect(loads).toBe(1);
  });
});

describe('usePreloaded', () => {
  /** A part whose code arrives when `arrive()` is called; counts its loads. */
  function part() {
    let arrive!: () => void;
    let loads = 0;
    const Part = lazyScreen(() => {
      loads++;
      return new Promise<{ Hello: typeof Hello }>((resolve) => (arrive = () => resolve({ Hello })));
    }, 'Hello');
    return { Part, arrive: () => arrive(), loads: () => loads };
  }

  async function renderHook(parts: Parameters<typeof usePreloaded>[0], wanted: boolean) {
    const seen: boolean[] = [];
    function Probe({ wanted }: { wanted: boolean }) {
      seen.push(usePreloaded(parts, wanted));
      return null;
    }
    host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<Probe wanted={wanted} />));
    return { seen, want: () => act(async () => root.render(<Probe wanted />)) };
  }

  it('loads nothing until wanted, then is true once every part has arrived (never before)', async () => {
    const a = part();
    const b = part();
    const { seen, want } = await renderHook([a.Part, b.Part], false);
    expect(seen.at(-1)).toBe(false);
    expect([a.loads(), b.loads()]).toEqual([0, 0]);
    await want();
    expect([a.loads(), b.loads()]).toEqual([1, 1]);
    await act(async () => a.arrive());
    expect(seen.at(-1)).toBe(false);
    await act(async () => b.arrive());
    expect(seen.at(-1)).toBe(true);
  });

  it('is true from the first render when the parts have already arrived', async () => {
    const a = part();
    const loaded = a.Part.preload();
    a.arrive();
    await loaded;
    const { seen } = await renderHook([a.Part], false);
    expect(seen).toEqual([true]);
  });
});
