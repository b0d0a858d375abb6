import type { PhraseEntry, PhraseList } from './types';

/**
 * Swedish word lists for the inclusive-language rules. Sources: Socialstyrelsens termbank and
 * Funktionsrätt Sverige (disability), Språkrådet's advice on "hen" and gender-neutral titles,
 * RFSL's glossary (LGBTQ), Diskrimineringsombudsmannen and Institutet för språk och folkminnen
 * on words for national minorities. Swedish plurals are already gender-neutral ("kära kunder"),
 * so the gendered list is about -man titles and gender marking, not address.
 */

const LIDER = 'Beskriver en diagnos som ett lidande; säg vad personen har.';

/** "lider av autism" → "har autism". */
function liderAv(condition: string): PhraseEntry {
  return {
    match: [`lider av ${condition}`],
    replace: [`har ${condition}`, `lever med ${condition}`],
    note: LIDER,
  };
}

const SKÄLLSORD = 'Använder en funktionsnedsättning som skällsord; säg vad du menar i stället.';
const SLUR_FUNKTION =
  'Ett skällsord mot personer med funktionsnedsättning; hör inte hemma i ett svar.';
const METAFOR = 'Använder en funktionsnedsättning som bild för något dåligt; säg vad du menar.';

export const ableist = [
  {
    match: ['handikappade personer', 'handikappade människor'],
    replace: ['personer med funktionsnedsättning'],
    note: '”Handikapp” är utdaterat; säg ”personer med funktionsnedsättning”.',
  },
  {
    match: ['de handikappade'],
    replace: ['personer med funktionsnedsättning'],
    note: '”Handikapp” är utdaterat; säg ”personer med funktionsnedsättning”.',
  },
  {
    match: ['är handikappad'],
    replace: ['har en funktionsnedsättning'],
    note: '”Handikapp” är utdaterat; säg ”har en funktionsnedsättning”.',
  },
  {
    match: ['är handikappade'],
    replace: ['har funktionsnedsättningar'],
    note: '”Handikapp” är utdaterat; säg ”har en funktionsnedsättning”.',
  },
  {
    match: ['handikappad*'],
    replace: ['med funktionsnedsättning'],
    note: '”Handikapp” är utdaterat; säg ”med funktionsnedsättning”.',
  },
  {
    match: ['handikappanpassad', 'handikappsanpassad'],
    replace: ['tillgänglighetsanpassad'],
    note: 'Säg ”tillgänglighetsanpassad”; det beskriver miljön, inte personen.',
  },
  {
    match: ['handikappanpassade', 'handikappsanpassade'],
    replace: ['tillgänglighetsanpassade'],
    note: 'Säg ”tillgänglighetsanpassad”; det beskriver miljön, inte personen.',
  },
  {
    match: ['handikappanpassat', 'handikappsanpassat'],
    replace: ['tillgänglighetsanpassat'],
    note: 'Säg ”tillgänglighetsanpassad”; det beskriver miljön, inte personen.',
  },
  {
    match: ['handikapptoalett', 'handikappstoalett'],
    replace: ['tillgänglig toalett'],
    note: 'Säg ”tillgänglig toalett” eller RWC.',
  },
  {
    match: ['handikapptoaletten', 'handikappstoaletten'],
    replace: ['den tillgängliga toaletten'],
    note: 'Säg ”tillgänglig toalett” eller RWC.',
  },
  {
    match: ['funktionshindrade', 'de funktionshindrade'],
    replace: ['personer med funktionsnedsättning'],
    note: 'Funktionshinder är det som omgivningen skapar; säg ”personer med funktionsnedsättning”.',
  },
  {
    match: ['funktionshindrad'],
    replace: ['med funktionsnedsättning'],
    note: 'Funktionshinder är det som omgivningen skapar; säg ”med funktionsnedsättning”.',
  },
  {
    match: ['rullstolsbunden', 'rullstolsbundna', 'rullstolsbundet', 'rullstolsburen'],
    replace: ['rullstolsanvändare'],
    note: 'Rullstolen binder ingen, den ger rörlighet; säg ”rullstolsanvändare”.',
  },
  {
    match: ['är bunden till rullstolen', 'är bunden vid rullstolen'],
    replace: ['använder rullstol'],
    note: 'Rullstolen binder ingen, den ger rörlighet; säg ”använder rullstol”.',
  },
  { match: ['dövstum'], replace: ['döv'], note: 'Döva är inte stumma; säg ”döv”.' },
  { match: ['dövstumma'], replace: ['döva'], note: 'Döva är inte stumma; säg ”döva”.' },
  { match: ['dövstumt'], replace: ['dövt'], note: 'Döva är inte stumma; säg ”döv”.' },
  {
    match: ['mongo', 'mongon', 'mongoloid', 'mongoloida', 'mongoloider'],
    replace: [],
    note: SLUR_FUNKTION,
  },
  {
    match: ['mongolism'],
    replace: ['Downs syndrom'],
    note: 'Utdaterat och rasistiskt; säg ”Downs syndrom”.',
  },
  {
    match: ['cp skadad', 'cp skadade', 'cpskadad', 'helt cp', 'är du cp', 'cp barn', 'cpbarn'],
    replace: [],
    note: 'CP används som skällsord; säg vad du menar, och säg ”cerebral pares” om diagnosen.',
  },
  { match: ['efterbliv*'], replace: [], note: SKÄLLSORD },
  {
    match: ['är utvecklingsstörd'],
    replace: ['har en intellektuell funktionsnedsättning'],
    note: 'Utdaterat; säg ”har en intellektuell funktionsnedsättning”.',
  },
  {
    match: ['utvecklingsstörd', 'utvecklingsstörda', 'utvecklingsstört'],
    replace: ['med intellektuell funktionsnedsättning'],
    note: 'Utdaterat; säg ”med intellektuell funktionsnedsättning”.',
  },
  {
    match: ['utvecklingsstörning', 'förståndshandikapp'],
    replace: ['intellektuell funktionsnedsättning'],
    note: 'Utdaterat; säg ”intellektuell funktionsnedsättning”.',
  },
  {
    match: ['förståndshandikappad*'],
    replace: ['med intellektuell funktionsnedsättning'],
    note: 'Utdaterat; säg ”med intellektuell funktionsnedsättning”.',
  },
  {
    match: ['idiot', 'idioter', 'idioten', 'idioterna'],
    replace: [],
    note: 'Ett skällsord som kommer från en gammal diagnos; beskriv vad som gick fel i stället.',
  },
  { match: ['idiotisk'], replace: ['orimlig'], note: SKÄLLSORD },
  { match: ['idiotiskt'], replace: ['orimligt'], note: SKÄLLSORD },
  { match: ['idiotiska'], replace: ['orimliga'], note: SKÄLLSORD },
  {
    match: ['sinnessjuk*'],
    replace: [],
    note: 'Utdaterat om människor och ett skällsord som bild; säg vad du menar.',
  },
  {
    match: ['psykfall', 'psyko', 'psykon'],
    replace: [],
    note: 'Använder psykisk ohälsa som skällsord; beskriv beteendet.',
  },
  {
    match: ['dårhus', 'dårhuset', 'hispan', 'hispen'],
    replace: ['kaos'],
    note: 'Gör sig lustig över psykiatrin; säg ”kaos”.',
  },
  {
    match: ['schizofren'],
    replace: ['motsägelsefull'],
    note: 'Använder en psykisk sjukdom som bild för ”motsägelsefull”; säg det.',
  },
  {
    match: ['schizofrent'],
    replace: ['motsägelsefullt'],
    note: 'Använder en psykisk sjukdom som bild för ”motsägelsefull”; säg det.',
  },
  {
    match: ['schizofrena'],
    replace: ['motsägelsefulla'],
    note: 'Använder en psykisk sjukdom som bild för ”motsägelsefull”; säg det.',
  },
  { match: ['blind för'], replace: ['omedveten om'], note: METAFOR },
  { match: ['blinda för'], replace: ['omedvetna om'], note: METAFOR },
  { match: ['för döva öron'], replace: ['utan att någon lyssnar'], note: METAFOR },
  { match: ['krympling*'], replace: [], note: SLUR_FUNKTION },
  { match: ['spastiker*'], replace: [], note: SLUR_FUNKTION },
  {
    match: ['invalidiserad*', 'invalider'],
    replace: ['med funktionsnedsättning'],
    note: 'Utdaterat; säg ”med funktionsnedsättning”.',
  },
  {
    match: ['bokstavsbarn'],
    replace: ['barn med NPF'],
    note: 'Nedsättande; säg ”barn med NPF” eller nämn diagnosen.',
  },
  {
    match: [
      'trots sin funktionsnedsättning',
      'trots sitt handikapp',
      'trots funktionsnedsättningen',
    ],
    replace: ['med sin funktionsnedsättning'],
    note: 'Framställer funktionsnedsättning som ett hinder för ett vanligt liv; stryk ”trots”.',
  },
  liderAv('autism'),
  liderAv('adhd'),
  liderAv('epilepsi'),
  liderAv('dyslexi'),
  liderAv('cp'),
  liderAv('downs syndrom'),
  liderAv('en funktionsnedsättning'),
  liderAv('ms'),
] satisfies PhraseList;

