import type { PhraseEntry, PhraseList } from './types';

/**
 * German word lists for the inclusive-language rules. Sources: Leidmedien.de (disability),
 * Neue deutsche Medienmacher*innen glossary (ethnicity), Queer Lexikon and the genderleicht.de
 * guide (gender). Matching is lower case, so nouns are written in lower case here.
 */

const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/** One entry per adjective ending, so the one-click fix keeps the inflection: "taubstumme" → "gehörlose". */
function inflected(stem: string, replacement: string, note: string): PhraseEntry[] {
  return ADJECTIVE_ENDINGS.map((ending) => ({
    match: [`${stem}${ending}`],
    replace: [`${replacement}${ending}`],
    note,
  }));
}

const LEIDET = 'Beschreibt Behinderung als Leiden; sag, was die Person hat.';

/** "leidet an Autismus" → "hat Autismus", also plural and "leidet unter". */
function leidetAn(condition: string, written: string): PhraseEntry[] {
  return [
    {
      match: [`leidet an ${condition}`, `leidet unter ${condition}`],
      replace: [`hat ${written}`, `lebt mit ${written}`],
      note: LEIDET,
    },
    {
      match: [`leiden an ${condition}`, `leiden unter ${condition}`],
      replace: [`haben ${written}`, `leben mit ${written}`],
      note: LEIDET,
    },
  ];
}

const BEHINDERT_INSULT =
  '„Behindert“ als Schimpfwort trifft behinderte Menschen; sag, was wirklich nicht funktioniert.';
const SCHIMPFWORT = 'Eine Behinderung als Schimpfwort; sag, was du meinst.';
const SLUR_BEHINDERUNG = 'Ein Schimpfwort gegen behinderte Menschen; gehört in keine Antwort.';
const METAPHER = 'Benutzt eine Behinderung als Bild für etwas Schlechtes; sag, was du meinst.';

