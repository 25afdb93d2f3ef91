// Unit tests: schemas, validation and the pure functions in src/lib/. They run in Node without
// building the site.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
