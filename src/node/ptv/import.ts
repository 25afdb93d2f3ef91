// npm run ptv:import, minus the command line: writes draft services, their sv/en translations and
// their providers from PTV data into a content folder, updates the files an earlier import wrote
// (found by their PTV ids, never by name), keeps what editors have changed, and keeps the
// contact-source register true. Returns a report per file; never throws on bad PTV data.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Channel } from '../../schemas/channel.ts';
import { findEmails, findPhoneNumbers } from '../../lib/validation/contact-register.ts';
import { serviceIdFor } from '../../lib/scaffold/service-template.ts';
import { channelKey } from '../../lib/ptv/channels.ts';
import {
  newDocument,
  readEntry,
  readFolder,
  renderMarkdown,
  renderYaml,
  setValues,
  writeIfChanged,
  type EntryFile,
} from './content-files.ts';
import type { PtvData } from '../../lib/ptv/input.ts';
import { mergeFields } from '../../lib/ptv/merge.ts';
import { PUBLISHED } from '../../lib/ptv/model.ts';
import { PTV_API, updateRegister, type RegisterCandidate } from './register.ts';
import { providerFields } from '../../lib/ptv/provider-map.ts';
import { mapService, type MappedService } from '../../lib/ptv/service-map.ts';
import { fingerprint, fitText, localized } from '../../lib/ptv/text.ts';
import type { FileAction, FileReport, ImportReport } from '../../lib/ptv/import-report.ts';

export type { FileAction, FileReport, ImportReport };



export interface ImportOptions {
  contentDir: string;
  data: PtvData;
  now: Date;
  /** Paths in the report are relative to this folder. */
  rootDir?: string;
}

const SERVICE_FIELDS = [
  'title',
  'summary',
  'areas',
  'provider',
  'audiences',
  'forWhom',
  'access',
  'duration',
  'cost',
  'languages',
  'municipalities',
  'channels',
  'keywords',
] as const;
const TRANSLATION_FIELDS = ['title', 'summary', 'forWhom', 'duration', 'body'] as const;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const hashesOf = (entry: EntryFile | undefined) => record(record(entry?.data['ptv'])['hashes']) as Record<string, string>;