export const ableist = [
  ...['total', 'voll', 'echt', 'so', 'völlig', 'komplett', 'richtig', 'einfach'].map(
    (intensifier) => ({
      match: [`${intensifier} behindert`],
      replace: [`${intensifier} nervig`, `${intensifier} unbrauchbar`],
      note: BEHINDERT_INSULT,
    }),
  ),
  {
    match: [
      'ist doch behindert',
      'ist ja behindert',
      'bist du behindert',
      'seid ihr behindert',
      'behindi',
      'behindis',
    ],
    replace: [],
    note: BEHINDERT_INSULT,
  },
  ...inflected(
    'behindertengerecht',
    'barrierefrei',
    '„Barrierefrei“ sagt, was gemeint ist, und schließt alle ein.',
  ),
  {
    match: ['behindertentoilette', 'behinderten wc', 'behindertenklo'],
    replace: ['barrierefreie Toilette', 'rollstuhlgerechte Toilette'],
    note: '„Barrierefreie Toilette“ sagt, was gemeint ist.',
  },
  ...inflected('taubstumm', 'gehörlos', 'Gehörlose Menschen sind nicht stumm; sag „gehörlos“.'),
  ...inflected(
    'geisteskrank',
    'psychisch krank',
    'Veraltet und abwertend; sag „psychisch krank“, und als Schimpfwort gar nicht.',
  ),
  {
    match: ['geisteskrankheit'],
    replace: ['psychische Erkrankung'],
    note: 'Veraltet und abwertend; sag „psychische Erkrankung“.',
  },
  {
    match: ['geisteskrankheiten'],
    replace: ['psychische Erkrankungen'],
    note: 'Veraltet und abwertend; sag „psychische Erkrankung“.',
  },
  {
    match: ['psychisch gestört'],
    replace: ['psychisch erkrankt'],
    note: 'Abwertend; sag „psychisch erkrankt“.',
  },
  {
    match: ['psychisch gestörte'],
    replace: ['psychisch erkrankte'],
    note: 'Abwertend; sag „psychisch erkrankt“.',
  },
  {
    match: ['psychisch gestörten'],
    replace: ['psychisch erkrankten'],
    note: 'Abwertend; sag „psychisch erkrankt“.',
  },
  ...inflected(
    'schizophren',
    'widersprüchlich',
    'Benutzt eine psychische Erkrankung als Bild für „widersprüchlich“; sag das.',
  ),
  {
    match: [
      'ist an den rollstuhl gefesselt',
      'ist an den rollstuhl gebunden',
      'ist rollstuhlgebunden',
    ],
    replace: ['nutzt einen Rollstuhl'],
    note: 'Ein Rollstuhl fesselt nicht, er macht mobil; sag „nutzt einen Rollstuhl“.',
  },
  {
    match: [
      'sind an den rollstuhl gefesselt',
      'sind an den rollstuhl gebunden',
      'sind rollstuhlgebunden',
    ],
    replace: ['nutzen einen Rollstuhl'],
    note: 'Ein Rollstuhl fesselt nicht, er macht mobil; sag „nutzen einen Rollstuhl“.',
  },
  {
    match: ['an den rollstuhl gefesselt', 'an den rollstuhl gebunden', 'rollstuhlgebunden*'],
    replace: ['im Rollstuhl'],
    note: 'Ein Rollstuhl fesselt nicht, er macht mobil; sag „nutzt einen Rollstuhl“.',
  },
  {
    match: ['spasti', 'spastis', 'spastiker*', 'spacko', 'spackos', 'spack', 'spacken'],
    replace: [],
    note: SLUR_BEHINDERUNG,
  },
  {
    match: ['mongo', 'mongos', 'mongoloid', 'mongoloide', 'mongoloiden'],
    replace: [],
    note: SLUR_BEHINDERUNG,
  },
  {
    match: ['mongolismus'],
    replace: ['Down-Syndrom', 'Trisomie 21'],
    note: 'Veraltet und rassistisch; sag „Down-Syndrom“.',
  },
  { match: ['krüppel*', 'verkrüppelt*'], replace: [], note: SLUR_BEHINDERUNG },
  {
    match: ['liliputaner*'],
    replace: ['kleinwüchsige Menschen'],
    note: 'Abwertend; sag „kleinwüchsig“.',
  },
  {
    match: ['invalide', 'invaliden'],
    replace: ['Menschen mit Behinderung'],
    note: 'Veraltet und abwertend; sag „Menschen mit Behinderung“.',
  },
  {
    match: ['idiot', 'idioten', 'vollidiot*', 'schwachkopf'],
    replace: [],
    note: 'Eine Beleidigung, die auf geistige Behinderung zurückgeht; beschreib lieber, was schiefging.',
  },
  ...inflected('idiotisch', 'unsinnig', SCHIMPFWORT),
  { match: ['schwachsinn'], replace: ['Unsinn'], note: SCHIMPFWORT },
  ...inflected('schwachsinnig', 'unsinnig', SCHIMPFWORT),
  { match: ['debil*'], replace: [], note: SCHIMPFWORT },
  { match: ['hirnamputiert*'], replace: ['gedankenlos'], note: SCHIMPFWORT },
  {
    match: ['psycho', 'psychos'],
    replace: [],
    note: 'Benutzt psychische Erkrankung als Schimpfwort; beschreib das Verhalten.',
  },
  {
    match: ['irrenhaus', 'irrenanstalt', 'klapsmühle', 'klapse', 'tollhaus'],
    replace: ['Chaos'],
    note: 'Macht sich über psychiatrische Kliniken lustig; sag „Chaos“.',
  },
  {
    match: ['geistig behinderte menschen', 'geistig behinderte personen'],
    replace: ['Menschen mit Lernschwierigkeiten'],
    note: 'Viele Betroffene sagen lieber „Menschen mit Lernschwierigkeiten“.',
  },
  {
    match: ['geistig zurückgeblieben*'],
    replace: [],
    note: 'Abwertend; sag „Menschen mit Lernschwierigkeiten“, und als Schimpfwort gar nicht.',
  },
  {
    match: [
      'menschen mit handicap',
      'menschen mit besonderen bedürfnissen',
      'menschen mit speziellen bedürfnissen',
    ],
    replace: ['Menschen mit Behinderung'],
    note: 'Eine Beschönigung; „Menschen mit Behinderung“ ist klar und respektvoll.',
  },
  {
    match: ['andersbegabt*', 'anders begabt*', 'gehandicapt*'],
    replace: [],
    note: 'Eine Beschönigung; sag „behindert“ oder „mit Behinderung“.',
  },
  {
    match: ['ein epileptiker'],
    replace: ['ein Mensch mit Epilepsie'],
    note: 'Macht die Person zur Diagnose; sag „Mensch mit Epilepsie“.',
  },
  {
    match: ['epileptiker'],
    replace: ['Menschen mit Epilepsie'],
    note: 'Macht die Person zur Diagnose; sag „Mensch mit Epilepsie“.',
  },
  {
    match: [
      'trotz seiner behinderung',
      'trotz ihrer behinderung',
      'trotz behinderung',
      'trotz deiner behinderung',
    ],
    replace: ['mit Behinderung'],
    note: 'Stellt Behinderung als Hindernis für ein normales Leben dar; lass das „trotz“ weg.',
  },
  { match: ['auf taube ohren'], replace: [], note: METAPHER },
  {
    match: ['auf einem auge blind', 'auf dem rechten auge blind', 'auf dem linken auge blind'],
    replace: ['voreingenommen'],
    note: METAPHER,
  },
  { match: ['sonderschule'], replace: ['Förderschule'], note: 'Veraltet; heute „Förderschule“.' },
  { match: ['sonderschulen'], replace: ['Förderschulen'], note: 'Veraltet; heute „Förderschule“.' },
  ...leidetAn('autismus', 'Autismus'),
  ...leidetAn('epilepsie', 'Epilepsie'),
  ...leidetAn('legasthenie', 'Legasthenie'),
  ...leidetAn('multipler sklerose', 'multipler Sklerose'),
  ...leidetAn('down syndrom', 'Down-Syndrom'),
  ...leidetAn('einer behinderung', 'einer Behinderung'),
] satisfies PhraseList;

