import { describe, expect, it } from 'vitest';
import { newestDays } from '../../../shared/aggregates/dayWindow';

// Five days holding 2, 1, 3, 1 and 2 items (9 in all), given out of order as a stored row may hold them.
const DAYS = { '2026-03-04': 3, '2026-01-10': 2, '2026-03-05': 1, '2026-02-01': 1, '2026-03-09': 2 };

describe('newestDays', () => {
  it('takes whole days from the newest until they hold the limit', () => {
    // 2 (03-09) + 1 (03-05) = 3: enough for 3.
    expect(newestDays(DAYS, null, 3)).toEqual({ from: '2026-03-05', to: '2026-03-09', count: 3, more: true });
    // 3 is not enough for 4: 03-04 is taken whole (3 more), 6 in all.
    expect(newestDays(DAYS, null, 4)).toEqual({ from: '2026-03-04', to: '2026-03-09', count: 6, more: true });
  });

  it('goes on strictly before the cursor, and says when no older day is left', () => {
    expect(newestDays(DAYS, '2026-03-04', 3)).toEqual({ from: '2026-01-10', to: '2026-02-01', count: 3, more: false });
    expect(newestDays(DAYS, '2026-03-05', 1)).toEqual({ from: '2026-03-04', to: '2026-03-04', count: 3, more: true });
    expect(newestDays(DAYS, '2026-01-10', 5)).toBeNull();
  });

  it('takes every day when the limit is past the total, and at least one day for a limit of 0', () => {
    expect(newestDays(DAYS, null, 50)).toEqual({ from: '2026-01-10', to: '2026-03-09', count: 9, more: false });
    expect(newestDays(DAYS, null, 0)).toEqual({ from: '2026-03-09', to: '2026-03-09', count: 2, more: true });
  });

  it('has nothing to give for no days, or days counted at zero', () => {
    expect(newestDays({}, null, 10)).toBeNull();
    expect(newestDays({ '2026-03-01': 0 }, null, 10)).toBeNull();
  });
});
