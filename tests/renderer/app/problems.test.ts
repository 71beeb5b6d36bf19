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
    // The browser's ResizeObserver loop notice (error null, as Chromium sends it): nothing failed.
    for (const message of ['ResizeObserver loop completed with undelivered notifications.', 'ResizeObserver loop limit exceeded'])
      target.dispatchEvent(Object.assign(new Event('error'), { error: null, message }));
    // An Error thrown by our own code that happens to say the same words is still a problem.
    target.dispatchEvent(
      Object.assign(new Event('error'), {
        error: new Error('ResizeObserver loop in our code'),
        message: 'ResizeObserver loop in our code',
      }),
    );
    expect(texts).toEqual([
      'A background task failed: x is undefined',
      'Something on this screen failed: bad index',
      'Something on this screen failed: ResizeObserver loop in our code',
    ]);
  });

  it('says a thrown non-Error in words', () => {
    expect(errorMessage('plain text')).toBe('plain text');
    expect(errorMessage({ code: 7 })).toBe('{"code":7}');
    expect(errorMessage(new Error(''))).toBe('Error');
  });
});
