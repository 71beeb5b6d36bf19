// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Modal } from '../../../renderer/components/Modal';

// jsdom has no modal dialogs: model the element's `open` flag and queue `close` as a task, as
// browsers do, so the test controls when the close event arrives.
const queued: (() => void)[] = [];
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    queued.push(() => this.dispatchEvent(new Event('close')));
  };
});
afterEach(() => {
  cleanup();
  queued.length = 0;
});

function flushCloseEvents() {
  act(() => {
    for (const f of queued.splice(0)) f();
  });
}

describe('Modal', () => {
  it('ignores a close event from an earlier close that arrives after the dialog opened again', () => {
    const onClose = vi.fn();
    const { rerender, getByRole } = render(
      <Modal open title="Leave without saving?" onClose={onClose}>
        ?
      </Modal>,
    );
    rerender(
      <Modal open={false} title="Leave without saving?" onClose={onClose}>
        ?
      </Modal>,
    );
    rerender(
      <Modal open title="Leave without saving?" onClose={onClose}>
        ?
      </Modal>,
    );
    flushCloseEvents();
    expect(onClose).not.toHaveBeenCalled();
    expect(getByRole('dialog', { hidden: true }).hasAttribute('open')).toBe(true);
  });

  it('does not report a close the app asked for', () => {
    const onClose = vi.fn();
    const { rerender } = render(
      <Modal open title="Question" onClose={onClose}>
        ?
      </Modal>,
    );
    rerender(
      <Modal open={false} title="Question" onClose={onClose}>
        ?
      </Modal>,
    );
    flushCloseEvents();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('reports a close the browser did on its own while the dialog should be open', () => {
    const onClose = vi.fn();
    const { getByRole } = render(
      <Modal open title="Question" onClose={onClose}>
        ?
      </Modal>,
    );
    const dialog = getByRole('dialog', { hidden: true }) as HTMLDialogElement;
    act(() => dialog.close());
    flushCloseEvents();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