const ANREDE = 'Spricht nur Männer an; die Anrede sollte alle meinen.';
const BERUF = 'Eine männliche Berufsbezeichnung für alle; die neutrale Form schließt alle ein.';

export const gendered = [
  {
    match: ['liebe kunden'],
    replace: ['liebe Kundinnen und Kunden', 'liebe Kundschaft'],
    note: ANREDE,
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['sehr geehrte kunden'],
    replace: ['sehr geehrte Kundinnen und Kunden'],
    note: ANREDE,
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['sehr geehrte herren'],
    replace: ['sehr geehrte Damen und Herren', 'guten Tag'],
    note: ANREDE,
  },
  {
    match: ['liebe nutzer', 'liebe benutzer'],
    replace: ['liebe Nutzerinnen und Nutzer', 'liebe Community'],
    note: ANREDE,
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['liebe kollegen'],
    replace: ['liebe Kolleginnen und Kollegen'],
    note: ANREDE,
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['liebe leser'],
    replace: ['liebe Leserinnen und Leser'],
    note: ANREDE,
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['liebe freunde'],
    replace: ['liebe Freundinnen und Freunde', 'ihr Lieben'],
    note: ANREDE,
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['liebe abonnenten'],
    replace: ['liebe Abonnentinnen und Abonnenten'],
    note: ANREDE,
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['liebe teilnehmer'],
    replace: ['liebe Teilnehmende'],
    note: ANREDE,
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['liebe mieter'],
    replace: ['liebe Mieterinnen und Mieter'],
    note: ANREDE,
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['hallo mädels', 'hey mädels', 'hallo jungs', 'hey jungs'],
    replace: ['hallo zusammen', 'hallo ihr alle'],
    note: 'Setzt ein Geschlecht voraus; „hallo zusammen“ meint alle.',
  },
  {
    match: ['unsere kunden'],
    replace: ['unsere Kundschaft', 'unsere Kundinnen und Kunden'],
    note: 'Das generische Maskulinum meint nicht alle mit; „Kundschaft“ schon.',
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['unseren kunden'],
    replace: ['unserer Kundschaft', 'unseren Kundinnen und Kunden'],
    note: 'Das generische Maskulinum meint nicht alle mit; „Kundschaft“ schon.',
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['unsere mitarbeiter'],
    replace: ['unsere Mitarbeitenden', 'unser Team'],
    note: 'Das generische Maskulinum meint nicht alle mit; „Mitarbeitende“ schon.',
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['unseren mitarbeitern'],
    replace: ['unseren Mitarbeitenden', 'unserem Team'],
    note: 'Das generische Maskulinum meint nicht alle mit; „Mitarbeitende“ schon.',
    unless: { after: ['und', 'sowie'] },
  },
  {
    match: ['unsere kundenberater', 'unsere servicemitarbeiter'],
    replace: ['unser Serviceteam', 'unsere Kundenberatung'],
    note: 'Das generische Maskulinum meint nicht alle mit; nenn das Team.',
  },
  {
    match: ['ihr ansprechpartner', 'ihren ansprechpartner'],
    replace: ['Ihre Ansprechperson'],
    note: 'Neutral und kürzer: „Ansprechperson“.',
  },
  {
    match: ['dein ansprechpartner', 'deinen ansprechpartner'],
    replace: ['deine Ansprechperson'],
    note: 'Neutral und kürzer: „Ansprechperson“.',
  },
  {
    match: ['einen ansprechpartner'],
    replace: ['eine Ansprechperson'],
    note: 'Neutral und kürzer: „Ansprechperson“.',
  },
  {
    match: ['studenten'],
    replace: ['Studierende', 'Studierenden'],
    note: '„Studierende“ meint alle.',
  },
  {
    match: ['alle teilnehmer'],
    replace: ['alle Teilnehmenden'],
    note: '„Teilnehmende“ meint alle.',
  },
  { match: ['die teilnehmer'], replace: ['die Teilnehmenden'], note: '„Teilnehmende“ meint alle.' },
  {
    match: ['alle nutzer', 'alle benutzer'],
    replace: ['alle Nutzenden', 'alle, die es nutzen'],
    note: '„Nutzende“ meint alle.',
  },
  {
    match: ['jedermann'],
    replace: ['alle', 'jede und jeder'],
    note: 'Ein Wort mit „Mann“ für alle; „alle“ reicht.',
  },
  { match: ['einen fachmann'], replace: ['eine Fachkraft', 'einen Profi'], note: BERUF },
  { match: ['vom fachmann'], replace: ['vom Profi', 'von einer Fachkraft'], note: BERUF },
  { match: ['ein fachmann'], replace: ['eine Fachkraft', 'ein Profi'], note: BERUF },
  { match: ['fachmänner'], replace: ['Fachleute', 'Fachkräfte'], note: BERUF },
  { match: ['geschäftsmänner'], replace: ['Geschäftsleute'], note: BERUF },
  { match: ['feuerwehrmänner'], replace: ['Feuerwehrleute'], note: BERUF },
  { match: ['putzfrau'], replace: ['Reinigungskraft'], note: BERUF },
  { match: ['putzfrauen'], replace: ['Reinigungskräfte'], note: BERUF },
  {
    match: ['krankenschwester'],
    replace: ['Pflegekraft', 'Pflegefachkraft'],
    note: 'Veraltete Berufsbezeichnung; heute „Pflegefachkraft“.',
  },
  {
    match: ['krankenschwestern'],
    replace: ['Pflegekräfte', 'Pflegefachkräfte'],
    note: 'Veraltete Berufsbezeichnung; heute „Pflegefachkräfte“.',
  },
  {
    match: ['mannstunden'],
    replace: ['Arbeitsstunden'],
    note: 'Ein Wort mit „Mann“ für alle; „Arbeitsstunden“ reicht.',
  },
  {
    match: ['mannstunde'],
    replace: ['Arbeitsstunde'],
    note: 'Ein Wort mit „Mann“ für alle; „Arbeitsstunden“ reicht.',
  },
  { match: ['fräulein'], replace: ['Frau'], note: 'Veraltet und herablassend; sag „Frau“.' },
  {
    match: ['schätzchen', 'mäuschen', 'schnucki', 'süße maus'],
    replace: [],
    note: 'Kosenamen von einer Marke wirken herablassend, vor allem gegenüber Frauen; nutz den Namen.',
  },
  {
    match: ['wie ein mädchen', 'männersache', 'frauensache', 'weiberkram'],
    replace: [],
    note: 'Schreibt Fähigkeiten einem Geschlecht zu; sag, was du meinst.',
  },
] satisfies PhraseList;

