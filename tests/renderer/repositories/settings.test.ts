import { beforeEach, describe, expect, it } from 'vitest';
import { SextantDB, db, setDatabase } from '../../../renderer/data/db';
import { getPlanPrefs, getProfile, getTheme, savePlanPrefs, saveProfile, saveTheme } from '../../../renderer/data/repositories/settings';
import { InputError } from '../../../shared/errors';

beforeEach(() => {
  setDatabase(new SextantDB('t-' + crypto.randomUUID()));
});

const SAM = {
  name: 'Sam Rivera',
  currentRole: 'Business analyst',
  targetRole: 'Internal PM',
  targetDate: '2027-01-31',
  personalStatement: 'I like building for builders.',
  onboardingDone: true,
};

describe('profile', () => {
  it('is empty until saved', async () => {
    expect(await getProfile()).toEqual({ name: '', currentRole: '', targetRole: '', onboardingDone: false });
  });

  it('saves and reads back, trimming short text', async () => {
    await saveProfile({ ...SAM, name: '  Sam Rivera ' });
    expect(await getProfile()).toEqual(SAM);
  });

  it('refuses a bad target date and keeps the saved profile', async () => {
    await saveProfile(SAM);
    const attempt = saveProfile({ ...SAM, name: 'Changed', targetDate: '2027-02-30' });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toMatchObject({ problems: [{ where: 'targetDate', message: 'must be a date like 2026-03-14' }] });
    expect(await getProfile()).toEqual(SAM);
  });

  it('falls back to the empty profile when the stored one is corrupt, without deleting it', async () => {
    await db().settings.put({ key: 'profile', value: { ...SAM, targetDate: 'soon' } });
    expect((await getProfile()).name).toBe('');
    expect(((await db().settings.get('profile'))?.value as { targetDate?: string } | undefined)?.targetDate).toBe('soon');
  });
});

describe('plan choices', () => {
  const PREFS = { sections: ['statement', 'skills'], paper: 'Letter' as const, includeOverdue: false, takeaways: [crypto.randomUUID()] };

  it('are remembered once saved, and unset before', async () => {
    expect(await getPlanPrefs()).toBeUndefined();
    await savePlanPrefs(PREFS);
    expect(await getPlanPrefs()).toEqual(PREFS);
  });

  it('refuse an unknown paper size and keep the saved choices', async () => {
    await savePlanPrefs(PREFS);
    await expect(savePlanPrefs({ ...PREFS, paper: 'A5' as 'A4' })).rejects.toThrow(InputError);
    expect(await getPlanPrefs()).toEqual(PREFS);
  });
});

describe('theme', () => {
  it('follows the system until chosen, then keeps the choice', async () => {
    expect(await getTheme()).toBe('system');
    await saveTheme('dark');
    expect(await getTheme()).toBe('dark');
    expect(await db().settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
  });

  it('refuses a theme that does not exist, and reads a damaged one as the system theme', async () => {
    await expect(saveTheme('sepia' as 'dark')).rejects.toBeInstanceOf(InputError);
    await db().settings.put({ key: 'theme', value: 'sepia' as 'dark' });
    expect(await getTheme()).toBe('system');
  });
});