const TITEL = 'En titel med ”man” för alla; den neutrala formen omfattar alla.';
const KÖNSMARKERING = 'Markerar kön där det inte spelar roll, som om det vore ovanligt; stryk det.';

/** "kvinnlig chef" → "chef": gender marking where it does not matter. */
function unmarked(marker: string, noun: string): PhraseEntry {
  return { match: [`${marker} ${noun}`], replace: [noun], note: KÖNSMARKERING };
}

export const gendered = [
  {
    match: ['brandmän', 'brandmännen'],
    replace: ['brandpersonal', 'räddningspersonal'],
    note: 'Alla som släcker bränder är inte män; säg ”brandpersonal”.',
    // "brandmän och brandkvinnor" already names everyone.
    unless: { before: ['och', 'eller'], after: ['och', 'eller'] },
  },
  { match: ['talesman'], replace: ['talesperson'], note: TITEL },
  { match: ['talesmannen'], replace: ['talespersonen'], note: TITEL },
  { match: ['talesmän'], replace: ['talespersoner'], note: TITEL },
  { match: ['riksdagsman'], replace: ['riksdagsledamot'], note: TITEL },
  { match: ['riksdagsmän'], replace: ['riksdagsledamöter'], note: TITEL },
  { match: ['affärsman', 'affärsmän'], replace: ['företagare'], note: TITEL },
  { match: ['förman'], replace: ['arbetsledare'], note: TITEL },
  { match: ['förmän'], replace: ['arbetsledare'], note: TITEL },
  { match: ['kameraman'], replace: ['fotograf'], note: TITEL },
  { match: ['kameramän'], replace: ['fotografer'], note: TITEL },
  { match: ['polisman'], replace: ['polis'], note: TITEL },
  { match: ['polismän'], replace: ['poliser'], note: TITEL },
  { match: ['fackman'], replace: ['expert', 'fackperson'], note: TITEL },
  { match: ['fackmän'], replace: ['experter', 'fackpersoner'], note: TITEL },
  { match: ['fackmannamässigt'], replace: ['fackmässigt'], note: TITEL },
  { match: ['lekman'], replace: ['lekperson', 'icke-expert'], note: TITEL },
  { match: ['lekmannaspråk'], replace: ['vardagsspråk'], note: TITEL },
  { match: ['lekmannatermer'], replace: ['enkla ord'], note: TITEL },
  { match: ['mantimmar'], replace: ['arbetstimmar'], note: TITEL },
  { match: ['mantimme'], replace: ['arbetstimme'], note: TITEL },
  {
    match: ['mannen på gatan'],
    replace: ['vanligt folk', 'de flesta'],
    note: 'Använder ”mannen” för alla; säg ”vanligt folk”.',
  },
  {
    match: ['hej killar', 'hej grabbar', 'hej tjejer'],
    replace: ['hej allihop', 'hej alla'],
    note: 'Förutsätter att alla som läser har samma kön; säg ”allihop”.',
  },
  {
    match: ['tjena killar', 'tjena grabbar', 'tjena tjejer'],
    replace: ['tjena allihop'],
    note: 'Förutsätter att alla som läser har samma kön; säg ”allihop”.',
  },
  {
    match: ['mina damer och herrar'],
    replace: ['kära alla', 'allihop'],
    note: 'Lämnar ute dem som inte är dam eller herre; säg ”alla”.',
  },
  {
    match: ['han eller hon', 'hon eller han'],
    replace: ['hen', 'den'],
    note: '”Hen” omfattar alla och är kortare.',
  },
  {
    match: ['honom eller henne', 'henne eller honom'],
    replace: ['hen', 'den'],
    note: '”Hen” omfattar alla och är kortare.',
  },
  {
    match: ['hans eller hennes', 'hennes eller hans'],
    replace: ['hens', 'dess'],
    note: '”Hens” omfattar alla och är kortare.',
  },
  { match: ['sjuksyster'], replace: ['sjuksköterska'], note: 'Utdaterat; säg ”sjuksköterska”.' },
  { match: ['sjuksystrar'], replace: ['sjuksköterskor'], note: 'Utdaterat; säg ”sjuksköterska”.' },
  { match: ['flygvärdinna'], replace: ['flygvärd'], note: 'Säg ”flygvärd” eller ”kabinpersonal”.' },
  {
    match: ['flygvärdinnan'],
    replace: ['flygvärden'],
    note: 'Säg ”flygvärd” eller ”kabinpersonal”.',
  },
  {
    match: ['flygvärdinnor'],
    replace: ['kabinpersonal', 'flygvärdar'],
    note: 'Säg ”flygvärdar” eller ”kabinpersonal”.',
  },
  {
    match: ['flygvärdinnorna'],
    replace: ['kabinpersonalen', 'flygvärdarna'],
    note: 'Säg ”flygvärdar” eller ”kabinpersonal”.',
  },
  { match: ['städerska'], replace: ['städare'], note: 'Säg ”städare”; det omfattar alla.' },
  { match: ['städerskan'], replace: ['städaren'], note: 'Säg ”städare”; det omfattar alla.' },
  { match: ['städerskor'], replace: ['städare'], note: 'Säg ”städare”; det omfattar alla.' },
  { match: ['städerskorna'], replace: ['städarna'], note: 'Säg ”städare”; det omfattar alla.' },
  { match: ['servitris'], replace: ['servitör'], note: 'Säg ”servitör”; det omfattar alla.' },
  { match: ['servitrisen'], replace: ['servitören'], note: 'Säg ”servitör”; det omfattar alla.' },
  { match: ['servitriser'], replace: ['servitörer'], note: 'Säg ”servitör”; det omfattar alla.' },
  {
    match: ['servitriserna'],
    replace: ['servitörerna'],
    note: 'Säg ”servitör”; det omfattar alla.',
  },
  { match: ['kassörska'], replace: ['kassör'], note: 'Säg ”kassör”; det omfattar alla.' },
  { match: ['kassörskan'], replace: ['kassören'], note: 'Säg ”kassör”; det omfattar alla.' },
  { match: ['kassörskor'], replace: ['kassörer'], note: 'Säg ”kassör”; det omfattar alla.' },
  { match: ['kassörskorna'], replace: ['kassörerna'], note: 'Säg ”kassör”; det omfattar alla.' },
  { match: ['lärarinna'], replace: ['lärare'], note: 'Utdaterat; säg ”lärare”.' },
  {
    match: ['hemmafru'],
    replace: ['hemmaförälder'],
    note: 'Förutsätter att den som är hemma är kvinna; säg ”hemmaförälder”.',
  },
  {
    match: ['hemmafruar'],
    replace: ['hemmaföräldrar'],
    note: 'Förutsätter att den som är hemma är kvinna; säg ”hemmaförälder”.',
  },
  unmarked('kvinnlig', 'chef'),
  unmarked('kvinnlig', 'läkare'),
  unmarked('kvinnlig', 'pilot'),
  unmarked('kvinnlig', 'ingenjör'),
  unmarked('manlig', 'sjuksköterska'),
  unmarked('manlig', 'barnmorska'),
  unmarked('manlig', 'förskollärare'),
  {
    match: ['som en tjej', 'som en kärring', 'mansgöra', 'kvinnogöra'],
    replace: [],
    note: 'Tillskriver ett kön egenskaper; säg vad du menar.',
  },
  {
    match: ['kärring*', 'käring*'],
    replace: [],
    note: 'Ett nedsättande ord om kvinnor; hör inte hemma i ett svar.',
  },
  {
    match: ['gumman', 'sötnos', 'lilla vän', 'gubben'],
    replace: [],
    note: 'Smeknamn från ett varumärke låter nedlåtande, och drabbar mest kvinnor; använd namnet.',
  },
] satisfies PhraseList;