const SLUR = 'Ein rassistisches Schimpfwort; gehört in keine Antwort.';

export const racial = [
  {
    match: ['zigeunersoße', 'zigeunersauce'],
    replace: ['Paprikasoße', 'Paprikasauce'],
    note: 'Eine Fremdbezeichnung, die Sinti und Roma verletzt; die Hersteller sagen längst „Paprikasoße“.',
  },
  {
    match: ['zigeunerschnitzel'],
    replace: ['Paprikaschnitzel'],
    note: 'Eine Fremdbezeichnung, die Sinti und Roma verletzt; sag „Paprikaschnitzel“.',
  },
  {
    match: ['zigeuner*'],
    replace: ['Sinti und Roma'],
    note: 'Eine Fremdbezeichnung, die Sinti und Roma verletzt; nenn die Menschen, wie sie sich selbst nennen.',
  },
  {
    match: ['negerkuss', 'mohrenkopf'],
    replace: ['Schokokuss'],
    note: 'Ein rassistisches Wort; sag „Schokokuss“.',
  },
  {
    match: ['negerküsse', 'mohrenköpfe'],
    replace: ['Schokoküsse'],
    note: 'Ein rassistisches Wort; sag „Schokoküsse“.',
  },
  { match: ['neger*'], replace: [], note: SLUR },
  {
    match: ['mohr', 'mohren*'],
    replace: [],
    note: 'Eine kolonial-rassistische Bezeichnung für Schwarze Menschen; nicht verwenden.',
  },
  {
    match: ['farbige menschen', 'farbige mitbürger'],
    replace: ['Schwarze Menschen', 'People of Color'],
    note: 'Kolonial geprägt; sag „Schwarze Menschen“ oder „People of Color“.',
  },
  {
    match: ['farbigen menschen', 'farbigen mitbürgern'],
    replace: ['Schwarzen Menschen'],
    note: 'Kolonial geprägt; sag „Schwarze Menschen“ oder „People of Color“.',
  },
  {
    match: ['farbige frau'],
    replace: ['Schwarze Frau'],
    note: 'Kolonial geprägt; sag „Schwarz“ oder „of Color“.',
  },
  {
    match: ['farbiger mann'],
    replace: ['Schwarzer Mann'],
    note: 'Kolonial geprägt; sag „Schwarz“ oder „of Color“.',
  },
  {
    match: ['mulatte', 'mulattin', 'mulatten', 'mischlingskind', 'mischlingskinder'],
    replace: [],
    note: 'Ein rassistischer Begriff für Menschen mit mehreren Herkünften; nicht verwenden.',
  },
  {
    match: ['schwarzfahren'],
    replace: ['ohne Fahrschein fahren'],
    note: 'Viele Verkehrsbetriebe sagen „ohne Fahrschein fahren“; das ist klarer und verletzt niemanden.',
  },
  {
    match: ['schwarzfährt'],
    replace: ['ohne Fahrschein fährt'],
    note: 'Viele Verkehrsbetriebe sagen „ohne Fahrschein fahren“; das ist klarer und verletzt niemanden.',
  },
  {
    match: ['schwarzgefahren'],
    replace: ['ohne Fahrschein gefahren'],
    note: 'Viele Verkehrsbetriebe sagen „ohne Fahrschein fahren“; das ist klarer und verletzt niemanden.',
  },
  {
    match: ['schwarzfahrer', 'schwarzfahrerin'],
    replace: ['Fahrgast ohne Fahrschein'],
    note: 'Viele Verkehrsbetriebe sagen „ohne Fahrschein“; das ist klarer und verletzt niemanden.',
  },
  {
    match: ['schwarzfahrern', 'schwarzfahrerinnen'],
    replace: ['Fahrgästen ohne Fahrschein'],
    note: 'Viele Verkehrsbetriebe sagen „ohne Fahrschein“; das ist klarer und verletzt niemanden.',
  },
  {
    match: ['indianer*'],
    replace: [],
    note: 'Eine koloniale Fremdbezeichnung; nenn die Nation oder sag „Indigene“.',
  },
  { match: ['eskimo*'], replace: ['Inuit'], note: 'Viele Inuit lehnen das Wort ab; sag „Inuit“.' },
  {
    match: ['asylant'],
    replace: ['Geflüchteter', 'Asylsuchender'],
    note: 'Abwertend; sag „Geflüchtete“ oder „Asylsuchende“.',
  },
  {
    match: ['asylantin'],
    replace: ['Geflüchtete', 'Asylsuchende'],
    note: 'Abwertend; sag „Geflüchtete“ oder „Asylsuchende“.',
  },
  {
    match: ['asylanten', 'asylantinnen'],
    replace: ['Geflüchtete', 'Asylsuchende'],
    note: 'Abwertend; sag „Geflüchtete“ oder „Asylsuchende“.',
  },
  {
    match: ['whitelist', 'weiße liste'],
    replace: ['Positivliste', 'Erlaubnisliste'],
    note: 'Verknüpft Weiß mit gut; „Positivliste“ sagt, was gemeint ist.',
  },
  {
    match: ['blacklist', 'schwarze liste', 'schwarzen liste'],
    replace: ['Sperrliste'],
    note: 'Verknüpft Schwarz mit schlecht; „Sperrliste“ sagt, was gemeint ist.',
  },
  ...inflected(
    'getürkt',
    'gefälscht',
    'Beruht auf einem Klischee über Türk*innen; sag „gefälscht“.',
  ),
  {
    match: [
      'kanake*',
      'kanacke*',
      'schlitzauge*',
      'kameltreiber*',
      'kümmeltürke*',
      'polacke*',
      'fidschi',
      'fidschis',
      'bimbo',
      'bimbos',
      'itaker',
    ],
    replace: [],
    note: SLUR,
  },
] satisfies PhraseList;

