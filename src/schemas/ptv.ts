// PTV ids on an entry (Palvelutietovaranto, the national service register): which PTV service or
// organisation and which service channels an entry was imported from. `npm run ptv:import` writes
// them, so a re-import updates the same file instead of adding a duplicate; `npm run ptv:check`
// compares the entry with PTV's current data. `hashes` remember each text as it was imported, so a
// re-import can tell a text an editor has changed (kept and reported) from one PTV has changed.
import { z } from 'astro/zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ptvId = (field: string) =>
  z.string({ error: `Anna PTV-tunniste (${field}) tekstinä, esimerkiksi 3fa85f64-5717-4562-b3fc-2c963f66afa6.` }).regex(UUID, {
    error: `PTV-tunniste (${field}) on UUID-muotoinen, esimerkiksi 3fa85f64-5717-4562-b3fc-2c963f66afa6. Kopioi se PTV:stä sellaisenaan; älä muuta sitä, sillä tuonti tunnistaa tiedoston sen avulla.`,
  });

const importDate = z
  .string({ error: 'Tuontipäivä (ptv.imported) on muotoa VVVV-KK-PP, esimerkiksi 2026-12-02.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tuontipäivä (ptv.imported) on muotoa VVVV-KK-PP, esimerkiksi 2026-12-02.' });

/** Short fingerprints of the imported texts, by field name (sv:title for a translation). */
const hashes = z.record(
  z
    .string()
    .regex(/^(?:(?:sv|en):)?[a-zA-Z]+$/, {
      error: 'Tuonnin tarkistesummien (ptv.hashes) avaimet ovat kenttien nimiä. Älä muokkaa niitä käsin.',
    }),
  z
    .string()
    .regex(/^[0-9a-f]{10}$/, {
      error:
        'Tuonnin tarkistesumma (ptv.hashes) on kymmenen merkin heksaluku. Älä muokkaa sitä käsin; poista koko rivi, jos haluat tuonnin kirjoittavan kentän uudelleen.',
    }),
  { error: 'Tuonnin tarkistesummat (ptv.hashes) ovat luettelo kenttä: summa. Älä muokkaa niitä käsin.' },
);

const channelIds = z.array(ptvId('ptv.channels'), { error: 'Anna asiointikanavien PTV-tunnisteet (ptv.channels) luettelona.' }).default([]);

const confirmAreas = z
  .boolean({ error: 'ptv.confirmAreas on true tai false.' })
  .optional()
  .describe("true: the life areas are the importer's proposal and wait for an editor to confirm them.");

export const servicePtv = z.strictObject({
  /** The PTV service (Palvelu) this entry was imported from. */
  service: ptvId('ptv.service'),
  /** The PTV service channels (asiointikanavat) whose contacts the entry shows. */
  channels: channelIds,
  /** Date of the last import that changed this file. */
  imported: importDate.optional(),
  confirmAreas,
  hashes: hashes.optional(),
});

export const providerPtv = z.strictObject({
  /** The PTV organisation (Organisaatio) this provider was imported from. */
  organization: ptvId('ptv.organization'),
  channels: channelIds,
  imported: importDate.optional(),
  hashes: hashes.optional(),
});

export type ServicePtv = z.output<typeof servicePtv>;
export type ProviderPtv = z.output<typeof providerPtv>;
