// Confirmation as data: status vahvistettu with a role (never a person's name) and a date; the
// service page's confirmation line; the validator's warning a year on; attention order.
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { byAttention, lastChecked, verificationOf } from '../../../../src/lib/review/attention.ts';
import { confirmationText } from '../../../../src/lib/review/confirmation-text.ts';
import { freshnessRows } from '../../../../src/lib/validation/freshness.ts';
import { parseWithSchema } from '../../../../src/lib/validation/parse-entry.ts';
import { readSourceFile } from '../../../../src/lib/validation/source-file.ts';
import { validateContent } from '../../../../src/node/validation/validate-content.ts';
import { looksLikePersonName } from '../../../../src/schemas/confirmation.ts';
import { serviceSchema } from '../../../../src/schemas/service.ts';

const SERVICE = `title: Työhönvalmennus
summary: Valmentaja tukee sinua työnhaussa ja työhön siirtymisessä omassa tahdissasi.
areas: [tyo-ja-tulevaisuus]
provider: toimija
audiences: [osatyokykyiset]
forWhom: Osatyökykyisille työnhakijoille, jotka tarvitsevat tukea.
access:
  - route: itse
    text: Soita neuvontaan.
duration: 3–12 kuukautta
cost: maksuton
municipalities: [koko alue]
channels:
  - type: web
    url: https://www.example.fi/
lastReviewed: 2026-10-20
owner: Toimija, työllisyyspalvelut`;

function issues(extra: string) {
  const source = readSourceFile('content/services/testi.md', `---\n${SERVICE}\n${extra}\n---\n\nTeksti.\n`, 'mdx');
  return parseWithSchema(serviceSchema, source).issues.map((issue) => `${issue.field}: ${issue.message}`);
}

describe('confirmation fields', () => {
  it('accepts a confirmation with a role and a date', () => {
    expect(issues('status: vahvistettu\nconfirmedBy: palveluvastaava\nconfirmedOn: 2026-11-01')).toEqual([]);
    expect(issues('status: vahvistettu\nconfirmedBy: Kaupungin työpaja, vastaava ohjaaja\nconfirmedOn: 2026-11-01')).toEqual([]);
  });

  it('rejects a person’s name as the confirmer, explaining why in Finnish', () => {
    const [problem, ...rest] = issues('status: vahvistettu\nconfirmedBy: Matti Meikäläinen\nconfirmedOn: 2026-11-01');
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^confirmedBy: "Matti Meikäläinen" näyttää henkilön nimeltä\..*rooli tai yksikkö, ei henkilön nimeä.*henkilötieto/,
    );
  });

  it('rejects contact details in the confirmer', () => {
    expect(issues('status: vahvistettu\nconfirmedBy: matti@example.fi\nconfirmedOn: 2026-11-01')[0]).toMatch(
      /^confirmedBy: .*sähköpostiosoitetta/,
    );
    expect(issues('status: vahvistettu\nconfirmedBy: soita 040 123 4567\nconfirmedOn: 2026-11-01')[0]).toMatch(/puhelinnumeroa/);
  });

  it('needs both the role and the date when confirmed, and neither otherwise', () => {
    expect(issues('status: vahvistettu')).toEqual([
      expect.stringMatching(/^confirmedBy: Vahvistetulla palvelulla/),
      expect.stringMatching(/^confirmedOn: Vahvistetulla palvelulla/),
    ]);
    expect(issues('confirmedOn: 2026-11-01')).toEqual([
      expect.stringMatching(/^confirmedOn: confirmedOn kuuluu vain vahvistetulle palvelulle/),
    ]);
  });

  it('tells names from roles and organisations', () => {
    expect(['Matti Meikäläinen', 'Anna-Liisa Virtanen', 'Maija Liisa Mäki'].map(looksLikePersonName)).toEqual([true, true, true]);
    expect(
      ['palveluvastaava', 'Esimerkki Ry', 'Kela', 'Nuorten työpaja, vastaava ohjaaja', 'Työllisyyspalvelujen esihenkilö'].map(
        looksLikePersonName,
      ),
    ).toEqual([false, false, false, false, false]);
  });
});