const LGBTQ_SLUR = 'Ein queerfeindliches Schimpfwort; gehört in keine Antwort.';

export const lgbtq = [
  ...['ist doch', 'das ist', 'voll', 'total', 'echt', 'so'].map((lead) => ({
    match: [`${lead} schwul`],
    replace: [`${lead} seltsam`, `${lead} albern`],
    note: '„Schwul“ als Schimpfwort trifft schwule Menschen; sag, was du meinst.',
  })),
  {
    match: ['schwuchtel*', 'kampflesbe*', 'transe', 'transen', 'tunte', 'tunten'],
    replace: [],
    note: LGBTQ_SLUR,
  },
  {
    match: ['homo', 'homos'],
    replace: [],
    note: LGBTQ_SLUR,
    unless: { after: ['sapiens', 'faber', 'erectus', 'oeconomicus', 'ludens'] },
  },
  { match: ['transsexuell*'], replace: ['trans'], note: 'Veraltet und medizinisch; sag „trans“.' },
  {
    match: ['geschlechtsumwandlung', 'geschlechtsumwandlungen'],
    replace: ['Geschlechtsangleichung'],
    note: 'Veraltet; sag „Geschlechtsangleichung“.',
  },
  {
    match: ['sexuelle vorliebe', 'sexuelle neigung'],
    replace: ['sexuelle Orientierung'],
    note: 'Klingt nach Wahl; sag „sexuelle Orientierung“.',
  },
  {
    match: ['sexuellen vorlieben', 'sexuellen neigungen'],
    replace: ['sexuellen Orientierungen'],
    note: 'Klingt nach Wahl; sag „sexuelle Orientierung“.',
  },
  { match: ['homo ehe'], replace: ['Ehe für alle'], note: 'Abwertend; sag „Ehe für alle“.' },
  {
    match: ['zwitter'],
    replace: ['inter Person', 'intergeschlechtlich'],
    note: 'Abwertend; sag „inter“ oder „intergeschlechtlich“.',
  },
  {
    match: [
      'homosexueller lebensstil',
      'schwuler lebensstil',
      'homosexuellen lebensstil',
      'schwulen lebensstil',
      'homo lobby',
      'homolobby',
      'gender ideologie',
      'genderideologie',
    ],
    replace: [],
    note: 'Stellt queere Menschen als Lebensstil oder Bedrohung dar; sprich über Menschen.',
  },
  {
    match: ['biologischer mann', 'biologische frau', 'biologisch männlich', 'biologisch weiblich'],
    replace: [],
    note: 'Wird benutzt, um trans Menschen ihr Geschlecht abzusprechen; lass es weg.',
  },
] satisfies PhraseList;

