import { describe, expect, it } from 'vitest';
import { suggestPath } from '../../../shared/import/pathSuggestion';

describe('a path suggested from the position words', () => {
  it('suggests internal for platform, infrastructure, internal tools, developer experience and core services', () => {
    expect(suggestPath('Senior Product Manager - Internal Tools')).toEqual({ path: 'internal', because: 'Internal Tools' });
    expect(suggestPath('Product Manager, Core Platform')).toEqual({ path: 'internal', because: 'Platform' });
    expect(suggestPath('PM Infrastructure')).toEqual({ path: 'internal', because: 'Infrastructure' });
    expect(suggestPath('Group PM, Developer Experience')).toEqual({ path: 'internal', because: 'Developer Experience' });
    expect(suggestPath('Core services lead')).toEqual({ path: 'internal', because: 'Core services' });
  });

  it('suggests external for growth, consumer, customer, marketplace and checkout', () => {
    expect(suggestPath('Product Lead – Checkout')).toEqual({ path: 'external', because: 'Checkout' });
    expect(suggestPath('Growth PM')).toEqual({ path: 'external', because: 'Growth' });
    expect(suggestPath('Senior PM, Consumer Apps')).toEqual({ path: 'external', because: 'Consumer' });
    expect(suggestPath('Marketplace product manager')).toEqual({ path: 'external', because: 'Marketplace' });
    expect(suggestPath('PM, Customer Onboarding')).toEqual({ path: 'external', because: 'Customer' });
  });

  it('is not sure with no match, with both kinds of words, or with a word only inside another', () => {
    expect(suggestPath('Director of Product')).toEqual({ path: 'unknown', because: null });
    expect(suggestPath('Growth Platform PM')).toEqual({ path: 'unknown', because: null });
    expect(suggestPath('Platformer games PM')).toEqual({ path: 'unknown', because: null });
    expect(suggestPath('')).toEqual({ path: 'unknown', because: null });
  });
});
