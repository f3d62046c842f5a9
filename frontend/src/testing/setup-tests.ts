import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { sessionStore } from '@/lib/session';

// findBy*/waitFor wait up to 5 s: a busy CI machine can take more than the default second to render.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  sessionStore.reset();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  sessionStore.reset();
});