const BELEHREND = 'Klingt, als hätte die Person es wissen müssen; lass es weg.';

export const condescending = [
  {
    match: [
      'ganz einfach',
      'total einfach',
      'super einfach',
      'ist doch einfach',
      'ist doch ganz einfach',
      'ganz leicht',
    ],
    replace: ['so'],
    note: 'Wer gerade schreibt, dass es nicht klappt, fühlt sich bei „ganz einfach“ vorgeführt; zeig die Schritte.',
  },
  {
    match: ['kinderleicht'],
    replace: ['schnell erledigt'],
    note: 'Wer gerade schreibt, dass es nicht klappt, fühlt sich vorgeführt; zeig die Schritte.',
  },
  {
    match: ['ist doch nicht schwer', 'ist nicht so schwer', 'ist ja nicht schwer'],
    replace: [],
    note: BELEHREND,
  },
  {
    match: [
      'wie sie natürlich wissen',
      'wie du natürlich weißt',
      'wie sie sicher wissen',
      'wie du sicher weißt',
      'wie jeder weiß',
      'jeder weiß doch',
      'bekanntlich',
    ],
    replace: [],
    note: BELEHREND,
  },
  { match: ['natürlich müssen sie'], replace: ['Sie müssen'], note: BELEHREND },
  { match: ['natürlich musst du'], replace: ['du musst'], note: BELEHREND },
  {
    match: ['offensichtlich haben sie', 'sie haben offensichtlich'],
    replace: ['Sie haben anscheinend'],
    note: BELEHREND,
  },
  {
    match: ['offensichtlich hast du', 'du hast offensichtlich'],
    replace: ['du hast anscheinend'],
    note: BELEHREND,
  },
  {
    match: ['ist doch offensichtlich', 'sollte offensichtlich sein', 'liegt doch auf der hand'],
    replace: [],
    note: BELEHREND,
  },
  {
    match: [
      'wie bereits erwähnt',
      'wie schon erwähnt',
      'wie bereits gesagt',
      'wie schon gesagt',
      'wie gesagt',
      'wie bereits mitgeteilt',
      'wie bereits geschrieben',
      'wie schon geschrieben',
      'wie bereits erläutert',
      'wie bereits erklärt',
      'wie oben erwähnt',
      'wie oben beschrieben',
      'wie ich bereits sagte',
      'wie ich schon sagte',
      'wie ich bereits schrieb',
      'wie ich schon schrieb',
    ],
    replace: [],
    note: 'Klingt nach „Das hab ich doch schon gesagt“; wiederhol die Antwort einfach ohne Hinweis.',
  },
  {
    match: ['sie hätten einfach', 'du hättest einfach', 'hätten sie einfach', 'hättest du einfach'],
    replace: [],
    note: 'Gibt der Person die Schuld; sag, was jetzt hilft.',
  },
  {
    match: [
      'wenn sie die anleitung gelesen hätten',
      'wenn du die anleitung gelesen hättest',
      'lesen sie die anleitung',
      'lies die anleitung',
    ],
    replace: [],
    note: BELEHREND,
  },
  {
    match: [
      'beruhigen sie sich',
      'beruhig dich',
      'beruhige dich',
      'kein grund zur aufregung',
      'bleiben sie ruhig',
      'bleib ruhig',
    ],
    replace: [],
    note: 'Wer aufgebrachten Menschen sagt, sie sollen sich beruhigen, heizt die Lage an; geh auf das Problem ein.',
  },
  { match: ['bei allem respekt'], replace: [], note: 'Kündigt Respektlosigkeit an; lass es weg.' },
  {
    match: ['anwenderfehler', 'benutzerfehler', 'bedienfehler'],
    replace: [],
    note: 'Gibt der Person die Schuld; erklär, was sie anders machen kann.',
  },
] satisfies PhraseList;

