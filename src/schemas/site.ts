// Site settings (content/site.yaml): everything that makes one region's site differ from another's.
import { z } from 'astro/zod';
import { emailAddress, entryId, text, webUrl } from './common.ts';

export const siteSchema = z
  .strictObject({
    /** Name of the region, e.g. "Pirkanmaa". */
    regionName: text('alueen nimi', { max: 60 }),
    /** Region name in the locative used in sentences, e.g. "Pirkanmaalla". */
    regionInessive: text('alueen nimi sisäpaikallissijassa (esim. Pirkanmaalla)', { max: 60 }),
    /**
     * The region's name on Swedish and English pages, e.g. "Birkaland", "Pirkanmaa". Optional:
     * without one those pages use the Finnish name (the sentences around it take the plain name).
     */
    regionNames: z
      .strictObject({
        sv: text('alueen nimi ruotsiksi (regionNames.sv)', { max: 60 }).optional(),
        en: text('alueen nimi englanniksi (regionNames.en)', { max: 60 }).optional(),
      })
      .optional(),
    /** The organisation that publishes the site. */
    organisation: text('julkaisijan nimi', { max: 120 }),
    /** Provider id of the publishing organisation. */
    organisationProvider: text('julkaisijan toimijatunniste'),
    /** Public address of the published site, used for canonical links, the sitemap and open data. */
    siteUrl: webUrl(),
    /** The municipalities of the region, in Finnish. */
    municipalities: z.array(text('kunnan nimi', { max: 40 })).min(1, { error: 'Luettele alueen kunnat (municipalities).' }),
    /** Where error reports and feedback go: an issue form, an e-mail address, or both. */
    feedback: z
      .strictObject({
        issueUrl: webUrl(true).optional(),
        email: emailAddress.optional(),
      })
      .refine((value) => value.issueUrl !== undefined || value.email !== undefined, {
        error: 'Anna palautekanavaksi vähintään issueUrl (https) tai email.',
      }),
    /** Optional chat service for clients. */
    chatUrl: webUrl(true).optional(),
    /** The official Kykyviisari self-assessment (owned by Työterveyslaitos). */
    kykyviisariUrl: webUrl(true),
    /**
     * "Aloita tästä": services (ids of content/services) to suggest when a reader does not know where
     * to start — on the search page when nothing is found, in the guided start and when the referral
     * finder has no match. Optional: without it those places only offer browsing.
     */
    startHere: z
      .array(entryId, { error: 'Anna aloituspalvelut (startHere) luettelona palvelujen tunnisteita, esimerkiksi [tyollisyyspalvelut].' })
      .max(4, { error: 'Anna enintään neljä aloituspalvelua (startHere), jotta ehdotus pysyy lyhyenä.' })
      .default([]),
    /** Services the checklist's "next steps" point to (ids of content/services). Optional. */
    checklistNextSteps: z
      .array(entryId, { error: 'Anna muistilistan jatkopalvelut (checklistNextSteps) luettelona palvelujen tunnisteita.' })
      .max(6, { error: 'Anna enintään kuusi muistilistan jatkopalvelua (checklistNextSteps).' })
      .default([]),
    /**
     * The operating model (id of content/models) whose support-plan structure the plan template follows;
     * the template links to it. Optional.
     */
    supportPlanModel: entryId.optional(),
    /**
     * The form editor at /admin/ (Decap CMS): the GitHub repository it opens pull requests in and
     * the sign-in service. Optional: without it the editor works only locally (npm run cms).
     * Nothing secret belongs here; the OAuth client secret lives in the sign-in service.
     */
    cms: z
      .strictObject({
        repo: z
          .string({ error: 'Anna repositorio (cms.repo) muodossa omistaja/nimi, esimerkiksi tyollisyystalo/tyollisyystalo.' })
          .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, {
            error: 'Repositorio (cms.repo) on muotoa omistaja/nimi, esimerkiksi tyollisyystalo/tyollisyystalo, ilman https://github.com/-alkua.',
          }),
        branch: text('haara (cms.branch)', { max: 100 }).default('main'),
        /** The OAuth sign-in service that holds the GitHub client secret (Decap's base_url). */
        baseUrl: webUrl(true).optional(),
        /** Path of the sign-in on that service (Decap's auth_endpoint), e.g. "auth". */
        authEndpoint: text('kirjautumispolku (cms.authEndpoint)', { max: 200 })
          .regex(/^[A-Za-z0-9_./-]+$/, { error: 'Kirjautumispolku (cms.authEndpoint) on polku ilman osoitteen alkua, esimerkiksi auth.' })
          .optional(),
      })
      .optional(),
  });

export type SiteSettings = z.output<typeof siteSchema>;
