import { describe, expect, it } from 'vitest';
import { cutAtWord, entryExcerpt, excerpt, plainText, previewText, withoutTitleHeading } from '../../../shared/domain/excerpt';
import type { Conversation, LearningGoal, Reflection } from '../../../shared/schemas';

const META = { createdAt: '2026-03-14T09:00:00Z', updatedAt: '2026-03-14T09:00:00Z', date: '2026-03-14', skills: [], tags: [] };

describe('previewText', () => {
  it('drops HTML tags and comments, a block tag leaving a space', () => {
    expect(previewText('<div>First<br>second</div> <b>bold</b>ly <!-- hidden --> end')).toBe('First second boldly end');
  });
  it('turns links and images into their text, and an autolink into its address', () => {
    expect(previewText('See [the deck](https://x.io/d "Deck") and ![chart](c.png), or <https://x.io>.')).toBe(
      'See the deck and chart, or https://x.io.',
    );
  });
  it('removes backslash escapes (a Day One export writes "for\\.\\.") and keeps escaped characters as text', () => {
    expect(previewText('Waiting for\\.\\. the \\*real\\* numbers \\<soon\\>')).toBe('Waiting for.. the *real* numbers <soon>');
  });
  it('resolves entities after the tags are gone, so an escaped tag is shown, not dropped', () => {
    expect(previewText('Tom &amp; Ana: &lt;b&gt; is a tag &#8212; &#x2713;')).toBe('Tom & Ana: <b> is a tag — ✓');
  });
  it('strips Markdown markers, keeps words with inner underscores, and collapses white space to one line', () => {
    expect(previewText('## Plan\n\n- **ask** about `user_id`\n> quoted\n\n1. _first_')).toBe('Plan ask about user_id quoted first');
  });
  it('collapses every run of white space to one space, a lone tab, line break or no-break space too', () => {
    expect(previewText(' a\tb  c\n\nd\u00a0e \r\n f ')).toBe('a b c d e f');
    expect(plainText('a\tb  c \t d\n e')).toBe('a b c d\n e');
  });
  it('puts back a set-aside character even without a backslash or entity (text holding one as it is)', () => {
    // U+E02A is where an escaped "*" is set aside; one already in the text, or made by an entity, comes out as "*" too.
    expect(previewText('a\ue02ab')).toBe('a*b');
    expect(previewText('x &#xE02A; y')).toBe('x * y');
  });
  it('leaves link syntax alone without "](" and emphasis markers alone without ~ ` * _', () => {
    expect(previewText('[not a link] (really)')).toBe('[not a link] (really)');
    expect(previewText('see [the doc](https://x.test) now')).toBe('see the doc now');
  });
});

describe('withoutTitleHeading', () => {
  it('drops a first heading that repeats the title (case and spacing aside)', () => {
    expect(withoutTitleHeading('# Pricing  review\n\nWe met.', 'pricing review')).toBe('\nWe met.');
    expect(withoutTitleHeading('\n## Pricing review ##\nWe met.', 'Pricing review')).toBe('We met.');
  });
  it('keeps a heading that says something else, and one that is not first', () => {
    expect(withoutTitleHeading('# Pricing\nWe met.', 'Pricing review')).toBe('# Pricing\nWe met.');
    expect(withoutTitleHeading('Intro\n# Pricing review', 'Pricing review')).toBe('Intro\n# Pricing review');
  });
});

describe('cutAtWord', () => {
  it('leaves short text alone', () => {
    expect(cutAtWord('one two', 7)).toBe('one two');
  });
  it('cuts at the last space within the length and adds an ellipsis, without trailing punctuation', () => {
    // "one two, three" is 14 characters; the first 12 are "one two, thr": the last space is at 8.
    expect(cutAtWord('one two, three', 12)).toBe('one two…');
  });
  it('cuts inside a word when the last space would drop more than half', () => {
    // The first 10 characters are "a reconcil"; the only space is at 1, less than half of 10.
    expect(cutAtWord('a reconciliation', 10)).toBe('a reconcil…');
  });
});

describe('excerpt', () => {
  it('cleans, drops the repeated title heading, then cuts', () => {
    const body = '# Day one\n\nShadowed the <em>pricing</em> review\\! Notes: [deck](https://x.io).';
    expect(excerpt(body, { title: 'Day one' })).toBe('Shadowed the pricing review! Notes: deck.');
    expect(excerpt(body, { title: 'Day one', maxLength: 24 })).toBe('Shadowed the pricing…');
    expect(excerpt(body)).toBe('Day one Shadowed the pricing review! Notes: deck.');
  });
});

describe('entryExcerpt', () => {
  it('previews a reflection by its body, without a first heading that repeats its title', () => {
    const r: Reflection = { ...META, id: '1', kind: 'reflection', title: 'Friday', body: '# Friday\nShipped it\\.' };
    expect(entryExcerpt(r)).toBe('Shipped it.');
  });
  it('previews a conversation by its notes, or its takeaways when there are no notes', () => {
    const c: Conversation = {
      ...META,
      id: '2',
      kind: 'conversation',
      personId: 'p',
      conversationKind: 'mentorship',
      notes: '',
      takeaways: '- Ask for *numbers*',
      followUpDone: false,
    };
    expect(entryExcerpt(c)).toBe('Ask for numbers');
  });
  it('previews a goal by its why, cut to the given length', () => {
    const g: LearningGoal = {
      ...META,
      id: '3',
      kind: 'goal',
      title: 'SQL',
      status: 'active',
      why: 'To answer my own questions about churn',
      progressNotes: '',
      milestones: [],
      resources: [],
    };
    expect(entryExcerpt(g, 20)).toBe('To answer my own…');
  });
});
