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
        'har ni \u00f6ppet|\u00f6ppettider|kan (?:man|jag) (?:betala|handla|anv\u00e4nda|best\u00e4lla|h\u00e4mta)|funkar (?:appen|den|det) (?:offline|med)|levererar ni|skickar ni',
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
        'lossnade|lossnat|sl\u00e4ppte|sprack|spruckit|blekt|bleknat|krympt|krympte|noppig|repig|d\u00e5lig|d\u00e5liga',
        2,
      ],
      [
        'luktade br\u00e4nt|br\u00e4nde|br\u00e4nnskada|livsfarligt|farligt|\u00f6verhettad|sm\u00e4lte|utslag|otrevlig|of\u00f6rsk\u00e4md|konsumentverket|jurist|advokat|st\u00e4mda|f\u00f6ljare|sista chansen|datal\u00e4cka|n\u00e5gon annans|g\u00f6r ont|trist|tr\u00e5kigt',
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
      [
        'jag d\u00f6r|f\u00f6r bra|r\u00e4ddar|d\u00f6da f\u00f6r|m\u00f6rdarbra|on fire|inte d\u00e5ligt|najs|sjukt bra|asbra',
        1.5,
      ],
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
      ['inget har kommit|har (?:inte|ej) kommit|skulle komma|aldrig kom', 3],
      [
        'leveransadress(?:en)?|\u00e4ndra adress(?:en)?|st\u00e5r som levererat|levererat men|f\u00f6rsenat?|f\u00f6rsening(?:en)?|borttappat|fel (?:vara|storlek|f\u00e4rg|produkt)|var \u00e4r (?:min|mitt|mina) \\w+|fortfarande inget',
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
      ['p\u00e5minnelser?|inkasso\\w*|kronofogden|betalningsanm\u00e4rkning', 2.5],
      [
        'skickade tillbaka|skickat tillbaka|returnerade|returnerat|(?:inte f\u00e5tt|inga) (?:n\u00e5gra )?pengar|fick jag betala|betalat f\u00f6r frakt',
        2.5,
      ],
      ['swish|klarna|paypal|betala|faktura', 0.5],
      [
        '(?:drar|dra|tar|tog) (?:ni )?(?:fortfarande )?(?:pengar|betalt)|vill ha tillbaka|(?:f\u00e5tt|f\u00e5) pengarna tillbaka|pengarna tillbaka|mina sista pengar|medlemskap(?:et)?|sa upp|inkasso|p\u00e5minnelse',
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
      ['loggar ut mig|snurrar bara|laddar i evighet|l\u00e5ter mig inte', 2],
      [
        'ligger (?:appen|sidan|hemsidan|sajten) nere|fixa appen|(?:appen|sidan) (?:funkar|fungerar) inte|kopplar (?:inte )?(?:l\u00e4ngre )?upp|parkoppl\\w*|efter uppdateringen|sedan uppdateringen|inget laddar|laddar inget|fel \\d{3}',
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
        '(?:sn\u00e4lla|kan ni|ni borde|g\u00e4rna)[^.?!]{0,30}(?:l\u00e4gg(?:a)? till|ta tillbaka|inf\u00f6ra|erbjuda|s\u00e4lja)|l\u00e4gg till|ta tillbaka|m\u00f6rkt l\u00e4ge',
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
        'ta bort (?:mitt|ert) konto|radera (?:mitt )?konto|tar jag bort mitt konto|kommer inte in (?:p\u00e5|i) (?:mitt )?konto|\u00e5terst\u00e4ll\\w*|gamla nummer|\u00e4ndrat mejladressen',
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
        'vem k\u00f6per (?:ens )?(?:det h\u00e4r|den h\u00e4r|s\u00e5nt)|skr\u00e4p(?:et)?|g\u00e5 i konkurs|borde f\u00e5 sparken|jag vet (?:vilken|var) (?:butik|aff\u00e4r)? ?(?:han|hon|du|ni) (?:jobbar|bor)|borde se sig om|\ud83e\udd21',
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
      ['har n\u00e5gon (?:j\u00e4mf\u00f6rt|testat|provat)|j\u00e4mf\u00f6rt med|vs\\.?', 3],
      [
        'har n\u00e5gon (?:j\u00e4mf\u00f6rt|testat|provat)|s\u00e5g er p\u00e5|spanat|vi s\u00f6ker|jobbannons|\u00e5rsredovisning|konferens',
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
    ['inte h\u00e4r|fortfarande inga|fortfarande ingen|lossnade|lossnat|loggar ut mig', 0.25],
    [
      'nere|kraschar|laddar inte|inget laddar|felmeddelande|kommer aldrig|kommer inte in|inte h\u00e4r|inte f\u00e5tt|har inte kommit|inget har kommit',
      0.2,
    ],
    [
      'trasig|trasiga|s\u00f6nder|gick s\u00f6nder|skadad|saknas|fattas|fel|inte l\u00e4ngre|fortfarande inte|inte kommit|inget|trist|tr\u00e5kigt|tyv\u00e4rr',
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
      'sista chansen|advokat|jurist|st\u00e4mda|konsumentverket|livsfarligt|vill ha tillbaka allt|se sig om|g\u00e5 i konkurs|h\u00e5ll k\u00e4ften|f\u00f6rv\u00e4ntar mig en urs\u00e4kt|ingen svarar',
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
      'orkar inte mer|ingen hj\u00e4lper mig|mina sista pengar|ser ingen mening|orolig|oroar mig|stressad|helt slut|vill f\u00f6rsvinna',
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
      'livsfarligt|luktade br\u00e4nt|brandrisk|brandfara|sk\u00e5llad|sk\u00e5llade|br\u00e4nnbl\u00e5sor|bl\u00e5sor|kokande vatten|bl\u00f6dde|bl\u00f6der|sydde|svullen|svullnad|andningssv\u00e5righeter|fick inte luft|svimmade|kv\u00e4vningsrisk|vass kant',
      'skadad(?:e)? mig|skadade (?:mig|sig|min|sin)|blev skadad|skada på|skär(?:de)? mig|brännskada(?:or)?|brände (?:mig|sig|min)|började brinna|fattade eld|brand|rök|gnistor|gnistrade|exploderade|explosion|elchock|stötar|fick en stöt|överhettad|överhettades|smälte|kvävas|satte i halsen|sjukhus(?:et)?|akuten|ambulans|allergisk reaktion|allergiska reaktioner|anafyla\\w*|utslag|förgiftning|matförgiftning|kräktes|spydde|mögel|glasbitar|farlig|farligt|giftig|giftigt|hälsorisk',
    ],
    harassment: [
      '(?:chauff\u00f6ren|f\u00f6raren|budet|budb\u00e4raren|bilbudet|anst\u00e4lld|anst\u00e4llde|personalen|teknikern|mont\u00f6ren|kass\u00f6ren)(?: \\w+){0,5} (?:skriver|skrev|messar|ringer|f\u00f6ljer|f\u00f6rf\u00f6ljer|trakasserar|kontaktar|hotar|stalkar) (?:mig|till mig)|(?:skriver|messar|ringer) (?:till )?mig (?:sedan dess|varje dag|p\u00e5 n\u00e4tterna|hela tiden)|k\u00e4nner mig inte (?:l\u00e4ngre )?(?:trygg|s\u00e4ker)|vet var jag bor|f\u00f6ljde efter mig|(?:tafsade|tog p\u00e5 mig|tog tag i mig)|bad om mitt (?:nummer|adress)',
      '(?:l\u00e4gger|delar|postar) (?:ut )?(?:hela tiden |upprepade g\u00e5nger |st\u00e4ndigt )?(?:mina (?:bilder|foton)|bilder p\u00e5 mig|foton p\u00e5 mig)|(?:bilder|foton|videor) p\u00e5 mig|kallar mig|h\u00e5nar mig|f\u00f6rol\u00e4mpar mig|l\u00e4mnar mig inte (?:i fred|ifred)|ska (?:hitta|ta|s\u00f6ka upp) (?:honom|henne|dig)|(?:han|hon) (?:ska|borde|f\u00e5r) (?:akta sig|se upp)|efter (?:hans|hennes) pass|vet var (?:han|hon) bor',
      '(?:jag )?(?:v\u00e4ntar|kommer att v\u00e4nta) (?:utanf\u00f6r|p\u00e5 honom|p\u00e5 henne)|jag vet (?:vilken bil|var (?:han|hon|du) parkerar)|(?:skriver|messar|ringer) (?:till )?mig hela tiden|slutar inte (?:skriva|messa|ringa|f\u00f6lja)|(?:ol\u00e4mpliga|\u00e4ckliga|hotfulla|obehagliga) (?:meddelanden|kommentarer|dm)|d\u00f6dshot|hotar mig|hotade mig|(?:mobbar|trakasserar|f\u00f6rf\u00f6ljer|h\u00e4nger ut) mig|rasistiska (?:kommentarer|p\u00e5hopp)|delar (?:mina|min) (?:bilder|adress|nummer)|stod utanf\u00f6r min d\u00f6rr|fick mitt nummer',
      'jag vet (?:vilken|var) (?:butik|aff\u00e4r)? ?(?:han|hon|du|ni) (?:jobbar|bor)(?: i| p\u00e5)?|borde se sig om|l\u00e4gger upp (?:mina|min) (?:bilder|adress)|trakasserar mig',
      'jag vet var (?:du bor|ni bor|du jobbar)|jag (?:ska|kommer att) (?:hitta|ta|döda|slå|skada) (?:dig|er)|ni kommer att ångra|du kommer att ångra|akta dig|din adress|hans adress|hennes adress|hot(?:a|ar|et|ade)?|trakasser\\w*|förföljer|doxx?\\w*',
    ],
    'self-harm': [
      'ser ingen mening med (?:n\u00e5gonting|n\u00e5got|livet|allt) (?:l\u00e4ngre)?|vill (?:bara )?f\u00f6rsvinna|alla (?:skulle ha det|hade haft det) b\u00e4ttre utan mig|b\u00e4ttre utan mig|orkar inte mer(?:\\.| med livet)',
      'ta livet av mig|ta mitt liv|självmord\\w*|vill inte leva|vill dö|vill inte finnas|inte vara kvar|inte finnas här längre|vill inte vara här längre|orkar inte leva|skada mig själv|självskad\\w*|bättre död|ingen mening med livet',
    ],
    press: [
      '\\d+(?:[.,]\\d+)?\\s?(?:k|tusen)? ?f\u00f6ljare|en video om (?:hur ni|er)',
      'journalist(?:en)?|reporter(?:n)?|redaktion(?:en)?|pressen|tidning(?:en)?|skriver (?:en artikel|ett reportage|om er)|artikel om|reportage|mina följare|mina \\d+(?:[.,]\\d+)?\\s?(?:k|tusen)? ?följare|\\d+(?:[.,]\\d+)?\\s?(?:k|tusen) följare|influencer|viralt|min blogg|bloggare',
    ],
    privacy: [
      '(?:best\u00e4llningar|betalningar|inloggningar|enheter|adresser) (?:som )?jag inte (?:k\u00e4nner igen|har gjort)|(?:min mejladress|mitt l\u00f6senord|mitt nummer|min adress) (?:har |blev )?(?:\u00e4ndrats|\u00e4ndrad|bytts|\u00e5terst\u00e4llts)|har jag inte (?:gjort|\u00e4ndrat|beg\u00e4rt)',
      '(?:mejl|e-post|faktura|bekr\u00e4ftelse|kod)(?:et|en)? (?:skickades|gick) till (?:fel|n\u00e5gon annan|en fr\u00e4mling)|falskt (?:konto|profil)|utger sig f\u00f6r att vara|bad om mitt (?:l\u00f6senord|kortnummer|pin)',
      'mitt ex (?:har fortfarande tillg\u00e5ng|kan se)|har (?:fortfarande )?tillg\u00e5ng till mitt (?:\\w+ )?konto|(?:n\u00e5gon|fr\u00e4mlingar|alla) (?:kan|kunde) se (?:min|mina) (?:adress|best\u00e4llningar|uppgifter|kort|nummer)|konto (?:som )?jag (?:inte|aldrig) (?:har|skapat|\u00f6ppnat)|i mitt namn|mitt (?:kort|bankkort|kreditkort) (?:har )?(?:anv\u00e4nts|blev anv\u00e4nt)|kortuppgifter (?:stulna|l\u00e4ckta|synliga)',
      '(?:n\u00e5gon|en fr\u00e4mling) (?:har )?(?:loggat in|tagit sig in|kommit in) (?:p\u00e5|i) mitt (?:\\w+ )?konto|(?:n\u00e5gon|en fr\u00e4mling) (?:har )?(?:best\u00e4llt|handlat|k\u00f6pt) (?:p\u00e5|med|via) mitt (?:\\w+ )?konto|best\u00e4llningar (?:som )?jag inte (?:har )?gjort|(?:mejladressen|l\u00f6senordet|adressen|numret) (?:p\u00e5|i|till) mitt (?:\\w+ )?konto (?:har|blev) (?:\u00e4ndrats|\u00e4ndrad|bytts)|ok\u00e4nda (?:best\u00e4llningar|inloggningar|k\u00f6p)|inloggning fr\u00e5n (?:en )?(?:ok\u00e4nd|ny|fr\u00e4mmande) enhet|det var inte jag',
      '(?:anst\u00e4lld|personal|support|kundtj\u00e4nst|ni) (?:har )?(?:la|lade|lagt|publicerat|delat|visat) (?:ut )?(?:min|mitt|mina)|synligt f\u00f6r alla|offentligt f\u00f6r alla|(?:n\u00e5gon|en fr\u00e4mling) (?:har )?(?:tagit \u00f6ver|anv\u00e4nder|kommit in p\u00e5) mitt (?:\\w+ )?konto|utan mitt (?:godk\u00e4nnande|medgivande)|inte godk\u00e4nt|en annan kunds|n\u00e5gon annans',
      '(?:la|lade|har lagt) ut (?:min|mitt|mina) (?:adress|telefonnummer|nummer|mejl|uppgifter|orderuppgifter)|(?:min|mitt|mina) (?:adress|nummer|uppgifter) (?:syns|st\u00e5r) (?:\u00f6ffentligt|i svaret|i kommentaren)|(?:n\u00e5gon|en fr\u00e4mling) har loggat in p\u00e5 mitt (?:\\w+ )?konto|n\u00e5gon har (?:bytt|\u00e4ndrat|\u00e5terst\u00e4llt) mitt l\u00f6senord|best\u00e4llningar (?:som )?jag inte (?:gjort|lagt)|andra kunders (?:mejladresser|adresser|namn|best\u00e4llningar|uppgifter)|i kopia|(?:kontot|mitt (?:\\w+ )?konto) (?:har blivit |blev )?hackat|obeh\u00f6rig\\w*',
      'n\u00e5gon annans (?:best\u00e4llning|order|uppgifter)|\u00e4ndrat mejladressen p\u00e5 mitt (?:\\w+ )?konto|kapat (?:mitt )?konto|kapad',
      'dataläcka|dataläckan|dataintrång|personuppgiftsincident|hackad|hackat|läckt|läckta|läcka|någon annans (?:order|beställning|uppgifter|adress|paket|faktura|namn|konto)|(?:en annan|andra) kunds? (?:uppgifter|order|adress|beställning)|inte min (?:order|beställning|adress|faktura)|mina (?:uppgifter|personuppgifter) (?:är|var|har) (?:offentliga|synliga|läckt|publicerade|delade)|min (?:adress|telefonnummer|e-post|mejl) (?:är|var|har blivit) (?:offentlig|synlig|publicerad|läckt)|gdpr|dataskyddsförordningen|imy|id-?stöld|identitetsstöld|nätfiske|phishing',
    ],
  },
  benign: [
    '(?:ta bort|radera) (?:mitt )?konto|sparar mina uppgifter|ta bort mina uppgifter|jag d\u00f6r|d\u00f6da f\u00f6r en|m\u00f6rdarbra|on fire',
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
    '(?:den|till den|senast den) \\d{1,2}(?::e|:a)|i natt|inatt|ikv\u00e4ll|i kv\u00e4ll|i eftermiddag|i f\u00f6rmiddag|(?:i|sedan|fr\u00e5n|till) (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|p\u00e5 (?:m\u00e5ndagar|tisdagar|onsdagar|torsdagar|fredagar|l\u00f6rdagar|s\u00f6ndagar)',
    'i (?:måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags|förrgår|går|morse|kväll)',
    '(?:på |sedan |till |förra |nästa |i )?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?',
    '(?:den |sedan |från )?\\d{1,2}(?::e|:a)? (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)',
    '\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}',
    'igår|idag|imorgon|i dag|i morgon|förra (?:veckan|månaden|året)|för (?:en|två|tre|fyra|fem|\\d+) (?:dagar|veckor|månader|vecka|månad) sedan|(?:i|på) (?:en|två|tre|fyra|fem|\\d+) (?:dagar|veckor|månader|vecka)|sedan (?:förra veckan|i måndags|i tisdags|i onsdags|i torsdags|i fredags|i lördags|i söndags)',
  ],
  introductions: [
    '(?:s\u00e4g till|h\u00e4lsa till|tack till|personalen|anst\u00e4llde|kollegan|killen|tjejen|f\u00f6raren|chauff\u00f6ren|budet) ([A-Z\u00c5\u00c4\u00d6][a-z\u00e5\u00e4\u00f6]+)',
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
