import type { SextantPlatform } from '../../shared/platform';
import { browserPlatform } from './browser';

/** The platform the renderer talks to: the desktop shell's when present, the browser's otherwise. */
export const platform: SextantPlatform = (typeof window !== 'undefined' && window.sextant) || browserPlatform;