const SLUR = 'Ett rasistiskt skällsord; hör inte hemma i ett svar.';

export const racial = [
  {
    match: ['zigenare'],
    replace: ['romer', 'rom'],
    note: 'Romer är en nationell minoritet och vill inte kallas ”zigenare”; säg ”rom” eller ”romer”.',
  },
  {
    match: ['zigenarna'],
    replace: ['romerna'],
    note: 'Romer är en nationell minoritet och vill inte kallas ”zigenare”; säg ”romer”.',
  },
  {
    match: ['zigenerska'],
    replace: ['romsk kvinna'],
    note: 'Romer är en nationell minoritet och vill inte kallas ”zigenare”; säg ”romsk”.',
  },
  {
    match: ['zigenar*'],
    replace: ['romsk'],
    note: 'Romer är en nationell minoritet och vill inte kallas ”zigenare”; säg ”romsk”.',
  },
  {
    match: ['tattare', 'tattarna', 'tattar*'],
    replace: ['resande'],
    note: 'Ett nedsättande ord för resandefolket; säg ”resande”.',
  },
  {
    match: ['negerboll'],
    replace: ['chokladboll'],
    note: 'Ett rasistiskt ord; säg ”chokladboll”.',
  },
  {
    match: ['negerbollar'],
    replace: ['chokladbollar'],
    note: 'Ett rasistiskt ord; säg ”chokladboll”.',
  },
  {
    match: ['neger*', 'svarting*', 'blatte*', 'blattar*', 'guling*', 'rödskinn'],
    replace: [],
    note: SLUR,
  },
  {
    match: ['mulatt*', 'halvblod'],
    replace: [],
    note: 'Ett rasistiskt ord för personer med blandat ursprung; använd det inte.',
  },
  {
    match: ['färgade personer', 'färgade människor'],
    replace: ['svarta personer', 'rasifierade personer'],
    note: 'Ett utdaterat ord med rasistisk historia; säg ”svarta” eller ”rasifierade”.',
  },
  { match: ['eskimå*'], replace: ['inuit'], note: 'Många inuiter avvisar ordet; säg ”inuit”.' },
  {
    match: ['whitelist', 'whitelisten', 'vitlista', 'vitlistan'],
    replace: ['listan över tillåtna', 'tillåtelselista'],
    note: 'Kopplar vitt till bra; ”listan över tillåtna” säger vad det är.',
  },
  {
    match: ['blacklist', 'svartlista'],
    replace: ['spärrlista'],
    note: 'Kopplar svart till dåligt; ”spärrlista” säger vad det är.',
  },
  {
    match: ['blacklisten', 'svartlistan'],
    replace: ['spärrlistan'],
    note: 'Kopplar svart till dåligt; ”spärrlista” säger vad det är.',
  },
  {
    match: ['svartlistad', 'blacklistad'],
    replace: ['spärrad'],
    note: 'Kopplar svart till dåligt; ”spärrad” säger vad det är.',
  },
  {
    match: ['svartlistade', 'blacklistade'],
    replace: ['spärrade'],
    note: 'Kopplar svart till dåligt; ”spärrad” säger vad det är.',
  },
  {
    match: ['svartlistat'],
    replace: ['spärrat'],
    note: 'Kopplar svart till dåligt; ”spärrad” säger vad det är.',
  },
] satisfies PhraseList;