describe('the confirmation line of a service page', () => {
  const confirmed = verificationOf({
    status: 'vahvistettu',
    confirmedBy: 'palveluvastaava',
    confirmedOn: new Date('2026-11-01T00:00:00Z'),
  });

  it('reads "Tiedot vahvistanut: <role>, <date>" in Finnish, with the role and date as parts', () => {
    const text = confirmationText(confirmed, useTranslations('fi'), 'fi');
    expect(text).toMatchObject({ role: 'palveluvastaava', datetime: '2026-11-01', date: '1.11.2026' });
    expect(text && `${text.before}${text.role}${text.between}${text.date}${text.after}`).toBe(
      'Tiedot vahvistanut: palveluvastaava, 1.11.2026',
    );
  });

  it('is translated on the English page, the role kept as written', () => {
    const text = confirmationText(confirmed, useTranslations('en'), 'en');
    expect(text && `${text.before}${text.role}${text.between}${text.date}${text.after}`).toBe(
      'Details confirmed by: palveluvastaava, 1 November 2026',
    );
  });

  it('gives nothing for an unconfirmed service, so the page shows the unconfirmed notice', () => {
    expect(confirmationText(verificationOf({ status: 'tarkistettava' }), useTranslations('fi'), 'fi')).toBeUndefined();
    expect(verificationOf({ status: 'vahvistettu', confirmedBy: undefined, confirmedOn: undefined })).toEqual({ confirmed: false });
  });
});

describe('attention order', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const items = [
    { title: 'Vahvistettu vanha', status: 'vahvistettu' as const, lastReviewed: day('2024-01-01'), confirmedOn: day('2024-02-01') },
    { title: 'Tarkistettava uusi', status: 'tarkistettava' as const, lastReviewed: day('2026-11-01') },
    { title: 'Vahvistettu uusi', status: 'vahvistettu' as const, lastReviewed: day('2025-01-01'), confirmedOn: day('2026-10-01') },
    { title: 'Tarkistettava vanha', status: 'tarkistettava' as const, lastReviewed: day('2025-06-01') },
  ];

  it('lists unconfirmed services first, then by the oldest check', () => {
    expect(items.toSorted(byAttention).map((item) => item.title)).toEqual([
      'Tarkistettava vanha',
      'Tarkistettava uusi',
      'Vahvistettu vanha',
      'Vahvistettu uusi',
    ]);
    expect(lastChecked(items[2]!)).toEqual(day('2026-10-01'));
  });

  it('is the order of the freshness report', () => {
    const rows = freshnessRows(
      items.map((data, index) => ({
        id: `s${index}`,
        source: readSourceFile(`content/services/s${index}.md`, '---\n---\n', 'mdx'),
        data: { ...data, owner: 'Yksikkö', draft: false },
      })),
      day('2026-12-01'),
    );
    expect(rows.map((row) => row.title)).toEqual(['Tarkistettava vanha', 'Tarkistettava uusi', 'Vahvistettu vanha', 'Vahvistettu uusi']);
    expect(rows.map((row) => row.stale)).toEqual([true, false, true, false]);
  });
});

describe('the validator', () => {
  it('warns when a confirmation is older than 12 months', () => {
    const result = validateContent({ contentDir: 'tests/fixtures/toinen-alue', now: new Date('2028-01-15T12:00:00Z') });
    const warning = result.issues.find((issue) => issue.field === 'confirmedOn');
    expect(warning).toMatchObject({ file: 'tests/fixtures/toinen-alue/services/tyonhaun-tuki.md', severity: 'warning' });
    expect(warning?.message).toMatch(/vahvisti tiedot yli 12 kuukautta sitten/);
    expect(
      validateContent({ contentDir: 'tests/fixtures/toinen-alue', now: new Date('2026-12-15T12:00:00Z') }).issues.some(
        (issue) => issue.field === 'confirmedOn',
      ),
    ).toBe(false);
  });
});
