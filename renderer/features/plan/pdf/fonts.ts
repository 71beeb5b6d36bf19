import { Font } from '@react-pdf/renderer';

/** Where the embedded fonts come from: file paths in Node (tests), URLs in the browser and the desktop renderer. */
export interface PlanFontSources {
  regular: string;
  bold: string;
  /** Chinese, Japanese and Korean glyphs. */
  cjk: string;
}

/**
 * The font stack of every text in the PDF: Noto Sans for Latin (with accents), then, glyph by
 * glyph, Droid Sans Fallback for Chinese and Japanese (react-pdf picks the first family that has
 * each character).
 */
export const PDF_FONT_FAMILY = ['NotoSans', 'DroidFallback'];

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

let registered: string | null = null;

/** Registers the fonts once per set of sources (registering again would load them twice). */
export function registerPlanFonts(sources: PlanFontSources): void {
  const key = `${sources.regular}|${sources.bold}|${sources.cjk}`;
  if (registered === key) return;
  Font.register({
    family: 'NotoSans',
    fonts: [
      { src: sources.regular, fontWeight: 400 },
      { src: sources.bold, fontWeight: 700 },
    ],
  });
  // One weight only: bold CJK text is drawn with the regular glyphs rather than missing.
  Font.register({
    family: 'DroidFallback',
    fonts: [
      { src: sources.cjk, fontWeight: 400 },
      { src: sources.cjk, fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(breakPoints);
  registered = key;
}

/**
 * Where a word may break at a line end. Chinese and Japanese have no spaces, so any character
 * boundary will do; other words stay whole (no hyphens in a plan), except very long ones (links),
 * which break into chunks rather than run off the page.
 */
export function breakPoints(word: string): string[] {
  if (CJK.test(word)) return Array.from(word);
  if (word.length > 40) return word.match(/.{1,20}/gu) ?? [word];
  return [word];
}