const HBTQ_SLUR = 'Ett hbtqi-fientligt skällsord; hör inte hemma i ett svar.';

export const lgbtq = [
  {
    match: ['bögigt'],
    replace: ['fånigt', 'larvigt'],
    note: 'Använder ”bög” som skällsord; säg vad du menar.',
  },
  {
    match: ['bögig'],
    replace: ['fånig', 'larvig'],
    note: 'Använder ”bög” som skällsord; säg vad du menar.',
  },
  {
    match: ['bögiga'],
    replace: ['fåniga', 'larviga'],
    note: 'Använder ”bög” som skällsord; säg vad du menar.',
  },
  {
    match: ['din bög', 'jävla bög', 'så bög', 'bögjävel', 'bögjävlar'],
    replace: [],
    note: HBTQ_SLUR,
  },
  { match: ['flata', 'flator', 'transa', 'transor'], replace: [], note: HBTQ_SLUR },
  {
    match: ['homo', 'homon', 'homos'],
    replace: [],
    note: HBTQ_SLUR,
    unless: { after: ['sapiens', 'erectus', 'faber'] },
  },
  {
    match: ['transsexuella'],
    replace: ['transpersoner'],
    note: 'Utdaterat och medicinskt; säg ”transperson”.',
  },
  {
    match: ['transsexuell*'],
    replace: ['trans'],
    note: 'Utdaterat och medicinskt; säg ”trans” eller ”transperson”.',
  },
  {
    match: ['könsbyte', 'könsbytet'],
    replace: ['könsbekräftande vård'],
    note: 'Säg ”könsbekräftande vård”.',
  },
  {
    match: ['könsbytesoperation', 'könsbyteoperation'],
    replace: ['könsbekräftande operation'],
    note: 'Säg ”könsbekräftande operation”.',
  },
  {
    match: ['sexuell preferens'],
    replace: ['sexuell läggning'],
    note: 'Låter som ett val; säg ”sexuell läggning”.',
  },
  {
    match: ['sexuella preferenser'],
    replace: ['sexuella läggningar'],
    note: 'Låter som ett val; säg ”sexuell läggning”.',
  },
  {
    match: [
      'läggning är en livsstil',
      'homosexuell livsstil',
      'homosexuella livsstilen',
      'gay livsstil',
      'hbtq livsstil',
      'hbtq livsstilen',
    ],
    replace: [],
    note: 'Sexuell läggning och könsidentitet är ingen livsstil; prata om människor.',
  },
  {
    match: ['homofil'],
    replace: ['homosexuell'],
    note: 'Utdaterat; säg ”homosexuell” eller ”gay”.',
  },
  {
    match: ['homofila'],
    replace: ['homosexuella'],
    note: 'Utdaterat; säg ”homosexuella” eller ”gay”.',
  },
  {
    match: ['hermafrodit*'],
    replace: ['intersexperson'],
    note: 'Utdaterat och stigmatiserande; säg ”intersex”.',
  },
  {
    match: ['homoäktenskap'],
    replace: ['samkönat äktenskap', 'samkönade äktenskap'],
    note: 'Säg ”samkönat äktenskap”.',
  },
  {
    match: ['biologisk man', 'biologisk kvinna'],
    replace: [],
    note: 'Används för att förneka transpersoners kön; stryk det.',
  },
] satisfies PhraseList;

