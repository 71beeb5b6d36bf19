import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and served two ways: from disk by the Electron shell (app://),
// and by `vite preview` on 127.0.0.1 in web mode. Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 4000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
