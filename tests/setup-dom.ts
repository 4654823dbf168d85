// Setup for the jsdom "components" project: jest-dom matchers, cleanup between tests, and stubs
// for browser APIs jsdom lacks that React, recharts or maplibre-gl touch on import or first render.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library only cleans up by itself when vitest globals are on; they are off here.
afterEach(() => {
  cleanup();
});

if (typeof window.URL.createObjectURL !== 'function') {
  let counter = 0;
  window.URL.createObjectURL = () => `blob:http://localhost/stub-${++counter}`;
}
if (typeof window.URL.revokeObjectURL !== 'function') {
  window.URL.revokeObjectURL = () => {};
}

if (typeof window.ResizeObserver !== 'function') {
  class ResizeObserverStub implements ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  window.ResizeObserver = ResizeObserverStub;
}

if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}