const NEDLÅTANDE = 'Låter som att kunden borde ha vetat; stryk det.';

export const condescending = [
  {
    match: ['som sagt'],
    replace: [],
    note: 'Låter som ”det har jag ju redan sagt”; upprepa svaret utan att påpeka det.',
  },
  {
    match: [
      'som jag redan sagt',
      'som jag redan har sagt',
      'som jag sa',
      'som jag sade',
      'som jag skrev',
      'som jag redan skrivit',
      'som vi redan skrivit',
      'som vi redan har skrivit',
      'som tidigare nämnts',
      'som redan nämnts',
      'som nämnts ovan',
      'som tidigare meddelats',
      'som framgår ovan',
    ],
    replace: [],
    note: 'Låter som ”det har jag ju redan sagt”; upprepa svaret utan att påpeka det.',
  },
  {
    match: ['uppenbarligen har du', 'du har uppenbarligen', 'har du uppenbarligen'],
    replace: ['du har nog'],
    note: NEDLÅTANDE,
  },
  {
    match: ['uppenbarligen har ni', 'ni har uppenbarligen', 'har ni uppenbarligen'],
    replace: ['ni har nog'],
    note: NEDLÅTANDE,
  },
  {
    match: ['det är väl självklart', 'det borde vara självklart', 'det säger sig självt'],
    replace: [],
    note: NEDLÅTANDE,
  },
  {
    match: ['självklart måste du', 'självklart behöver du'],
    replace: ['du behöver'],
    note: NEDLÅTANDE,
  },
  {
    match: ['som du säkert vet', 'som du borde veta', 'som alla vet', 'alla vet ju'],
    replace: [],
    note: NEDLÅTANDE,
  },
  {
    match: [
      'det är jätteenkelt',
      'det är superenkelt',
      'det är busenkelt',
      'det är jättelätt',
      'det är superlätt',
      'det är inte svårt',
      'hur enkelt som helst',
      'busenkelt',
    ],
    replace: ['det går snabbt'],
    note: 'Att kalla det enkelt skuldbelägger kunden som just sagt att det inte fungerade; visa stegen i stället.',
  },
  {
    match: ['jättelätt', 'jätteenkelt', 'superenkelt', 'superlätt', 'skitlätt', 'skitenkelt'],
    replace: [],
    note: 'Att kalla det enkelt skuldbelägger kunden som just sagt att det inte fungerade; visa stegen i stället.',
  },
  {
    match: ['lugna ner dig', 'lugna dig', 'lugna ned dig', 'ingen anledning att bli upprörd'],
    replace: [],
    note: 'Att säga åt en upprörd kund att lugna sig trappar upp; bemöt problemet.',
  },
  { match: ['med all respekt'], replace: [], note: 'Varslar om respektlöshet; stryk det.' },
  {
    match: ['användarfel'],
    replace: [],
    note: 'Lägger skulden på kunden; förklara vad som kan göras annorlunda.',
  },
  {
    match: ['om du hade läst', 'om du läst instruktionerna', 'läs instruktionerna'],
    replace: [],
    note: NEDLÅTANDE,
  },
] satisfies PhraseList;

