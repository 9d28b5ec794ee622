// Runs before every SPA test file (vitest.config.mts).
import 'reflect-metadata';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './msw-server';

/*
 * jsdom has no fetch: the tests use Node's (undici), which MSW intercepts. Two gaps between them are bridged here:
 * Node's Request does not resolve a same-origin path ('/api/…', as the SPAs send) against the page's location, and
 * it refuses jsdom's AbortSignal (TanStack Query passes one). Both are only test-time plumbing.
 */
const NodeRequest = globalThis.Request;
class PageRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    const url = typeof input === 'string' && input.startsWith('/') ? new URL(input, window.location.href) : input;
    const { signal, ...rest } = init ?? {};
    let nodeSignal: AbortSignal | undefined;
    if (signal) {
      const controller = new AbortController();
      if (signal.aborted) controller.abort();
      else signal.addEventListener('abort', () => controller.abort());
      nodeSignal = controller.signal;
    }
    super(url, { ...rest, ...(nodeSignal ? { signal: nodeSignal } : {}) });
  }
}
globalThis.Request = PageRequest as typeof Request;

// findBy…/waitFor: the autocompletes wait 250 ms for typing to pause, and the shared 2-core machine is often busy
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
});
afterAll(() => server.close());
