import type { LanguageData } from './types';

/** Swedish lexicons. Sources are regex (whole words, case-insensitive). */
export const SV: LanguageData = {
  functionWords:
    'den denna detta dessa upp ut en ett lite även kunder gäller söker i och det att är jag vi inte på för med ett som har till av om din ditt oss tack hej kan ska vara mig dig hur vad här nu gärna tyvärr min mitt mina ni er ert era fortfarande varför när var någon något ingen inget redan aldrig bara också sen men eller när eftersom hela tiden igår idag också mycket bara efter över fick blev kom har hade skulle kunde vill måste någon inga allt inget nej sen än då dom dem sig sin sitt hos utan'.split(
      ' ',
    ),
  intents: {
    question: [
      [
        'har ni öppet|öppettider|kan (?:man|jag) (?:betala|handla|använda|beställa|hämta)|funkar (?:appen|den|det) (?:offline|med)|levererar ni|skickar ni',
        2,
      ],
      ['hur (?:gör|kan|länge|mycket|många|funkar|fungerar|får)', 2],
      ['(?:vad|när|var|vilken|vilket|vilka|vem|varför)', 1],
      ['^(?:kan|går|finns|har|är|blir|får|ska|kommer) (?:man|jag|ni|det|den|du|de)', 1.5],
      ['är det möjligt|undrar|fråga|snabb fråga|vet någon', 2],
      [
        '(?:i lager|på lager|tillgänglig|tillbaka i lager|pris|kostar|rabatt|storlek(?:ar)?|färg(?:er)?|kompatibel|skickar ni till|levererar ni)',
        1.5,
      ],
      ['hallå|hej|någon där', 0.5],
    ],
    complaint: [
      [
        'i telefonkö|lade på|inget svar|utan svar|aldrig hört av|(?:två|tre|flera) gånger|har mejlat|har ringt|ingen ringer tillbaka',
        2,
      ],
      [
        'lossnade|lossnat|släppte|sprack|spruckit|blekt|bleknat|krympt|krympte|noppig|repig|dålig|dåliga',
        2,
      ],
      [
        'luktade bränt|brände|brännskada|livsfarligt|farligt|överhettad|smälte|utslag|otrevlig|oförskämd|konsumentverket|jurist|advokat|stämda|följare|sista chansen|dataläcka|någon annans|gör ont|trist|tråkigt',
        2,
      ],
      [
        'trasig|trasigt|trasiga|sönder|gick sönder|skadad|skadat|defekt|spräckt|sprucken|rivet|revs|slutade fungera|dålig kvalitet|billigt gjord|håller inte',
        2,
      ],
      [
        'besviken|besvikna|besvikelse|oacceptabelt|löjligt|skandal|skandalöst|värdelös|värdelöst|värsta|sämsta|uselt|usel|dåligt|katastrof|pinsamt|skämt|fräckt|uruselt|missnöjd|sur',
        2,
      ],
      [
        'aldrig mer|aldrig igen|sista gången|har fått nog|fått nog|inget svar|ingen svarar|ingen hör av sig|ignorerar|väntar fortfarande|väntat i|i veckor|i flera dagar|slöseri',
        2,
      ],
      ['klagomål|klaga|fel (?:storlek|vara|färg|produkt)|saknas|fattas|otrevlig|oförskämd', 1.5],
      ['igen|allvarligt|seriöst|ärligt', 0.5],
    ],
    praise: [
      ['jag dör|för bra|räddar|döda för|mördarbra|on fire|inte dåligt|najs|sjukt bra|asbra', 1.5],
      ['tack|tackar|tusen tack|stort tack|tacksam', 2],
      [
        'älskar|grym|grymt|grymma|fantastisk|fantastiskt|underbar|underbart|perfekt|bäst|bästa|toppen|superbra|jättebra|kanon|strålande|fin|fint|fina|snygg|snyggt|nöjd|nöjda|glad|glada|lycklig|imponerad|härlig|härligt|magisk|rekommenderar|älskade',
        1.5,
      ],
      [
        'bra jobbat|snyggt jobbat|ni är bäst|ni är grymma|tummen upp|5 stjärnor|fem stjärnor|keep it up',
        2,
      ],
      ['bra|snabb|snabbt|trevlig|hjälpsam|enkel|enkelt|smidig|smidigt', 0.5],
    ],
    delivery: [
      ['(?:beställde|beställt)[^.!?]{0,30} (?:och|men) (?:fick|kom)', 2.5],
      ['inget har kommit|har (?:inte|ej) kommit|skulle komma|aldrig kom', 3],
      [
        'leveransadress(?:en)?|ändra adress(?:en)?|står som levererat|levererat men|försenat?|försening(?:en)?|borttappat|fel (?:vara|storlek|färg|produkt)|var är (?:min|mitt|mina) \\w+|fortfarande inget',
        2.5,
      ],
      [
        'paket(?:et)?|leverans(?:en|er)?|levererat?|leveransen|frakt(?:en)?|skickat?|skickades|försändelse|spårning(?:en|snummer)?|kolli(?:nummer)?|bud(?:et|firman)?|postnord|dhl|ups|instabox|budbee|schenker|ombud(?:et)?|utlämningsställe',
        2,
      ],
      [
        '(?:har|har inte|är) (?:fortfarande |ännu )?inte (?:kommit|fått|levererats|anlänt)|har inte kommit|inte kommit fram|aldrig kommit|inte fått (?:min|mitt|mina)|var är mitt|var är min|var är mina',
        3,
      ],
      ['kom fram|kommit fram|kommer fram|fått|anlänt|på väg|hämtat|hämta ut', 1],
      ['order(?:n)?|beställning(?:en)?|beställde|beställt', 1],
    ],
    refund: [
      ['tillbaka pengarna|få tillbaka', 2.5],
      ['påminnelser?|inkasso\\w*|kronofogden|betalningsanmärkning', 2.5],
      [
        'skickade tillbaka|skickat tillbaka|returnerade|returnerat|(?:inte fått|inga) (?:några )?pengar|fick jag betala|betalat för frakt',
        2.5,
      ],
      ['swish|klarna|paypal|betala|faktura', 0.5],
      [
        '(?:drar|dra|tar|tog) (?:ni )?(?:fortfarande )?(?:pengar|betalt)|vill ha tillbaka|(?:fått|få) pengarna tillbaka|pengarna tillbaka|mina sista pengar|medlemskap(?:et)?|sa upp|inkasso|påminnelse',
        3,
      ],
      [
        'återbetalning(?:en)?|återbetala|återbetalat|pengarna tillbaka|pengar tillbaka|mina pengar|återbetalt|kreditera(?:t|d)?|kreditering',
        3,
      ],
      [
        '(?:dragit|dragits|debiterat|debiterad|betalat|tagit betalt) (?:två gånger|dubbelt|två ggr|2 gånger)|dubbeldebiter(?:ad|at|ing)|dubbelt debiterad|dragit för mycket|fel belopp',
        3,
      ],
      [
        '(?<!med )faktura(?:n)?|kvitto|betalning(?:en)?|betalat|betalade|debiter(?:ad|at|ing)|dragit|dragits|kontoutdrag|kort(?:et)?|prenumeration(?:en)?|avgift(?:en)?|säga upp|uppsägning|retur(?:en|nera)?|skicka tillbaka|ångerrätt',
        1.5,
      ],
      ['pengar|pris|kronor|kr|\\d+ ?(?:kr|sek|:-)', 0.5],
    ],
    outage: [
      ['serverfel|felkod \\d{3}|fel \\d{3}', 2.5],
      ['för alla|alla får|är det bara jag|någon mer som|ingen kan', 3.5],
      ['loggar ut mig|snurrar bara|laddar i evighet|låter mig inte', 2],
      [
        'ligger (?:appen|sidan|hemsidan|sajten) nere|fixa appen|(?:appen|sidan) (?:funkar|fungerar) inte|kopplar (?:inte )?(?:längre )?upp|parkoppl\\w*|efter uppdateringen|sedan uppdateringen|inget laddar|laddar inget|fel \\d{3}',
        3,
      ],
      [
        '(?:appen|sidan|hemsidan|webbplatsen|sajten|servern|tjänsten|kassan|systemet|inloggningen) (?:är |ligger )?(?:nere|död|offline|trasig|laddar inte|hänger sig|kraschar|fungerar inte|funkar inte)',
        3,
      ],
      [
        'kraschar|kraschade|krasch|nere|driftstörning|störning|avbrott|bugg(?:ar|en|ig)?|fel(?:meddelande|kod)|felmeddelande|laddar inte|laddar bara|hänger sig|fryser|frös|vit skärm|svart skärm|500|404|503',
        2,
      ],
      [
        '(?:fungerar|funkar|går) (?:inte|ej|inte alls|fortfarande inte)|går inte att (?:öppna|logga|ladda|betala|använda)',
        1.5,
      ],
      ['appen|app|uppdatering(?:en)?|hemsidan|sidan', 0.5],
    ],
    'feature-request': [
      [
        '(?:snälla|kan ni|ni borde|gärna)[^.?!]{0,30}(?:lägg(?:a)? till|ta tillbaka|införa|erbjuda|sälja)|lägg till|ta tillbaka|mörkt läge',
        3,
      ],
      [
        '(?:snälla|kan ni|skulle ni kunna|vore det möjligt att)[^.?!]{0,40}(?:lägga till|införa|erbjuda|ta tillbaka|göra så att|stödja)',
        2.5,
      ],
      [
        '(?:skulle|hade) (?:vara|varit) (?:bra|toppen|kul|najs|smidigt|grymt|fint)|vore (?:bra|toppen|kul|smidigt|grymt|fint)|önskar|önskemål|förslag|idé|tips till er|varför finns det (?:inte|ingen|inget)|planer på',
        2.5,
      ],
      ['mörkt läge|dark mode|funktion(?:en)?|möjlighet(?:en)?|integration|widget|inställning', 1],
    ],
    account: [
      [
        'ta bort (?:mitt|ert) konto|radera (?:mitt )?konto|tar jag bort mitt konto|kommer inte in (?:på|i) (?:mitt )?konto|återställ\\w*|gamla nummer|ändrat mejladressen',
        3,
      ],
      [
        'logga in|inloggning(?:en)?|loggar in|lösenord(?:et)?|utelåst|låst ute|låst konto|kontot är låst|tvåfaktor|2fa|verifieringskod|engångskod|kod(?:en)? kommer inte|användarnamn|återställa lösenord|bankid',
        3,
      ],
      [
        'konto(?:t)?|profil(?:en)?|e-?postadress|verifiera|spärrat|spärrad|avstängd|hackad|hackat',
        1.5,
      ],
    ],
    abuse: [
      [
        'vem köper (?:ens )?(?:det här|den här|sånt)|skräp(?:et)?|gå i konkurs|borde få sparken|jag vet (?:vilken|var) (?:butik|affär)? ?(?:han|hon|du|ni) (?:jobbar|bor)|borde se sig om|🤡',
        2.5,
      ],
      [
        'idioter|idiot|pucko(?:n)?|clowner|clowns|bedragare|lurendrejare|tjuvar|svindlare|lögnare|amatörer|mongon',
        2.5,
      ],
      [
        'ni (?:är|e) (?:ett skämt|löjliga|värdelösa|idioter|bedragare|patetiska|dumma i huvudet|inkompetenta)|håll käften|dra åt helvete|fan ta er|skitföretag|skitfirma|skitbolag|bluffföretag|bluff|bots?|ni suger',
        2.5,
      ],
      ['bojkott|undvik|handla inte', 1],
    ],
    mention: [
      ['har någon (?:jämfört|testat|provat)|jämfört med', 3],
      [
        'har någon (?:jämfört|testat|provat)|såg er på|spanat|vi söker|jobbannons|årsredovisning|konferens',
        2,
      ],
      [
        'kolla in|kolla här|precis köpt|nyköpt|såg er|min nya|mitt nya|mina nya|unboxing|bär|@\\w+|#\\w+',
        1,
      ],
    ],
  },
  negators: ['inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'knappast', 'varken', 'utan'],
  annoyed: [
    [
      'i telefonkö|lade på|inget svar|utan svar|aldrig hört av|(?:två|tre|flera) gånger|har mejlat|har ringt|ingen ringer tillbaka|funkar inte|fungerar inte|går inte',
      0.25,
    ],
    ['inte här|fortfarande inga|fortfarande ingen|lossnade|lossnat|loggar ut mig', 0.25],
    [
      'nere|kraschar|laddar inte|inget laddar|felmeddelande|kommer aldrig|kommer inte in|inte här|inte fått|har inte kommit|inget har kommit',
      0.2,
    ],
    [
      'trasig|trasiga|sönder|gick sönder|skadad|saknas|fattas|fel|inte längre|fortfarande inte|inte kommit|inget|trist|tråkigt|tyvärr',
      0.2,
    ],
    [
      'besviken|besvikna|irriterad|irriterande|irriterar|frustrerad|frustrerande|missnöjd|förvirrad|igen|fortfarande|allvarligt|seriöst|hallå\\?|väntar|väntat|ännu en|ännu ett|orkar inte|tröttsamt|suck',
      0.18,
    ],
    [
      'oacceptabelt|löjligt|dåligt|uselt|katastrof|skämt|pinsamt|fått nog|har fått nog|trött på|less på|sämre|värdelöst',
      0.3,
    ],
  ],
  angry: [
    [
      'idioter|idiot|pucko|inkompetenta|inkompetent|clowner|annars (?:går|vänder|anmäler|kontaktar)|jag kräver|senast (?:imorgon|i morgon|fredag|måndag)|sista (?:varningen|chansen)',
      0.45,
    ],
    [
      'sista chansen|advokat|jurist|stämda|konsumentverket|livsfarligt|vill ha tillbaka allt|se sig om|gå i konkurs|håll käften|förväntar mig en ursäkt|ingen svarar',
      0.45,
    ],
    [
      'arg|argt|arga|förbannad|förbannat|rasande|vansinnig|vansinnigt|skandal|skandalöst|bluff|bedrägeri|bedragare|aldrig mer|aldrig igen|sista gången|lurad|lurade|ljuger|ljög|äckligt|vidrigt|uruselt|sämsta',
      0.45,
    ],
    ['hatar|hat|sur|putt', 0.35],
  ],
  distress: [
    [
      'orkar inte mer|ingen hjälper mig|mina sista pengar|ser ingen mening|orolig|oroar mig|stressad|helt slut|vill försvinna',
      0.4,
    ],
    [
      'gråter|gråta|grät|i tårar|tårar|rädd|livrädd|skräckslagen|panik|desperat|förtvivlad|hjälplös|hopplös|vet inte vad jag ska göra|vet inte vad jag ska ta mig till|ber er|jag ber|på gränsen|orkar inte mer',
      0.4,
    ],
    [
      'snälla hjälp|hjälp mig|snälla,? snälla|jag behöver (?:det|den|hjälp)|har inte råd|inte råd|mina sista pengar|hyran|mitt barn|mina barn|min (?:son|dotter|bebis|mamma|pappa|mormor|farmor|fru|man)|(?:födelsedags|jul)present|begravning|bröllop|medicin|mediciner|insulin|funktionsnedsättning|rullstol|sjukhus|ensam|pension',
      0.2,
    ],
  ],
  intensifiers: [
    'så',
    'jätte',
    'jättemycket',
    'väldigt',
    'extremt',
    'helt',
    'totalt',
    'otroligt',
    'verkligen',
    'fruktansvärt',
    'sjukt',
    'skit',
    'asså',
    'super',
    'riktigt',
    'ytterst',
  ],
  sarcasm: [
    'tack för ingenting|tack för inget|(?:toppen|perfekt|underbart|fantastiskt|grymt|kanon|tack),? (?:igen|ännu en|ännu ett|en gång till|som vanligt)|snyggt jobbat\\.{3}|bra jobbat\\.{3}|jo,? visst|jaja|som vanligt|verkligen toppen|så himla bra|lysande,? (?:inte|verkligen)|mycket hjälpsamt,? (?:inte|verkligen)|/s',
  ],
  profanity: ['fan|jävla|jävlar|jävligt|helvete|skit\\w*|fy fan|satan|kuk\\w*|fitta|wtf|helvetes'],
  escalation: {
    legal: [
      'advokat(?:en)?|jurist(?:en)?|stämma (?:er|dig|företaget)|stämning|rättsliga åtgärder|juridiska åtgärder|domstol|tingsrätt(?:en)?|konsumentverket|arn|allmänna reklamationsnämnden|anmäla (?:er|dig) till|polisanmälan|polisanmäla|kronofogden',
    ],
    safety: [
      'livsfarligt|luktade bränt|brandrisk|brandfara|skållad|skållade|brännblåsor|blåsor|kokande vatten|blödde|blöder|sydde|svullen|svullnad|andningssvårigheter|fick inte luft|svimmade|kvävningsrisk|vass kant',
      'skadad(?:e)? mig|skadade (?:mig|sig|min|sin)|blev skadad|skada på|skär(?:de)? mig|brännskada(?:or)?|brände (?:mig|sig|min)|började brinna|fattade eld|brand|rök|gnistor|gnistrade|exploderade|explosion|elchock|stötar|fick en stöt|överhettad|överhettades|smälte|kvävas|satte i halsen|sjukhus(?:et)?|akuten|ambulans|allergisk reaktion|allergiska reaktioner|anafyla\\w*|utslag|förgiftning|matförgiftning|kräktes|spydde|mögel|glasbitar|farlig|farligt|giftig|giftigt|hälsorisk',
    ],
    harassment: [
      '(?:chauffören|föraren|budet|budbäraren|bilbudet|anställd|anställde|personalen|teknikern|montören|kassören)(?: \\w+){0,5} (?:skriver|skrev|messar|ringer|följer|förföljer|trakasserar|kontaktar|hotar|stalkar) (?:mig|till mig)|(?:skriver|messar|ringer) (?:till )?mig (?:sedan dess|varje dag|på nätterna|hela tiden)|känner mig inte (?:längre )?(?:trygg|säker)|vet var jag bor|följde efter mig|(?:tafsade|tog på mig|tog tag i mig)|bad om mitt (?:nummer|adress)',
      '(?:lägger|delar|postar) (?:ut )?(?:hela tiden |upprepade gånger |ständigt )?(?:mina (?:bilder|foton)|bilder på mig|foton på mig)|(?:bilder|foton|videor) på mig|kallar mig|hånar mig|förolämpar mig|lämnar mig inte (?:i fred|ifred)|ska (?:hitta|ta|söka upp) (?:honom|henne|dig)|(?:han|hon) (?:ska|borde|får) (?:akta sig|se upp)|efter (?:hans|hennes) pass|vet var (?:han|hon) bor',
      '(?:jag )?(?:väntar|kommer att vänta) (?:utanför|på honom|på henne)|jag vet (?:vilken bil|var (?:han|hon|du) parkerar)|(?:skriver|messar|ringer) (?:till )?mig hela tiden|slutar inte (?:skriva|messa|ringa|följa)|(?:olämpliga|äckliga|hotfulla|obehagliga) (?:meddelanden|kommentarer|dm)|dödshot|hotar mig|hotade mig|(?:mobbar|trakasserar|förföljer|hänger ut) mig|rasistiska (?:kommentarer|påhopp)|delar (?:mina|min) (?:bilder|adress|nummer)|stod utanför min dörr|fick mitt nummer',
      'jag vet (?:vilken|var) (?:butik|affär)? ?(?:han|hon|du|ni) (?:jobbar|bor)(?: i| på)?|borde se sig om|lägger upp (?:mina|min) (?:bilder|adress)|trakasserar mig',
      'jag vet var (?:du bor|ni bor|du jobbar)|jag (?:ska|kommer att) (?:hitta|ta|döda|slå|skada) (?:dig|er)|ni kommer att ångra|du kommer att ångra|akta dig|din adress|hans adress|hennes adress|hot(?:a|ar|et|ade)?|trakasser\\w*|förföljer|doxx?\\w*',
    ],
    'self-harm': [
      'ser ingen mening med (?:någonting|något|livet|allt) (?:längre)?|vill (?:bara )?försvinna|alla (?:skulle ha det|hade haft det) bättre utan mig|bättre utan mig|orkar inte mer(?:\\.| med livet)',
      'ta livet av mig|ta mitt liv|självmord\\w*|vill inte leva|vill dö|vill inte finnas|inte vara kvar|inte finnas här längre|vill inte vara här längre|orkar inte leva|skada mig själv|självskad\\w*|bättre död|ingen mening med livet',
    ],
    press: [
      '\\d+(?:[.,]\\d+)?\\s?(?:k|tusen)? ?följare|en video om (?:hur ni|er)',
      'journalist(?:en)?|reporter(?:n)?|redaktion(?:en)?|pressen|tidning(?:en)?|skriver (?:en artikel|ett reportage|om er)|artikel om|reportage|mina följare|mina \\d+(?:[.,]\\d+)?\\s?(?:k|tusen)? ?följare|\\d+(?:[.,]\\d+)?\\s?(?:k|tusen) följare|influencer|viralt|min blogg|bloggare',
    ],
    privacy: [
      '(?:beställningar|betalningar|inloggningar|enheter|adresser) (?:som )?jag inte (?:känner igen|har gjort)|(?:min mejladress|mitt lösenord|mitt nummer|min adress) (?:har |blev )?(?:ändrats|ändrad|bytts|återställts)|har jag inte (?:gjort|ändrat|begärt)',
      '(?:mejl|e-post|faktura|bekräftelse|kod)(?:et|en)? (?:skickades|gick) till (?:fel|någon annan|en främling)|falskt (?:konto|profil)|utger sig för att vara|bad om mitt (?:lösenord|kortnummer|pin)',
      'mitt ex (?:har fortfarande tillgång|kan se)|har (?:fortfarande )?tillgång till mitt (?:\\w+ )?konto|(?:någon|främlingar|alla) (?:kan|kunde) se (?:min|mina) (?:adress|beställningar|uppgifter|kort|nummer)|konto (?:som )?jag (?:inte|aldrig) (?:har|skapat|öppnat)|i mitt namn|mitt (?:kort|bankkort|kreditkort) (?:har )?(?:använts|blev använt)|kortuppgifter (?:stulna|läckta|synliga)',
      '(?:någon|en främling) (?:har )?(?:loggat in|tagit sig in|kommit in) (?:på|i) mitt (?:\\w+ )?konto|(?:någon|en främling) (?:har )?(?:beställt|handlat|köpt) (?:på|med|via) mitt (?:\\w+ )?konto|beställningar (?:som )?jag inte (?:har )?gjort|(?:mejladressen|lösenordet|adressen|numret) (?:på|i|till) mitt (?:\\w+ )?konto (?:har|blev) (?:ändrats|ändrad|bytts)|okända (?:beställningar|inloggningar|köp)|inloggning från (?:en )?(?:okänd|ny|främmande) enhet|det var inte jag',
      '(?:anställd|personal|support|kundtjänst|ni) (?:har )?(?:la|lade|lagt|publicerat|delat|visat) (?:ut )?(?:min|mitt|mina)|synligt för alla|offentligt för alla|(?:någon|en främling) (?:har )?(?:tagit över|använder|kommit in på) mitt (?:\\w+ )?konto|utan mitt (?:godkännande|medgivande)|inte godkänt|en annan kunds|någon annans',
      '(?:la|lade|har lagt) ut (?:min|mitt|mina) (?:adress|telefonnummer|nummer|mejl|uppgifter|orderuppgifter)|(?:min|mitt|mina) (?:adress|nummer|uppgifter) (?:syns|står) (?:öffentligt|i svaret|i kommentaren)|(?:någon|en främling) har loggat in på mitt (?:\\w+ )?konto|någon har (?:bytt|ändrat|återställt) mitt lösenord|beställningar (?:som )?jag inte (?:gjort|lagt)|andra kunders (?:mejladresser|adresser|namn|beställningar|uppgifter)|i kopia|(?:kontot|mitt (?:\\w+ )?konto) (?:har blivit |blev )?hackat|obehörig\\w*',
      'någon annans (?:beställning|order|uppgifter)|ändrat mejladressen på mitt (?:\\w+ )?konto|kapat (?:mitt )?konto|kapad',
      'dataläcka|dataläckan|dataintrång|personuppgiftsincident|hackad|hackat|läckt|läckta|läcka|någon annans (?:order|beställning|uppgifter|adress|paket|faktura|namn|konto)|(?:en annan|andra) kunds? (?:uppgifter|order|adress|beställning)|inte min (?:order|beställning|adress|faktura)|mina (?:uppgifter|personuppgifter) (?:är|var|har) (?:offentliga|synliga|läckt|publicerade|delade)|min (?:adress|telefonnummer|e-post|mejl) (?:är|var|har blivit) (?:offentlig|synlig|publicerad|läckt)|gdpr|dataskyddsförordningen|imy|id-?stöld|identitetsstöld|nätfiske|phishing',
    ],
  },
  benign: [
    '(?:ta bort|radera) (?:mitt )?konto|sparar mina uppgifter|ta bort mina uppgifter|jag dör|döda för en|mördarbra|on fire',
    'pressmeddelande',
    'sociala medier',
    'nyhetsbrev',
    'goda nyheter',
    'dör (?:av skratt|för att)',
    'min datamängd|surfmängd|datapaket',
    'brand(?:en)? (?:new|nya)',
  ],
  topicNouns: [
    { match: 'dragkedja(?:n)?|blixtlås(?:et)?', definite: 'dragkedjan' },
    { match: 'knapp(?:en)?', definite: 'knappen' },
    { match: 'söm(?:men)?', definite: 'sömmen' },
    { match: 'sula(?:n)?', definite: 'sulan' },
    { match: 'skärm(?:en)?', definite: 'skärmen' },
    { match: 'batteri(?:et)?', definite: 'batteriet' },
    { match: 'laddare(?:n)?', definite: 'laddaren' },
    { match: 'paket(?:et)?', definite: 'paketet' },
    { match: 'leverans(?:en)?', definite: 'leveransen' },
    { match: 'order(?:n)?', definite: 'ordern' },
    { match: 'beställning(?:en)?', definite: 'beställningen' },
    { match: 'retur(?:en)?', definite: 'returen' },
    { match: 'återbetalning(?:en)?', definite: 'återbetalningen' },
    { match: 'betalning(?:en)?', definite: 'betalningen' },
    { match: 'faktura(?:n)?', definite: 'fakturan' },
    { match: 'prenumeration(?:en)?', definite: 'prenumerationen' },
    { match: 'pengar(?:na)?', definite: 'pengarna' },
    { match: 'app(?:en)?', definite: 'appen' },
    { match: 'hemsida(?:n)?|webbplats(?:en)?|sajt(?:en)?', definite: 'hemsidan' },
    { match: 'inloggning(?:en)?', definite: 'inloggningen' },
    { match: 'lösenord(?:et)?', definite: 'lösenordet' },
    { match: 'konto(?:t)?', definite: 'kontot' },
    { match: 'uppdatering(?:en)?', definite: 'uppdateringen' },
    { match: 'jacka(?:n)?', definite: 'jackan' },
    { match: 'skor(?:na)?', definite: 'skorna' },
    { match: 'väska(?:n)?', definite: 'väskan' },
    { match: 'telefon(?:en)?|mobil(?:en)?', definite: 'telefonen' },
    { match: 'hörlurar(?:na)?', definite: 'hörlurarna' },
    { match: 'klänning(?:en)?', definite: 'klänningen' },
    { match: 'tröja(?:n)?', definite: 'tröjan' },
    { match: 'byxor(?:na)?', definite: 'byxorna' },
    { match: 'soffa(?:n)?', definite: 'soffan' },
    { match: 'kundtjänst(?:en)?|support(?:en)?', definite: 'kundtjänsten' },
    { match: 'svar(?:et)?', definite: 'svaret' },
    { match: 'ärende(?:t)?', definite: 'ärendet' },
  ],
  possessives: {
    min: 'din',
    mitt: 'ditt',
    mina: 'dina',
    vår: 'din',
    vårt: 'ditt',
    våra: 'dina',
  },
  dates: [
    '(?:den|till den|senast den) \\d{1,2}(?::e|:a)|i natt|inatt|ikväll|i kväll|i eftermiddag|i förmiddag|(?:i|sedan|från|till) (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|på (?:måndagar|tisdagar|onsdagar|torsdagar|fredagar|lördagar|söndagar)',
    'i (?:måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags|förrgår|går|morse|kväll)',
    '(?:på |sedan |till |förra |nästa |i )?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?',
    '(?:den |sedan |från )?\\d{1,2}(?::e|:a)? (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)',
    '\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}',
    'igår|idag|imorgon|i dag|i morgon|förra (?:veckan|månaden|året)|för (?:en|två|tre|fyra|fem|\\d+) (?:dagar|veckor|månader|vecka|månad) sedan|(?:i|på) (?:en|två|tre|fyra|fem|\\d+) (?:dagar|veckor|månader|vecka)|sedan (?:förra veckan|i måndags|i tisdags|i onsdags|i torsdags|i fredags|i lördags|i söndags)',
  ],
  introductions: [
    '(?:säg till|hälsa till|tack till|personalen|anställde|kollegan|killen|tjejen|föraren|chauffören|budet) ([A-ZÅÄÖ][a-zåäö]+)',
    '(?:jag heter|jag är|mitt namn är|det här är|här är) ([A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)?)',
  ],
  notNames:
    'Kund Stamkund Mamma Pappa Student Pensionär Medlem Prenumerant Ägare Besviken Arg Ledsen Glad Nöjd Trött Så Väldigt Verkligen Inte Helt Fortfarande Här Ny Journalist Advokat Allergisk'.split(
      ' ',
    ),
  rewrites: [
    ['inte (?:så |alls )?(?:dålig|dåligt|dåliga)', 'bra'],
    ['inga problem', 'bra'],
  ],
};