const SJÄLVMORDSSKÄMT =
  'Självmord som skämt sårar den som lever nära det; säg hur frustrerande det är i stället.';

export const suicide = [
  {
    match: ['begå självmord'],
    replace: ['ta sitt liv'],
    note: '”Begå” låter som ett brott; säg ”ta sitt liv”.',
  },
  {
    match: ['begick självmord'],
    replace: ['tog sitt liv'],
    note: '”Begå” låter som ett brott; säg ”tog sitt liv”.',
  },
  {
    match: ['begått självmord'],
    replace: ['tagit sitt liv'],
    note: '”Begå” låter som ett brott; säg ”tagit sitt liv”.',
  },
  {
    match: ['begår självmord'],
    replace: ['tar sitt liv'],
    note: '”Begå” låter som ett brott; säg ”tar sitt liv”.',
  },
  {
    match: ['självmord'],
    replace: ['suicid'],
    note: 'Säg ”suicid” eller ”ta sitt liv”; ”mord” lägger skuld.',
  },
  { match: ['självmordsförsök'], replace: ['suicidförsök'], note: 'Säg ”suicidförsök”.' },
  { match: ['självmordstankar'], replace: ['suicidtankar'], note: 'Säg ”suicidtankar”.' },
  { match: ['självmordsuppdrag'], replace: ['chansning', 'vågspel'], note: SJÄLVMORDSSKÄMT },
  {
    match: ['självmords*'],
    replace: [],
    note: 'Säg ”suicid”, och använd det inte som bild.',
    // The crisis line's own name: a reply should be able to give it.
    unless: { words: ['självmordslinjen'] },
  },
  {
    match: [
      'jag tar livet av mig',
      'ta livet av mig',
      'skjut mig',
      'jag hänger mig',
      'jag skjuter mig',
    ],
    replace: [],
    note: SJÄLVMORDSSKÄMT,
  },
] satisfies PhraseList;

