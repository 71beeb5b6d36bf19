// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { addTags, TagInput } from '../../../renderer/components/form/TagInput';

afterEach(cleanup);

/** The tag input with its state held the way a form holds it. */
function Harness({ start = [], suggestions = [] }: { start?: string[]; suggestions?: string[] }) {
  const [tags, setTags] = useState<string[]>(start);
  return (
    <>
      <TagInput label="Tags" tags={tags} onChange={setTags} suggestions={suggestions} />
      <output data-testid="value">{JSON.stringify(tags)}</output>
    </>
  );
}
const value = () => JSON.parse(screen.getByTestId('value').textContent) as string[];
const box = () => screen.getByRole('textbox', { name: 'Tags' });

describe('TagInput', () => {
  it('adds a typed tag on Enter, lower-cased and trimmed, and empties the box', () => {
    render(<Harness />);
    fireEvent.change(box(), { target: { value: '  Mentoring ' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(value()).toEqual(['mentoring']);
    expect((box() as HTMLInputElement).value).toBe('');
  });

  it('adds on a typed comma, and splits pasted comma lists keeping the unfinished last part', () => {
    render(<Harness />);
    fireEvent.change(box(), { target: { value: 'Pricing' } });
    fireEvent.keyDown(box(), { key: ',' });
    expect(value()).toEqual(['pricing']);
    fireEvent.change(box(), { target: { value: 'Career, Q3 goals,inter' } });
    expect(value()).toEqual(['pricing', 'career', 'q3 goals']);
    expect((box() as HTMLInputElement).value).toBe('inter');
  });

  it('ignores repeats (in any case) and empty tags', () => {
    render(<Harness start={['career']} />);
    fireEvent.change(box(), { target: { value: 'CAREER' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    fireEvent.change(box(), { target: { value: '   ' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(value()).toEqual(['career']);
    expect(addTags(['a'], ['B', 'b', ' a ', 'c  d'])).toEqual(['a', 'b', 'c d']);
  });

  it('removes the last chip with Backspace in the empty box, and any chip with its own button', () => {
    render(<Harness start={['alpha', 'beta', 'gamma']} />);
    fireEvent.keyDown(box(), { key: 'Backspace' });
    expect(value()).toEqual(['alpha', 'beta']);
    const remove = screen.getByRole('button', { name: 'Remove tag alpha' });
    remove.focus();
    // A native button fires click on Enter/Space; jsdom does not, so the click stands for the key.
    fireEvent.click(remove);
    expect(value()).toEqual(['beta']);
    expect(document.activeElement).toBe(box());
  });

  it('does not remove a chip on Backspace while there is text to delete', () => {
    render(<Harness start={['alpha']} />);
    fireEvent.change(box(), { target: { value: 'x' } });
    fireEvent.keyDown(box(), { key: 'Backspace' });
    expect(value()).toEqual(['alpha']);
  });

  it('offers used tags that match what is typed and are not chosen yet', () => {
    render(<Harness start={['career']} suggestions={['career', 'customers', 'mentor', 'pricing']} />);
    const group = screen.getByRole('group', { name: 'Tags you have used' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Add tag customers', 'Add tag mentor', 'Add tag pricing']);
    fireEvent.change(box(), { target: { value: 'CU' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Add tag customers' }));
    expect(value()).toEqual(['career', 'customers']);
  });

  it('adds text left in the box when focus leaves the control', () => {
    render(
      <>
        <Harness />
        <button type="button">elsewhere</button>
      </>,
    );
    fireEvent.change(box(), { target: { value: 'Loose' } });
    fireEvent.blur(box(), { relatedTarget: screen.getByRole('button', { name: 'elsewhere' }) });
    expect(value()).toEqual(['loose']);
  });
});
