/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_APP_VERSION?: string;
}
interface Window {
  /** The origin's databases, asked for by theme-boot.js before the main chunk runs (undefined: not asked, or the ask failed). */
  sextantDatabases?: Promise<{ name: string; version: number }[] | undefined>;
}
