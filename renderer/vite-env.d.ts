/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_APP_VERSION?: string;
}
interface Window {
  /** The origin's databases, asked for by theme-boot.js before the main chunk runs (undefined: not asked, or the ask failed). */
  sextantDatabases?: Promise<{ name: string; version: number }[] | undefined>;
  /** The search worker made by the boot script on a start on #/search, until the app adopts it (scripts/routePreload.ts). */
  sextantEarlyWorker?: { worker: Worker; name: string; failed: boolean };
}
