// Tests that run in Node without building the site: tests/unit/ mirrors src/ (and cli/), tests/content/
// holds the policies of this region's content, tests/source/ the rules of the code base itself.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/source/**/*.test.ts'],
    environment: 'node',
  },
});
