// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import type { Milestone } from '../../../shared/schemas';
import { MilestonesEditor } from '../../../renderer/features/journal/forms/MilestonesEditor';
import { moveItem, setMilestoneDone } from '../../../renderer/features/journal/lists';

afterEach(cleanup);

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const START: Milestone[] = [
  { id: A, title: 'Read a primer', done: false },
  { id: B, title: 'Interview two sales leads', done: true, doneDate: '2026-02-01' },
];

function Harness() {
  const [milestones, setMilestones] = useState<Milestone[]>(START);
  return (
    <>
      <MilestonesEditor milestones={milestones} onChange={setMilestones} errorFor={() => undefined} today="2026-03-14" />
      <output data-testid="value">{JSON.stringify(milestones)}</output>
    </>
  );
}
const value = () => JSON.parse(screen.getByTestId('value').textContent) as Milestone[];

describe('MilestonesEditor', () => {
  it('ticking a milestone sets its done date to today; unticking clears it', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Done: Read a primer' }));
    expect(value()[0]).toEqual({ id: A, title: 'Read a primer', done: true, doneDate: '2026-03-14' });
    expect((screen.getAllByLabelText('Done on')[0] as HTMLInputElement).value).toBe('2026-03-14');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Done: Interview two sales leads' }));
    expect(value()[1]).toEqual({ id: B, title: 'Interview two sales leads', done: false });
  });

  it('adds with Enter (without submitting), moves and removes', () => {
    render(<Harness />);
    const add = screen.getByRole('textbox', { name: 'New milestone' });
    fireEvent.change(add, { target: { value: '  Ship a pricing page ' } });
    const enter = fireEvent.keyDown(add, { key: 'Enter' });
    expect(enter).toBe(false); // default prevented: the form is not submitted
    expect(value().map((m) => m.title)).toEqual(['Read a primer', 'Interview two sales leads', 'Ship a pricing page']);
    expect(value()[2]!.done).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Move Ship a pricing page up' }));
    expect(value().map((m) => m.title)).toEqual(['Read a primer', 'Ship a pricing page', 'Interview two sales leads']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Read a primer' }));
    expect(value().map((m) => m.title)).toEqual(['Ship a pricing page', 'Interview two sales leads']);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move Ship a pricing page up' }).disabled).toBe(true);
  });
});

describe('list helpers', () => {
  it('setMilestoneDone only touches the named milestone', () => {
    expect(setMilestoneDone(START, A, true, '2026-05-02')).toEqual([
      { id: A, title: 'Read a primer', done: true, doneDate: '2026-05-02' },
      START[1],
    ]);
  });
  it('moveItem moves within bounds and leaves the list alone at the edges', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
