import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Benchmarks only (`*.perf.ts`), against BENCH_BASE_URL: `npx playwright test -c playwright.perf.config.ts`.
export default defineConfig({
  ...base,
  testMatch: '**/*.perf.ts',
  timeout: 180_000,
  use: { ...base.use, baseURL: process.env.BENCH_BASE_URL ?? 'http://localhost:8080' },
});