const SVORD = 'En svordom från ett företagskonto blir en skärmdump; säg det utan.';

export const profanity = [
  {
    match: ['fan'],
    replace: ['tusan'],
    note: SVORD,
    // "ett stort fan av", "våra trogna fans": the loanword for a supporter.
    unless: {
      before: [
        'ett',
        'stort',
        'största',
        'trogen',
        'trogna',
        'inbitet',
        'inbiten',
        'sant',
        'riktigt',
        'ditt',
        'vårt',
      ],
      after: ['av', 'club', 'klubb', 'sida', 'page', 'shop', 'zone'],
    },
  },
  { match: ['fy fan'], replace: ['usch'], note: SVORD },
  { match: ['vad fan'], replace: ['vad i all världen'], note: SVORD },
  { match: ['fan också'], replace: ['tusan också'], note: SVORD },
  { match: ['jävligt', 'javligt'], replace: ['riktigt', 'väldigt'], note: SVORD },
  { match: ['jävlig', 'javlig'], replace: ['usel', 'dålig'], note: SVORD },
  { match: ['jävliga'], replace: ['usla', 'dåliga'], note: SVORD },
  { match: ['jävla', 'javla'], replace: ['förbaskade', 'riktigt'], note: SVORD },
  { match: ['jävlar', 'javlar'], replace: ['tusan', 'jösses'], note: SVORD },
  { match: ['jävel', 'jävlarna', 'jävla*'], replace: [], note: SVORD },
  { match: ['vad i helvete'], replace: ['vad i all världen'], note: SVORD },
  { match: ['helvete', 'helvetet'], replace: ['tusan'], note: SVORD },
  { match: ['helvetes'], replace: ['förbaskade'], note: SVORD },
  { match: ['dra åt helvete', 'åt helvete'], replace: [], note: SVORD },
  { match: ['satans'], replace: ['förbaskade'], note: SVORD },
  { match: ['skit samma', 'skitsamma'], replace: ['strunt samma'], note: SVORD },
  { match: ['skiter i'], replace: ['struntar i'], note: SVORD },
  { match: ['sket i'], replace: ['struntade i'], note: SVORD },
  { match: ['skita i'], replace: ['strunta i'], note: SVORD },
  {
    match: ['skit', 'skiten'],
    replace: ['dåligt', 'strunt'],
    note: SVORD,
    unless: { after: ['i'] },
  },
  { match: ['skitsnack'], replace: ['struntprat', 'nonsens'], note: SVORD },
  { match: ['skitbra'], replace: ['jättebra'], note: SVORD },
  { match: ['skitdålig', 'pissdålig'], replace: ['jättedålig'], note: SVORD },
  { match: ['skitdåligt', 'pissdåligt'], replace: ['jättedåligt'], note: SVORD },
  { match: ['skitjobbigt'], replace: ['jättejobbigt'], note: SVORD },
  { match: ['piss'], replace: ['uselt'], note: SVORD },
  {
    match: [
      'kuk',
      'kukhuvud',
      'fitta',
      'fittan',
      'hora',
      'horunge',
      'rövhål',
      'arsle',
      'knulla',
      'knull*',
      'fuck',
      'fucking',
      'wtf',
      'håll käften',
    ],
    replace: [],
    note: SVORD,
  },
] satisfies PhraseList;
