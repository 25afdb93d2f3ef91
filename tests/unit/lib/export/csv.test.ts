// The services CSV: RFC 4180 quoting with `;`, BOM and CRLF, checked by parsing the output back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { BOM, buildServicesCsv, csvField, toCsv } from '../../../../src/lib/export/csv.ts';
import { parseCsv } from '../../../support/csv-parser.ts';
import { clubhouse, coordinator, crisisLine, source, sourceWithUnverified, unverified } from '../../../support/export-fixtures.ts';

const withoutBom = (text: string) => {
  expect(text.startsWith(BOM)).toBe(true);
  return text.slice(BOM.length);
};

describe('csvField', () => {
  it('leaves plain text alone and quotes separators, quotes and line breaks', () => {
    expect(csvField('Työkykykoordinaattori')).toBe('Työkykykoordinaattori');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('sanoi "hei"')).toBe('"sanoi ""hei"""');
    expect(csvField('rivi 1\nrivi 2')).toBe('"rivi 1\nrivi 2"');
    expect(csvField(' välilyönti ')).toBe('" välilyönti "');
  });
});

describe('toCsv', () => {
  it('starts with the BOM and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe(`${BOM}a;b\r\nc;d\r\n`);
  });

  it('round-trips any table of strings through an RFC 4180 parser', () => {
    const table = fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    const tricky = fc.array(
      fc.array(fc.constantFrom('', ';', '"', '\r\n', '\n', 'ä', ' x ', '""', 'a;"b"\r'), { minLength: 1, maxLength: 4 }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(fc.oneof(table, tricky), (rows) => {
        expect(parseCsv(withoutBom(toCsv(rows)))).toEqual(rows);
      }),
    );
  });
});

describe('buildServicesCsv', () => {
  const t = useTranslations('fi');
  const rows = parseCsv(withoutBom(buildServicesCsv(source(), t)));
  const [header = [], ...records] = rows;
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`No column ${name}`);
    return index;
  };
  const record = (id: string) => {
    const found = records.find((row) => row[0] === id);
    if (!found) throw new Error(`No row for ${id}`);
    return found;
  };

  it('has one row per published service, in the given order, and no draft', () => {
    expect(records.map((row) => row[0])).toEqual([clubhouse.id, crisisLine.id, coordinator.id]);
    expect(records.every((row) => row.length === header.length)).toBe(true);
  });

  it('keeps texts with quotes, separators, line breaks and markup intact', () => {
    expect(record('klubitalo')[column('Nimi')]).toBe(clubhouse.data.title);
    expect(record('klubitalo')[column('Mitä – lyhyesti')]).toBe(clubhouse.data.summary);
  });

  it('joins short lists with commas and long items one per line', () => {
    const row = record('tyokykykoordinaattori');
    expect(row[column('Elämänalueet (ensimmäinen on pääalue)')]).toBe('Työ ja tulevaisuus, Mieli');
    expect(row[column('Kohderyhmät')]).toBe('Työttömät, Osatyökykyiset');
    expect(row[column('Palvelukielet')]).toBe('suomi, ruotsi');
    expect(row[column('Miten palveluun pääsee')]).toBe(
      'Ota yhteyttä itse: Voit ottaa yhteyttä koordinaattoriin itse.\nTyöllisyyspalvelujen kautta: Työllisyyspalvelujen asiantuntija voi ohjata sinut.',
    );
    expect(row[column('Yhteystiedot ja asiointi')]?.split('\n')).toEqual([
      'Puhelin: 040 000 1234 (Neuvonta; ma–pe 9–15)',
      'Sähköposti: tyokyky@eksote.example.fi',
      'Verkkosivu: www.eksote.fi/tyokyky (Palvelun sivu)',
      'Verkkoasiointi: asiointi.eksote.example.fi',
      'Chat: chat.eksote.example.fi (ma–to 12–14)',
      'Käyntiosoite: Valtakatu 1, 53100 Lappeenranta (Työkykytalo; ti 9–11)',
    ]);
  });

  it('writes readable labels, dates and addresses', () => {
    const row = record('tyokykykoordinaattori');
    expect(row[column('Ikä')]).toBe('18–64 vuotta');
    expect(row[column('Voi ottaa yhteyttä itse')]).toBe('kyllä');
    expect(row[column('Hinta')]).toBe('Maksuton: Ei asiakasmaksua');
    expect(row[column('Liittyvät palvelut')]).toBe(clubhouse.data.title);
    expect(row[column('Tiedot tarkistettu')]).toBe('2026-01-15');
    expect(row[column('Sivun osoite')]).toBe('https://tyollisyystalo.example/palvelu/tyokykykoordinaattori/');
    expect(record('klubitalo')[column('Järjestäjän tyyppi')]).toBe('Järjestöt');
  });

  it('never starts a contact cell with a formula character', () => {
    for (const row of records) expect(row[column('Yhteystiedot ja asiointi')]).not.toMatch(/^[=+\-@]/);
  });
});

describe('buildServicesCsv for a service of unknown price, reached through another service', () => {
  const rows = parseCsv(withoutBom(buildServicesCsv(sourceWithUnverified(), useTranslations('fi'))));
  const [header = [], ...records] = rows;
  const row = records.find((candidate) => candidate[0] === unverified.id) ?? [];
  const cell = (name: string) => row[header.indexOf(name)];

  it('says the price is not known and names the service to ask, with its address', () => {
    expect(cell('Hinta')).toBe('Ei tiedossa');
    expect(cell('Yhteystiedot ja asiointi')).toBe(
      'Kysy lisää: Työkykykoordinaattori, https://tyollisyystalo.example/palvelu/tyokykykoordinaattori/ (Kysy koordinaattorilta)',
    );
    expect(cell('Voi ottaa yhteyttä itse')).toBe('ei');
  });
});
