// A small curated list of Finnish word parts that compounds in this field are made of. The
// compound splitter also learns parts from the site's own text; this list covers bound forms that
// rarely stand alone (aikuis-, vammais-, sosiaali-) and short words (työ, apu, uni) that the
// site-derived vocabulary leaves out because short words there are mostly function words.

/** Parts of two or three letters are trusted only from this list. */
export const SHORT_WORD_PARTS = ['työ', 'apu', 'avun', 'uni', 'ikä', 'yö', 'elo', 'hoi', 'tie', 'maa', 'suo', 'koti', 'talo', 'tuki', 'tuen', 'te', 'sote', 'kela', 'typ', 'mie'] as const;

export const WORD_PARTS = [
  // work and employment
  'työ', 'työn', 'työt', 'työnhaku', 'haku', 'hakija', 'työllisyys', 'työllisyyden', 'työllistyminen', 'työllistymisen',
  'työllistäminen', 'työttömyys', 'työtön', 'työttömien', 'työkyky', 'työkyvyn', 'kyky', 'kyvyn', 'toimintakyky', 'toiminta',
  'toiminnan', 'toiminnallinen', 'työhönvalmennus', 'valmennus', 'valmentaja', 'valmentajan', 'kokeilu', 'harjoittelu',
  'palkka', 'palkkatuki', 'tuki', 'tuettu', 'tuetun', 'paikka', 'ura', 'ammatti', 'ammatillinen', 'yritys', 'yrittäjä',
  'koordinaattori', 'koordinaattorin', 'koordinointi', 'ohjaaja', 'ohjaajan', 'ohjaus', 'ohjauksen', 'neuvonta', 'neuvoja',
  'neuvonnan', 'asiantuntija', 'palvelu', 'palvelut', 'palvelun', 'palveluiden', 'palvelujen', 'keskus', 'toimisto', 'piste',
  'asema', 'paja', 'tila', 'talo', 'klubi', 'verkko', 'puhelin', 'puhelu',
  // social and health
  'sosiaali', 'sosiaalinen', 'sosiaalityö', 'sosiaalityön', 'sosiaaliohjaus', 'sosiaaliohjaaja', 'terveys', 'terveyden',
  'terveydenhoitaja', 'hoitaja', 'hoito', 'hoidon', 'sairaanhoitaja', 'lääkäri', 'tarkastus', 'tarkastuksen', 'arvio',
  'arviointi', 'tutkimus', 'mielenterveys', 'mielenterveyden', 'mieli', 'mielen', 'päihde', 'päihteet', 'päihdetyö', 'riippuvuus',
  'kriisi', 'psykologi', 'psykiatria', 'psykiatrinen', 'terapia', 'terapeutti', 'fysio', 'fysioterapia', 'fysioterapeutti',
  'toimintaterapia', 'toimintaterapeutti', 'psykofyysinen', 'kuntoutus', 'kuntoutuksen', 'kuntouttava', 'kuntoutuja',
  'vamma', 'vammainen', 'vammais', 'vammaisten', 'eläke', 'sairaus', 'sairaala', 'erikoissairaanhoito', 'erikois',
  'ravitsemus', 'ravinto', 'ruoka', 'ruoan', 'ruuan', 'paino', 'painonhallinta', 'hallinta', 'uni', 'liikunta', 'liikunnan',
  'kunto', 'sali', 'kuntosali', 'uinti', 'uimahalli', 'halli', 'urheilu', 'seura', 'latu', 'ulkoilu',
  // everyday life and money
  'arki', 'asuminen', 'asunto', 'talous', 'velka', 'velat', 'velan', 'raha', 'tuki', 'toimeentulo', 'toimeentulotuki',
  'etuus', 'etuudet', 'korvaus', 'avustus', 'maksu', 'ruoka-apu', 'diakonia', 'diakoni', 'seurakunta', 'kirkko',
  'perhe', 'lapsi', 'nuori', 'nuoret', 'nuorten', 'nuoriso', 'aikuis', 'aikuinen', 'aikuisten', 'ikä', 'vanhus', 'omainen',
  'maahanmuutto', 'maahanmuuttaja', 'maahanmuuttajat', 'kotoutuminen', 'kotouttaminen', 'kieli', 'kielen', 'suomi', 'tulkki',
  // learning and participation
  'koulutus', 'koulu', 'opisto', 'opinto', 'opinnot', 'opiskelu', 'oppi', 'oppilaitos', 'kurssi', 'kurssit', 'kesä',
  'yliopisto', 'kansalais', 'kansalaisopisto', 'taito', 'taidot', 'osaaminen', 'ryhmä', 'ryhmät', 'vertais', 'vertaistuki',
  'vapaaehtois', 'vapaaehtoinen', 'yhdistys', 'järjestö', 'kulttuuri', 'kerho', 'harrastus', 'osallisuus', 'yhteisö',
  'kohtaamis', 'kohtaamispaikka', 'virta', 'ohjaamo', 'sorvaus', 'sorvaaja', 'puu', 'käsityö', 'kortti', 'lippu', 'digi',
  'sähköinen', 'asiointi', 'tieto', 'viisari', 'kykyviisari',
] as const;
