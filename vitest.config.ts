import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The engine suite starts real swarm services; keep files from fighting over it.
    fileParallelism: true,
    testTimeout: 30000,
  },
});
