// The commented template that `npm run new:service` writes for a new service. Every value the
// editor must write is left empty, so the validator points at each one until it is filled.
import { AREA_IDS, type AreaId } from '../../schemas/area.ts';
import { ACCESS_ROUTES, AUDIENCES, COST_TYPES, NATIONAL, WHOLE_REGION } from '../../schemas/service.ts';
import { isoDate } from '../dates.ts';
import { suggestId } from '../validation/file-names.ts';
import { TEMPLATE_PLACEHOLDER } from '../validation/rules/filler.ts';

export interface ServiceTemplateInput {
  /** The service's name as clients know it. */
  name: string;
  /** Primary life area. */
  area: AreaId;
  /** Provider id, when the editor gave one. */
  provider?: string | undefined;
  /** Providers that exist, listed in a comment so the editor can pick one. */
  providers?: readonly { id: string; name: string }[];
  /** The region's municipalities, listed in a comment. */
  municipalities?: readonly string[];
  /** Today; the template's lastReviewed. */
  today?: Date;
}

/** The file name (and address) for a new service: "Työkyvyn tuki" → "tyokyvyn-tuki". */
export function serviceIdFor(name: string): string {
  return suggestId(name);
}

/** Accepts an area id, its number in the house (1–7) or its Finnish name ("Työ ja tulevaisuus"). */
export function parseArea(input: string): AreaId | undefined {
  const value = input.trim();
  const byNumber = /^[1-7]$/.test(value) ? AREA_IDS[Number(value) - 1] : undefined;
  const id = byNumber ?? suggestId(value);
  return (AREA_IDS as readonly string[]).includes(id) ? (id as AreaId) : undefined;
}

/** YAML double-quoted scalar: safe for colons, # and quotes in the name. */
const quoted = (value: string) => JSON.stringify(value);

/** Wraps a long comment over several `# ` lines of at most ~100 characters. */
function comment(text: string, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > 96) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((item) => `${indent}# ${item}`).join('\n');
}