function siteMunicipalities(contentDir: string): string[] | undefined {
  const path = join(contentDir, 'site.yaml');
  if (!existsSync(path)) return undefined;
  try {
    const list = record(parse(readFileSync(path, 'utf8')))['municipalities'];
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Register entries for the contacts of one entry's channels and texts. */
function candidatesFor(
  channels: readonly Channel[],
  sources: Readonly<Record<string, string>>,
  texts: readonly string[],
  owner: string,
  fallback: string,
): RegisterCandidate[] {
  const out: RegisterCandidate[] = [];
  for (const channel of channels) {
    const id = sources[channelKey(channel)];
    const source = id ? `${PTV_API}/ServiceChannel/${id}` : fallback;
    const name = `${owner}${channel.label ? ` – ${channel.label}` : ''} (PTV)`;
    if (channel.type === 'phone') out.push({ type: 'phone', value: channel.number, owner: name, source });
    else if (channel.type === 'email') out.push({ type: 'email', value: channel.address, owner: name, source });
    else if (channel.type === 'address')
      out.push({ type: 'address', value: `${channel.street}, ${channel.postalCode} ${channel.city}`, owner: name, source });
    else if (channel.type !== 'service') out.push({ type: 'web', value: channel.url, owner: name, source });
    // Structured hours are a fact of their own in the register, named by the channel (contact-register.ts).
    const named = hoursChannelName(channel);
    if (named && 'openingHours' in channel && channel.openingHours !== undefined)
      out.push({ type: 'hours', value: named, owner: `${name}, aukioloajat`, source });
  }
  for (const text of texts) {
    for (const found of findPhoneNumbers(text))
      out.push({ type: 'phone', value: found.value, owner: `${owner} (PTV, kuvausteksti)`, source: fallback });
    for (const found of findEmails(text))
      out.push({ type: 'email', value: found.value, owner: `${owner} (PTV, kuvausteksti)`, source: fallback });
  }
  return out;
}

/** What names a channel in an `hours` register entry: its number, chat address or street address. */
function hoursChannelName(channel: Channel): string | undefined {
  if (channel.type === 'phone') return channel.number;
  if (channel.type === 'chat') return channel.url;
  if (channel.type === 'address') return `${channel.street}, ${channel.postalCode} ${channel.city}`;
  return undefined;
}

/** A free file name for a new entry: the slug of its name, with -2, -3 … if taken. */
function freeId(name: string, taken: ReadonlySet<string>): string {
  const base = serviceIdFor(name) || 'ptv-palvelu';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

export function runImport({ contentDir, data, now, rootDir = process.cwd() }: ImportOptions): ImportReport {
  const rel = (path: string) => relative(rootDir, path) || path;
  const today = isoDate(now);
  const files: FileReport[] = [];
  const notes: string[] = [];
  const candidates: RegisterCandidate[] = [];

  const municipalities = siteMunicipalities(contentDir);
  if (municipalities === undefined)
    notes.push(
      `Sisältökansiossa ei ole tiedostoa site.yaml: kunnat kirjoitettiin PTV:n nimillä. Luo site.yaml (kunnat, alueen nimi) ennen kuin ajat npm run validate.`,
    );
  const channels = new Map(data.channels.map((channel) => [channel.id, channel]));
  const organizations = new Map(data.organizations.map((organization) => [organization.id, organization]));
  const organizationNames = new Map<string, string>();
  for (const organization of data.organizations) {
    const name = localized(organization.organizationNames, 'fi', 'Name') ?? localized(organization.organizationNames, 'fi');
    if (name) organizationNames.set(organization.id, name);
  }

  const servicesDir = join(contentDir, 'services');
  const providersDir = join(contentDir, 'providers');
  const services = readFolder(servicesDir, 'md');
  const providers = readFolder(providersDir, 'yaml');
  const serviceByPtv = new Map(
    services.flatMap((entry) => {
      const id = record(entry.data['ptv'])['service'];
      return typeof id === 'string' ? [[id.toLowerCase(), entry] as const] : [];
    }),
  );
  const providerByPtv = new Map(
    providers.flatMap((entry) => {
      const id = record(entry.data['ptv'])['organization'];
      return typeof id === 'string' ? [[id.toLowerCase(), entry] as const] : [];
    }),
  );
  const serviceIds = new Set(services.map((entry) => entry.id));
  const serviceTitles = new Map(services.map((entry) => [String(entry.data['title'] ?? '').toLowerCase(), entry]));
  const providerIds = new Set(providers.map((entry) => entry.id));
  const providerNames = new Map(providers.map((entry) => [String(entry.data['name'] ?? '').toLowerCase(), entry]));

  /** The provider id for a service's organisation: found by PTV id, then by name, else written. */
  const providerFor = (mapped: MappedService): string | FileReport => {
    const ptvId = mapped.organization.id?.toLowerCase();
    const organization = ptvId
      ? (organizations.get(ptvId) ?? data.organizations.find((item) => item.id.toLowerCase() === ptvId))
      : undefined;
    const name = (ptvId ? organizationNames.get(ptvId) : undefined) ?? mapped.organization.name ?? mapped.fields.owner;
    const existing = ptvId ? providerByPtv.get(ptvId) : undefined;
    // Without the organisation's own data (only its name on the service) an imported provider is
    // left as it is: a name is not enough to update it.
    if (existing && !organization) return existing.id;
    if (!existing) {
      const byName = providerNames.get(name.toLowerCase());
      if (byName) return byName.id;
    }
    if (!ptvId)
      return {
        file: rel(providersDir),
        action: 'ohitettu',
        ptvId: mapped.ptvId,
        reason: 'Palvelulla ei ole vastuuorganisaatiota PTV:ssä, joten toimijaa ei voitu päätellä.',
        updated: [],
        conflicts: [],
        unmapped: [],
        areaReasons: [],
      };
    const id = existing?.id ?? freeId(name, providerIds);
    const path = existing?.path ?? join(providersDir, `${id}.yaml`);
    const fields = providerFields(organization, name, id);
    const merged = mergeFields(existing?.data, hashesOf(existing), fields.values);
    const ptv = {
      organization: ptvId,
      channels: fields.channelIds,
      imported: existing && merged.updated.length === 0 ? (record(existing.data['ptv'])['imported'] as string | undefined) : today,
      hashes: merged.hashes,
    };
    const doc = existing?.doc ?? newDocument({});
    setValues(doc, existing ? { ...pick(merged.values, merged.updated), ptv } : { ...merged.values, ptv });
    // Only a change of data is written: a file an editor has laid out differently stays as it is.
    const providerChanged =
      !existing || merged.updated.length > 0 || fingerprint(record(existing.data['ptv'])) !== fingerprint(compact(ptv));
    const wrote = providerChanged && writeIfChanged(path, renderYaml(doc));
    if (!existing) {
      providerIds.add(id);
      providerNames.set(name.toLowerCase(), { id, path, doc, data: doc.toJS() as Record<string, unknown>, body: '', text: '' });
    }
    const reread = readEntry(path, 'yaml');
    if (reread) providerByPtv.set(ptvId, reread);
    candidates.push(
      ...candidatesFor(
        (merged.values['channels'] as Channel[] | undefined) ?? [],
        fields.sources,
        [],
        name,
        `${PTV_API}/Organization/${ptvId}`,
      ),
    );
    if (typeof merged.values['website'] === 'string')
      candidates.push({
        type: 'web',
        value: merged.values['website'],
        owner: `${name} – verkkosivut (PTV)`,
        source: `${PTV_API}/Organization/${ptvId}`,
      });
    if (wrote || !existing) {
      files.push({
        file: rel(path),
        action: existing ? 'päivitetty' : 'luotu',
        ptvId,
        updated: merged.updated,
        conflicts: merged.conflicts,
        unmapped: fields.unmapped,
        areaReasons: [],
      });
    }
    return id;
  };

  for (const service of data.services) {
    const existing = serviceByPtv.get(service.id.toLowerCase());
    if (service.publishingStatus && service.publishingStatus !== PUBLISHED) {
      files.push({
        file: existing ? rel(existing.path) : rel(servicesDir),
        action: 'ohitettu',
        ptvId: service.id,
        reason: `Palvelu ei ole julkaistu PTV:ssä (${service.publishingStatus}).${existing ? ' Tiedostoa ei muutettu; npm run ptv:check ilmoittaa asiasta.' : ''}`,
        updated: [],
        conflicts: [],
        unmapped: [],
        areaReasons: [],
      });
      continue;
    }
    const mapped = mapService(service, { channels, municipalities: municipalities ?? [], organizationNames, now });
    if ('reason' in mapped) {
      files.push({
        file: existing ? rel(existing.path) : rel(servicesDir),
        action: 'ohitettu',
        ptvId: service.id,
        reason: mapped.reason,
        updated: [],
        conflicts: [],
        unmapped: [],
        areaReasons: [],
      });
      continue;
    }
    // Two PTV services of one name (often: the same service by two organisations) get the
    // organisation in the name, because titles must be unique on the site.
    const clash = serviceTitles.get(mapped.fields.title.toLowerCase());
    if (clash && clash.path !== existing?.path && record(clash.data['ptv'])['service']) {
      const title = fitText(`${mapped.fields.title} (${mapped.fields.owner})`, 100);
      mapped.unmapped.push(`nimi "${mapped.fields.title}" on jo toisella PTV:n palvelulla; nimeksi tuli "${title}" – tarkista`);
      mapped.fields.title = title;
    }
    if (!existing) {
      const sameTitle = serviceTitles.get(mapped.fields.title.toLowerCase());
      if (sameTitle) {
        files.push({
          file: rel(sameTitle.path),
          action: 'ohitettu',
          ptvId: service.id,
          reason: `Samanniminen palvelu on jo olemassa ilman PTV-tunnistetta. Jos se on sama palvelu, lisää siihen ptv: { service: ${service.id} } ja aja tuonti uudelleen; muuten nimeä toinen palveluista uudelleen.`,
          updated: [],
          conflicts: [],
          unmapped: [],
          areaReasons: [],
        });
        continue;
      }
    }
    const provider = providerFor(mapped);
    if (typeof provider !== 'string') {
      files.push(provider);
      continue;
    }
    const id = existing?.id ?? freeId(mapped.fields.title, serviceIds);
    const path = existing?.path ?? join(servicesDir, `${id}.md`);
    const { body, ...fields } = mapped.fields;
    const incoming: Record<string, unknown> = { ...fields, provider, body };
    const current = existing ? { ...existing.data, body: existing.body } : undefined;
    const merged = mergeFields(current, hashesOf(existing), incoming);

    // Translations: their fingerprints live in the master's ptv.hashes as sv:title …
    const translationWrites: { path: string; text: string; existed: boolean }[] = [];
    const updated = [...merged.updated];
    const conflicts = [...merged.conflicts];
    let hashes = merged.hashes;
    for (const language of ['sv', 'en'] as const) {
      const translation = mapped.translations[language];
      if (!translation) continue;
      const tPath = join(servicesDir, language, `${id}.md`);
      const tFile = readEntry(tPath, 'md');
      const prefixed = Object.fromEntries(TRANSLATION_FIELDS.map((field) => [`${language}:${field}`, translation[field]]));
      const tCurrent = tFile
        ? Object.fromEntries(TRANSLATION_FIELDS.map((field) => [`${language}:${field}`, field === 'body' ? tFile.body : tFile.data[field]]))
        : undefined;
      const tMerged = mergeFields(tCurrent, hashes, prefixed);
      hashes = tMerged.hashes;
      updated.push(...tMerged.updated);
      conflicts.push(...tMerged.conflicts);
      const values = Object.fromEntries(
        TRANSLATION_FIELDS.filter((field) => field !== 'body').map((field) => [field, tMerged.values[`${language}:${field}`]]),
      );
      const tBody = String(tMerged.values[`${language}:body`] ?? '');
      const changed = !tFile || tMerged.updated.length > 0;
      const doc = tFile?.doc ?? newDocument({});
      setValues(
        doc,
        tFile
          ? pick(
              values,
              tMerged.updated.map((key) => key.slice(3)),
            )
          : { ...values, translatedBy: fitText(`Palvelutietovaranto (PTV): ${mapped.fields.owner}`, 160), lastReviewed: today },
      );
      if (tFile && changed) setValues(doc, { lastReviewed: today });
      if (changed)
        translationWrites.push({
          path: tPath,
          text: renderMarkdown(doc, tFile && !tMerged.updated.includes(`${language}:body`) ? tFile.body : tBody),
          existed: Boolean(tFile),
        });
    }

    const changed = !existing || updated.length > 0;
    const oldPtv = record(existing?.data['ptv']);
    const ptv = {
      service: service.id,
      channels: mapped.channelIds,
      imported: changed ? today : (oldPtv['imported'] as string | undefined),
      confirmAreas: existing ? (oldPtv['confirmAreas'] as boolean | undefined) : true,
      hashes,
    };
    let doc = existing?.doc;
    const { body: newBody, ...values } = merged.values;
    if (!doc) {
      doc = newDocument({
        ...pick(values, [...SERVICE_FIELDS]),
        lastReviewed: today,
        owner: mapped.fields.owner,
        status: 'tarkistettava',
        draft: true,
        ptv,
      });
      doc.commentBefore =
        ' Tuotu Palvelutietovarannosta (npm run ptv:import). Luonnos: tarkista tekstit ja elämänalueet\n (ptv.confirmAreas: poista rivi, kun alueet on vahvistettu), poista sitten draft-rivi.';
    } else {
      setValues(
        doc,
        pick(
          values,
          merged.updated.filter((field) => field !== 'body'),
        ),
      );
      if (merged.updated.length > 0) setValues(doc, { lastReviewed: today, status: 'tarkistettava' });
      setValues(doc, { ptv: compact(ptv) });
    }
    if (!existing) setValues(doc, { ptv: compact(ptv) });
    const text = renderMarkdown(doc, existing && !merged.updated.includes('body') ? existing.body : String(newBody ?? ''));
    const serviceChanged = !existing || merged.updated.length > 0 || fingerprint(oldPtv) !== fingerprint(compact(ptv));
    const wrote = serviceChanged && writeIfChanged(path, text);
    let wroteTranslation = false;
    for (const write of translationWrites) wroteTranslation = writeIfChanged(write.path, write.text) || wroteTranslation;
    serviceIds.add(id);
    serviceTitles.set(String(values['title'] ?? mapped.fields.title).toLowerCase(), {
      id,
      path,
      doc,
      data: { ptv: { service: service.id } },
      body: '',
      text: '',
    });
    const finalChannels = (values['channels'] as Channel[] | undefined) ?? mapped.fields.channels;
    candidates.push(
      ...candidatesFor(
        finalChannels,
        mapped.sources,
        [text, ...translationWrites.map((write) => write.text)],
        mapped.fields.owner,
        `${PTV_API}/Service/${service.id}`,
      ),
    );
    files.push({
      file: rel(path),
      action: !existing ? 'luotu' : wrote || wroteTranslation ? 'päivitetty' : 'ennallaan',
      ptvId: service.id,
      updated,
      conflicts,
      unmapped: mapped.unmapped,
      areaReasons: existing ? [] : mapped.areaReasons,
    });
  }

  const register = updateRegister(contentDir, candidates, today);
  return { files, problems: data.problems, register, notes };
}

function pick(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in values).map((key) => [key, values[key]]));
}

/** Leaves out undefined members, which YAML would write as null. */
function compact(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}
