// Fails the build when content is invalid, listing every problem at once in Finnish. Astro itself
// stops at the first schema error and only logs dangling references, so this runs first.
import type { AstroIntegration } from 'astro';
import { formatIssue, summarise } from '../lib/validation/issues.ts';
import { validateContent } from '../node/validation/validate-content.ts';

export class ContentValidationError extends Error {
  constructor(report: string) {
    super(`Sisällössä on virheitä. Korjaa ne ja aja uudelleen (npm run validate näyttää saman listan):\n${report}`);
    this.name = 'ContentValidationError';
  }
}

export default function contentGuard({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'tyollisyystalo:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const result = validateContent({ contentDir });
        for (const warning of result.issues.filter((issue) => issue.severity === 'warning')) logger.warn(formatIssue(warning));
        if (result.errors.length === 0) {
          logger.info(`Sisältö tarkistettu: ${result.services.length} palvelua, ${result.providers.length} toimijaa (${summarise(result.issues)}).`);
          return;
        }
        const report = `${result.errors.map(formatIssue).join('\n')}\n${summarise(result.issues)}`;
        if (command === 'build') throw new ContentValidationError(report);
        logger.error(report);
      },
    },
  };
}
