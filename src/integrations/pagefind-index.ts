// Builds the Pagefind search index from the finished site in the same `astro build`, through
// Pagefind's Node API. Any indexing error fails the build with its cause.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'tyollisyystalo:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: hakemiston luonti epäonnistui: ${createErrors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: sivujen indeksointi epäonnistui: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('Pagefind: yhtään sivua ei indeksoitu (puuttuuko data-pagefind-body?).');
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: hakemiston kirjoitus epäonnistui: ${written.errors.join('; ')}`);
        logger.info(`Pagefind: ${added.page_count} sivua indeksoitu.`);
        await pagefind.close();
      },
    },
  };
}
