import { describe, expect, it } from 'vitest';
import { entryExcerpt, entryTitle } from '../../../renderer/components/entryText';
import { cutAtWord } from '../../../shared/domain/excerpt';
import { filterFromParams, paramsFromFilter } from '../../../renderer/features/journal/filters';
import type { Conversation } from '../../../shared/schemas';

const CONVO: Conversation = {
  id: '11111111-1111-4111-8111-111111111111',
  createdAt: '2026-03-14T09:00:00Z',
  updatedAt: '2026-03-14T09:00:00Z',
  kind: 'conversation',
  date: '2026-03-14',
  personId: '22222222-2222-4222-8222-222222222222',
  conversationKind: 'shadowing',
  notes: '## Day one\n\n- Watched a **pricing** review\n- [Notes](https://example.com)',
  takeaways: '',
  followUpDone: false,
  skills: [],
  tags: [],
};

describe('entry text', () => {
  it('titles a conversation "<kind> with <person>"', () => {
    expect(entryTitle(CONVO, 'Ines Park')).toBe('Job shadowing with Ines Park');
    expect(entryTitle(CONVO, undefined)).toBe('Job shadowing with someone no longer in People');
  });
  it('makes a plain one-line excerpt from Markdown', () => {
    expect(entryExcerpt(CONVO)).toBe('Day one Watched a pricing review Notes');
    expect(cutAtWord('one two three four', 12)).toBe('one two…');
  });
});

describe('timeline filters in the URL', () => {
  it('reads known values and ignores unknown ones', () => {
    expect(filterFromParams(new URLSearchParams('kind=goal&skill=research&tag=Pricing'))).toEqual({
      kind: 'goal',
      skill: 'research',
      tag: 'pricing',
    });
    expect(filterFromParams(new URLSearchParams('kind=essay&skill=juggling&tag='))).toEqual({});
  });
  it('writes them back in a fixed order', () => {
    expect(paramsFromFilter({ tag: 'mentor', kind: 'conversation' }).toString()).toBe('kind=conversation&tag=mentor');
  });
});

describe('reflection prompts', () => {
  it('has two prompts for each of the five steps, with unique ids', async () => {
    const { REFLECTION_PROMPTS, promptsForStep, promptById } = await import('../../../shared/domain/prompts');
    const { STEP_IDS } = await import('../../../shared/domain/framework');
    expect(STEP_IDS.map((s) => promptsForStep(s).length)).toEqual([2, 2, 2, 2, 2]);
    expect(new Set(REFLECTION_PROMPTS.map((p) => p.id)).size).toBe(10);
    expect(promptById('energy-sources')?.step).toBe('self-reflection');
  });
});
