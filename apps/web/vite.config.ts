import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace packages are consumed from their TypeScript sources.
    conditions: ['source'],
  },
  server: {
    // `pnpm --filter @passerelle/web dev` proxies the API of a running `npm start`.
    proxy: { '/api': process.env.API_URL ?? 'http://localhost:3000' },
  },
  build: {
    sourcemap: true,
    // Reported by the build; the budgets are checked by `pnpm bench`.
    reportCompressedSize: true,
  },
});