const SUIZID_WITZ = 'Suizid als Witz verletzt Betroffene; sag, wie ärgerlich es ist.';

export const suicide = [
  {
    match: ['selbstmord begehen'],
    replace: ['sich das Leben nehmen', 'durch Suizid sterben'],
    note: '„Begehen“ klingt nach Verbrechen; sag „sich das Leben nehmen“.',
  },
  {
    match: ['selbstmord begangen'],
    replace: ['sich das Leben genommen'],
    note: '„Begehen“ klingt nach Verbrechen; sag „sich das Leben nehmen“.',
  },
  {
    match: ['beging selbstmord'],
    replace: ['nahm sich das Leben'],
    note: '„Begehen“ klingt nach Verbrechen; sag „sich das Leben nehmen“.',
  },
  {
    match: ['begeht selbstmord'],
    replace: ['nimmt sich das Leben'],
    note: '„Begehen“ klingt nach Verbrechen; sag „sich das Leben nehmen“.',
  },
  {
    match: ['selbstmord', 'freitod'],
    replace: ['Suizid'],
    note: '„Mord“ und „frei“ werten; sag „Suizid“.',
  },
  { match: ['selbstmordversuch'], replace: ['Suizidversuch'], note: 'Sag „Suizidversuch“.' },
  { match: ['selbstmordgedanken'], replace: ['Suizidgedanken'], note: 'Sag „Suizidgedanken“.' },
  {
    match: ['selbstmord*', 'selbstmörder*'],
    replace: [],
    note: '„Selbstmord“ wertet; sag „Suizid“, und als Bild gar nicht.',
  },
  {
    match: ['erfolgreicher suizid', 'erfolgreicher selbstmord'],
    replace: ['Suizid'],
    note: 'Ein Tod ist kein Erfolg; sag „Suizid“.',
  },
  {
    match: ['gescheiterter suizid', 'gescheiterter selbstmord', 'misslungener suizid'],
    replace: ['Suizidversuch'],
    note: 'Überleben ist kein Scheitern; sag „Suizidversuch“.',
  },
  {
    match: [
      'ich könnte mich erschießen',
      'ich könnt mich erschießen',
      'da könnte ich mich erschießen',
    ],
    replace: ['ich könnte schreien'],
    note: SUIZID_WITZ,
  },
  {
    match: [
      'ich bring mich um',
      'ich bringe mich um',
      'erschieß mich',
      'erschießt mich',
      'ich erschieß mich',
      'ich häng mich auf',
      'ich hänge mich auf',
    ],
    replace: [],
    note: SUIZID_WITZ,
  },
] satisfies PhraseList;