export function serviceTemplate({
  name,
  area,
  provider,
  providers = [],
  municipalities = [],
  today = new Date(),
}: ServiceTemplateInput): string {
  const providerList =
    providers.length > 0 ? providers.map((item) => `${item.id} (${item.name})`).join(', ') : 'katso kansio content/providers';
  const municipalityList = municipalities.length > 0 ? municipalities.join(', ') : 'alueen kunnat';
  return `---
${comment('Uusi palvelu. Rivit, jotka alkavat #-merkillä, ovat ohjeita: ne eivät näy sivustolla, ja voit poistaa ne, kun olet valmis. Täytä jokainen tyhjä kohta: "" (tyhjät lainausmerkit) ja [] (tyhjä luettelo). Kenttien tarkemmat ohjeet ja esimerkit ovat tiedostossa CONTRIBUTING.md.')}

${comment('Nimi, jolla asiakkaat tuntevat palvelun (3–100 merkkiä).')}
title: ${quoted(name.trim())}
${comment('Lyhyt kuvaus: yksi tai kaksi virkettä siitä, mitä palvelussa tehdään (20–250 merkkiä). Näkyy palvelukorteissa ja hakutuloksissa.')}
summary: ""
${comment(`Elämänalueet, 1–3 kappaletta; ensimmäinen on pääalue. Sallitut: ${AREA_IDS.join(', ')}.`)}
areas: [${area}]
${comment(`Järjestäjä: toimijan tiedostonimi kansiosta content/providers ilman päätettä. Nyt olemassa: ${providerList}.`)}
provider: ${provider ? quoted(provider) : '""'}
${comment(`Kohderyhmät, vähintään yksi, esimerkiksi [tyottomat, osatyokykyiset]. Sallitut: ${AUDIENCES.join(', ')}.`)}
audiences: []
${comment('Kenelle palvelu on ja millä ehdoilla, tavallisin sanoin (10–800 merkkiä).')}
forWhom: ""
${comment('Ikäraja (valinnainen). Jos palvelulla on ikäraja, poista #-merkit kolmen seuraavan rivin alusta.')}
# age:
#   min: 18
#   max: 29
${comment(`Miten pääsen palveluun: jokainen reitti omana kohtanaan (- route: … ja text: …). Reitit: ${ACCESS_ROUTES.join(', ')}. "itse" tarkoittaa, että asiakas voi ottaa yhteyttä itse.`)}
access:
  - route: itse
    text: ""
${comment('Mitä tarvitset mukaan (valinnainen, 3–200 merkkiä), esimerkiksi "Henkilöllisyystodistus ja lähete.". Näkyy Miten pääsen palveluun -kortissa. Poista #-merkki, kun kirjoitat sen.')}
# bring: ""
${comment('Kesto, esimerkiksi "1–12 kk tarpeen mukaan", "kertaluonteinen" tai "jatkuva".')}
duration: ""
${comment(`Hinta: ${COST_TYPES.join(', ')}. Tarkennuksen voi kirjoittaa näin:`)}
#   cost: { type: maksullinen, text: "5 € kerta" }
cost: maksuton
${comment('Palvelukielet kaksikirjaimisina koodeina, esimerkiksi [fi, sv, en].')}
languages: [fi]
${comment(`Alue: kunnat (${municipalityList}), "${WHOLE_REGION}" tai "${NATIONAL}".`)}
municipalities: [${WHOLE_REGION}]
${comment('Yhteystiedot ja asiointi, vähintään yksi. Käytä vain organisaation virallisia, julkisia yhteystietoja, ei koskaan yksityishenkilön numeroa. Tyypit: web, eservice ja chat (url, alkaa https://), phone (number), email (address), address (street, postalCode lainausmerkeissä, city). Jos järjestäjän omia yhteystietoja ei tiedetä, service (toisen palvelun tiedostonimi, esimerkiksi palvelun-nimi) ohjaa lukijan palveluun, joka osaa kertoa lisää. label on näkyvä nimi (valinnainen).')}
channels:
  - type: web
    url: ""
${comment('Puhelinnumeron malli: poista #-merkit ja kirjoita numero.', '  ')}
  # - type: phone
  #   number: "0XX XXX XXXX"
  #   label: Neuvonta
  #   hours: ma–pe klo 9–15
${comment('Hakusanat: sanoja, joilla ihmiset etsivät palvelua (arkikieli, taivutusmuodot, lyhenteet). Eivät näy sivulla.')}
keywords: []
${comment('Liittyvät palvelut: muiden palvelujen tiedostonimet ilman päätettä, esimerkiksi [palvelun-nimi]. Voi jäädä tyhjäksi.')}
related: []
${comment('Selkokielinen tiivistelmä (valinnainen, 20–600 merkkiä). Poista #-merkki, kun kirjoitat sen.')}
# plainSummary: ""
${comment('Päivä, jolloin tiedot tarkistettiin, muodossa VVVV-KK-PP. Ei saa olla tulevaisuudessa.')}
lastReviewed: ${isoDate(today)}
${comment('Sisällön ylläpitäjä: yksikkö tai rooli, ei koskaan henkilön nimeä. Esimerkiksi "Hyvinvointialue, työllisyyttä edistävät palvelut".')}
owner: ""
${comment('vahvistettu = palvelun omistaja on tarkistanut tekstin; tarkistettava = kirjoitettu julkisista lähteistä. Vahvistetulle lisäksi confirmedBy (rooli, ei nimeä) ja confirmedOn (VVVV-KK-PP); ks. CONTRIBUTING.md.')}
status: tarkistettava
${comment('Luonnos: true = palvelua ei vielä julkaista. false = palvelu julkaistaan.')}
draft: false
---

{/* Kirjoita tähän palvelun kuvaus selkeällä yleiskielellä: lyhyitä kappaleita, sinä-muoto, ei lyhenteitä selittämättä. Tämä ohje ei näy sivulla; voit poistaa sen. */}

${TEMPLATE_PLACEHOLDER}: Mitä palvelussa tehdään? Kirjoita 2–4 lyhyttä kappaletta.

### Miten palvelu etenee

${TEMPLATE_PLACEHOLDER}: Kerro vaiheet, esimerkiksi ensimmäinen tapaaminen, suunnitelma ja seuranta.
`;
}
