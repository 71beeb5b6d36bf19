/**
 * A rough passphrase strength estimate for the meter in Settings > Privacy: the search space of
 * the characters used, lowered for repeats, runs and well-known passwords. It guides; it does
 * not promise. The minimum accepted is MIN_PASSPHRASE_LENGTH characters and a "fair" score.
 */

export const MIN_PASSPHRASE_LENGTH = 10;

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;
export const STRENGTH_LABELS: Record<StrengthLevel, string> = { 0: 'Too weak', 1: 'Weak', 2: 'Fair', 3: 'Good', 4: 'Strong' };

const COMMON = ['password', 'passphrase', 'qwerty', 'letmein', 'welcome', 'sextant', 'iloveyou', 'admin', 'abc123', 'monkey', 'dragon'];

export interface Strength {
  level: StrengthLevel;
  /** Estimated bits of guessing work. */
  bits: number;
  label: string;
  /** What would make it stronger (empty when strong). */
  hint: string;
}

/** Estimates how hard a passphrase is to guess. */
export function passphraseStrength(passphrase: string): Strength {
  const chars = [...passphrase];
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[0-9]/.test(passphrase)) pool += 10;
  if (/[^A-Za-z0-9]/.test(passphrase)) pool += 33;
  // Repeated characters and runs like "aaaa" or "1234" add little: count each run once.
  let effective = 0;
  for (let i = 0; i < chars.length; i++) {
    const prev = i > 0 ? chars[i - 1]!.codePointAt(0)! : NaN;
    const cur = chars[i]!.codePointAt(0)!;
    effective += cur === prev || cur === prev + 1 || cur === prev - 1 ? 0.25 : 1;
  }
  let bits = effective * Math.log2(Math.max(pool, 1));
  const lower = passphrase.toLowerCase();
  if (COMMON.some((w) => lower.includes(w))) bits = Math.min(bits, 20);
  bits = Math.round(bits);
  const level: StrengthLevel =
    chars.length < MIN_PASSPHRASE_LENGTH ? (bits >= 28 ? 1 : 0) : bits < 40 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
  const hint =
    chars.length < MIN_PASSPHRASE_LENGTH
      ? `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`
      : level < 3
        ? 'Longer is stronger: add a few unrelated words.'
        : '';
  return { level, bits, label: STRENGTH_LABELS[level], hint };
}

/** Whether a passphrase may be used (long enough and at least fair). */
export function isAcceptablePassphrase(passphrase: string): boolean {
  return passphraseStrength(passphrase).level >= 2;
}