const FLUCH = 'Ein Kraftausdruck von einem Markenkonto landet im Screenshot; sag es ohne.';

export const profanity = [
  {
    match: ['scheiße', 'scheisse'],
    replace: ['schlecht', 'mies'],
    note: FLUCH,
  },
  { match: ['scheißegal', 'scheissegal'], replace: ['völlig egal'], note: FLUCH },
  { match: ['scheiß*', 'scheiss*', 'beschissen*', 'kacke', 'kackegal'], replace: [], note: FLUCH },
  // Mild: a warning, not an error like the words below.
  { match: ['verdammt'], replace: ['echt', 'wirklich'], note: FLUCH, severity: 'warning' },
  ...inflected('verdammt', 'blöd', FLUCH)
    .filter((entry) => entry.match[0] !== 'verdammt')
    .map((entry) => ({ ...entry, severity: 'warning' as const })),
  {
    match: ['verdammt noch mal', 'verdammt nochmal', 'verdammte scheiße', 'verfickt*'],
    replace: [],
    note: FLUCH,
  },
  { match: ['im arsch'], replace: ['kaputt', 'hinüber'], note: FLUCH },
  { match: ['am arsch der welt'], replace: ['am Ende der Welt'], note: FLUCH },
  {
    match: [
      'arsch',
      'ärsche',
      'arschloch*',
      'arschlöcher',
      'arschkarte',
      'leck mich',
      'leckt mich',
    ],
    replace: [],
    note: FLUCH,
  },
  {
    match: ['fick', 'ficken', 'fickt', 'gefickt', 'fick dich', 'ficker', 'fuck', 'fucking', 'wtf'],
    replace: [],
    note: FLUCH,
  },
  { match: ['angepisst'], replace: ['sauer', 'verärgert'], note: FLUCH },
  { match: ['pisse', 'verpiss dich', 'verpisst euch'], replace: [], note: FLUCH },
  { match: ['zum kotzen'], replace: ['ärgerlich', 'frustrierend'], note: 'Derb; sag „ärgerlich“.' },
  { match: ['verarscht'], replace: ['veräppelt', 'getäuscht'], note: 'Derb; sag „veräppelt“.' },
  { match: ['verarschen'], replace: ['veräppeln', 'täuschen'], note: 'Derb; sag „veräppeln“.' },
  { match: ['verarsche'], replace: ['Abzocke', 'Frechheit'], note: 'Derb; sag, was du meinst.' },
  { match: ['bullshit'], replace: ['Unsinn', 'Quatsch'], note: FLUCH },
  {
    match: ['halt die fresse', 'halt die klappe', 'halts maul', "halt's maul", 'fresse halten'],
    replace: [],
    note: FLUCH,
  },
  {
    match: [
      'wichser',
      'wixer',
      'hurensohn*',
      'hure',
      'huren',
      'fotze',
      'schlampe',
      'schlampen',
      'miststück',
      'drecksack',
      'drecks*',
      'bastard',
      'bastarde',
    ],
    replace: [],
    note: FLUCH,
  },
] satisfies PhraseList;
