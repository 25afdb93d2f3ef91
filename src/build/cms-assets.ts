// Copies the editor's program (Decap CMS, installed from npm) into the built site's /admin/, so
// /admin/ loads it from the site itself and never from a CDN. Decap loads its code-editor parts
// and WebAssembly lazily from the folder of the page (webpack public path ""), so they come along.
// Source maps stay behind: 50 MB that no editor needs.
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** decap-cms.js, its numbered chunks and the WebAssembly files, without source maps. */
export const isCmsAsset = (name: string): boolean => /^(?:\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm');

export function cmsDistDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

export default function cmsAssets(): AstroIntegration {
  return {
    name: 'tyollisyystalo:cms-assets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const source = cmsDistDir();
        const target = join(fileURLToPath(dir), 'admin');
        mkdirSync(target, { recursive: true });
        const files = readdirSync(source).filter(isCmsAsset);
        for (const file of files) copyFileSync(join(source, file), join(target, file));
        logger.info(`Decap CMS: ${files.length} tiedostoa kansioon admin/`);
      },
    },
  };
}
