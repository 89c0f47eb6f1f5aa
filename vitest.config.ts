import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    // Every core (Vitest leaves one free by default): many tests spend their time waiting on a
    // child process (the command line, Chromium), so a worker per core keeps the cores busy.
    maxWorkers: '100%',
  },
});
