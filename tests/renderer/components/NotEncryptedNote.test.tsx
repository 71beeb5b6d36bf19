// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotEncryptedNote } from '../../../renderer/components/NotEncryptedNote';
import { setLocked, setPlain, setUnlocked } from '../../../renderer/crypto/session';

afterEach(() => {
  cleanup();
  setPlain();
});

describe('the not-encrypted note next to exports', () => {
  it('says nothing while the journal is plain', () => {
    render(<NotEncryptedNote what="The PDF" />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('with encryption on, says that the file is readable by anyone who gets it', () => {
    setLocked();
    setUnlocked(new Uint8Array(32).fill(1));
    render(<NotEncryptedNote what="The PDF and the Markdown file" />);
    expect(screen.getByRole('note').textContent).toBe(
      'Not encrypted: The PDF and the Markdown file can be read by anyone who gets the file, although your journal is encrypted.',
    );
  });
});
