import { describe, expect, it } from 'vitest';
import { suggestPath } from '../../../shared/import/pathSuggestion';

describe('a path suggested from the position words', () => {
  it.each([
    ['Senior Product Manager - Internal Tools', 'internal', 'Internal Tools'],
    ['Product Manager, Core Platform', 'internal', 'Platform'],
    ['PM Infrastructure', 'internal', 'Infrastructure'],
    ['Group PM, Developer Experience', 'internal', 'Developer Experience'],
    ['Core services lead', 'internal', 'Core services'],
    ['Product Lead – Checkout', 'external', 'Checkout'],
    ['Growth PM', 'external', 'Growth'],
    ['Senior PM, Consumer Apps', 'external', 'Consumer'],
    ['Marketplace product manager', 'external', 'Marketplace'],
    ['PM, Customer Onboarding', 'external', 'Customer'],
  ])('suggests from "%s": %s (because of "%s")', (position, path, because) => {
    expect(suggestPath(position)).toEqual({ path, because });
  });

  it.each([['Director of Product'], ['Growth Platform PM'], ['Platformer games PM'], ['']])(
    'is not sure with no match, both kinds of words, or a word only inside another: "%s"',
    (position) => {
      expect(suggestPath(position)).toEqual({ path: 'unknown', because: null });
    },
  );
});
