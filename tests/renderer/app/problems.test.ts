// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessage, fireAndReport, installGlobalErrorHandlers, onProblem, reportError } from '../../../renderer/components/problems';

let unsubscribe: (() => void) | undefined;
afterEach(() => {
  unsubscribe?.();
  vi.restoreAllMocks();
});

function collect(): string[] {
  const texts: string[] = [];
  unsubscribe = onProblem((p) => texts.push(p.text));
  return texts;
}

describe('problem reporting', () => {
  it('keeps what was reported before anyone listens, and delivers it to the first listener', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    reportError(new Error('disk full'), 'Saving the entry');
    expect(collect()).toEqual(['Saving the entry failed: disk full']);
  });

  it('reports a fire-and-forget promise that rejects, with what it was doing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const texts = collect();
    fireAndReport(Promise.reject(new Error('quota exceeded')), 'Exporting the backup');
    fireAndReport(Promise.resolve(1), 'Nothing wrong');
    await new Promise((r) => setTimeout(r, 0));
    expect(texts).toEqual(['Exporting the backup failed: quota exceeded']);
  });

  it('turns unhandled rejections and uncaught errors into messages', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const target = new EventTarget() as unknown as Window;
    installGlobalErrorHandlers(target);
    const texts = collect();
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: new TypeError('x is undefined') }));
    target.dispatchEvent(Object.assign(new Event('error'), { error: new RangeError('bad index'), message: 'bad index' }));
    // A failed <img> or <script> load: no error object, no message; not ours.
    target.dispatchEvent(Object.assign(new Event('error'), { error: undefined, message: '' }));
    expect(texts).toEqual(['A background task failed: x is undefined', 'Something on this screen failed: bad index']);
  });

  it('says a thrown non-Error in words', () => {
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage({ code: 7 })).toBe('{"code":7}');
    expect(errorMessage(new Error(''))).toBe('Error');
  });
});
