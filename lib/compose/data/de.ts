import type { LanguageData } from './types';

/** German lexicons (du and Sie both). Sources are regex (whole words, case-insensitive). */
export const DE: LanguageData = {
  functionWords:
    'und der die das ist nicht ich sie wir ihr ihre ihnen es mit für auf dass ein eine einen bitte danke uns zu den dem haben wird sind auch noch bei leider gerne hallo wie mein meine mir mich euch eure euer kein keine schon immer seit wieso warum was wann wo habe hat auch aber oder wenn weil schon heute immer ständig einfach mal doch nur sehr jetzt gestern was wer sich sein seit mehr kann können will soll wurde werden bin bist hatte keine kein dann denn nach über alles nichts'.split(
      ' ',
    ),
  intents: {
    question: [
      ['wie (?:kann|lange|viel|geht|funktioniert|komme|bekomme|mache)', 2],
      ['(?:was|wann|wo|welche[rsnm]?|wer|wieso|weshalb|warum)', 1],
      [
        "(?:kann|könnt|können|könnte|kannst|habt|hast|gibt|gibt's|ist|sind|wird|werdet|bekomme|muss) (?:man|ich|ihr|sie|es|du|das|der|die|mir)",
        1.5,
      ],
      ['ist es möglich|weiß jemand|frage|kurze frage|gibt es', 2],
      [
        '(?:auf lager|lieferbar|verfügbar|wieder da|preis|kostet|kosten|rabatt|größen?|farben?|kompatibel|versand nach|liefert ihr)',
        1.5,
      ],
      ['hallo|jemand da', 0.5],
    ],
    complaint: [
      [
        'kaputt|defekt|beschädigt|zerbrochen|gerissen|eingerissen|abgebrochen|funktioniert nicht mehr|schlechte qualität|billig verarbeitet|mangelhaft',
        2,
      ],
      [
        'enttäuscht|enttäuschend|unverschämt|unverschämtheit|frechheit|inakzeptabel|unmöglich|lächerlich|katastrophe|katastrophal|schlecht|schlechteste[rn]?|mies|miserabel|armselig|peinlich|zumutung|skandal|schande|ärgerlich|sauer|unzufrieden',
        2,
      ],
      [
        'nie wieder|zum letzten mal|reicht mir|reicht jetzt|habe die nase voll|nase voll|keine antwort|niemand antwortet|niemand meldet sich|keiner meldet sich|meldet sich keiner|ignoriert|warte immer noch|warte seit|seit wochen|seit tagen|verschwendet',
        2,
      ],
      [
        'beschwerde|beschweren|falsche[rn]? (?:größe|artikel|farbe|ware)|fehlt|fehlen|unfreundlich',
        1.5,
      ],
      ['schon wieder|wieder mal|ernsthaft|echt jetzt|ehrlich', 0.5],
    ],
    praise: [
      ['danke|dankeschön|vielen dank|herzlichen dank|dank euch|dankbar|merci', 2],
      [
        'liebe|lieben|toll|super|klasse|spitze|genial|großartig|grossartig|hervorragend|perfekt|wunderbar|wunderschön|schön|begeistert|zufrieden|glücklich|fantastisch|mega|top|der hammer|beste[rn]?|lob|empfehlen|weiterempfehlen',
        1.5,
      ],
      [
        'gut gemacht|weiter so|ihr seid (?:die besten|super|toll|klasse|spitze)|daumen hoch|5 sterne|fünf sterne|ein traum|hat sich gelohnt',
        2,
      ],
      ['gut|nett|schnell|freundlich|hilfreich|einfach', 0.5],
    ],
    delivery: [
      [
        'pakete?|paketes|lieferung(?:en)?|geliefert|liefern|versand|versendet|verschickt|zustellung|zugestellt|zusteller|sendung(?:snummer)?|sendungsverfolgung|tracking|paketdienst|paketshop|packstation|lieferdatum|lieferzeit|dhl|hermes|dpd|ups|gls|post',
        2,
      ],
      [
        '(?:ist|sind|wurde|kam|kommt) (?:immer )?noch nicht (?:da|an|angekommen|geliefert|gekommen)|nicht angekommen|nie angekommen|nicht erhalten|noch nicht bekommen|nicht geliefert|wo bleibt|wo ist mein',
        3,
      ],
      ['angekommen|ankommen|erhalten|bekommen|unterwegs|zugestellt|abgeholt', 1],
      ['bestellung(?:en)?|bestellt|auftrag', 1],
    ],
    refund: [
      [
        'erstattung|rückerstattung|zurückerstattet|erstattet|geld zurück|mein geld|gutschrift|rückbuchung|zurückbuchen',
        3,
      ],
      [
        'doppelt (?:abgebucht|belastet|berechnet|bezahlt|abgerechnet)|zweimal (?:abgebucht|belastet|berechnet|bezahlt)|falsch (?:abgebucht|berechnet)|zu viel (?:abgebucht|berechnet|bezahlt)',
        3,
      ],
      [
        'rechnung|abbuchung|abgebucht|belastet|lastschrift|zahlung|bezahlt|kontoauszug|kreditkarte|abo(?:nnement)?|gebühr|kündig(?:en|ung|t)|rücksendung|retoure|zurückschicken|zurückgeschickt|widerruf|paypal|klarna',
        1.5,
      ],
      ['geld|preis|kosten|euro|€|\\d+ ?(?:€|eur)', 0.5],
    ],
    outage: [
      [
        '(?:app|seite|webseite|website|server|dienst|shop|system|checkout|login)s? (?:ist |sind )?(?:down|offline|tot|kaputt|abgestürzt|nicht erreichbar|lädt nicht|hängt)',
        3,
      ],
      [
        'absturz|abstürze|stürzt (?:ständig |immer )?ab|abgestürzt|störung|ausfall|fehler(?:meldung|code)?|bug(?:s)?|hängt sich auf|lädt nicht|lädt ewig|weiße seite|weißer bildschirm|schwarzer bildschirm|500|404|503|down|nicht erreichbar',
        2,
      ],
      [
        'funktioniert (?:nicht|gar nicht|überhaupt nicht|schon wieder nicht)|geht (?:nicht|gar nicht|nicht mehr)|klappt nicht|lässt sich nicht (?:öffnen|laden|starten)',
        1.5,
      ],
      ['app|update|webseite|seite|server', 0.5],
    ],
    'feature-request': [
      [
        '(?:bitte|könntet ihr|könnt ihr|wäre es möglich)[^.?!]{0,40}(?:hinzufügen|einbauen|anbieten|einführen|zurückbringen|ermöglichen)',
        2.5,
      ],
      [
        'wäre (?:schön|toll|super|cool|praktisch|klasse|hilfreich|gut)|würde mich freuen,? wenn|ich wünsche mir|wünschenswert|wunsch|vorschlag|idee|warum gibt es (?:kein|keine)|gibt es pläne',
        2.5,
      ],
      ['dark mode|dunkelmodus|funktion|option|möglichkeit|integration|widget|einstellung', 1],
    ],
    account: [
      [
        'einloggen|login|log-?in|anmelden|anmeldung|passwort|kennwort|gesperrt|ausgesperrt|zwei-?faktor|2fa|bestätigungscode|verifizierungscode|code kommt nicht|benutzername|zugangsdaten|passwort zurücksetzen',
        3,
      ],
      [
        'konto|kundenkonto|account|profil|e-mail-adresse|verifizieren|verifizierung|deaktiviert|gehackt',
        1.5,
      ],
    ],
    abuse: [
      [
        'idioten|vollidioten|volltrottel|trottel|deppen|versager|betrüger|abzocker|verbrecher|lügner|clowns|penner|vollpfosten|spinner|witzfiguren|pfeifen|amateure',
        2.5,
      ],
      [
        '(?:ihr|sie) (?:seid|sind) (?:so |echt |total )?(?:ein witz|lächerlich|unfähig|das letzte|dumm|blöd|betrüger|abzocker|idioten|peinlich)|halt die klappe|haltet die klappe|fresse|verpisst euch|fick dich|fickt euch|scheißladen|scheiß laden|saftladen|drecksladen|drecksfirma|scheißfirma|abzocke|bots?',
        2.5,
      ],
      ['boykott|finger weg|kauft (?:hier )?nicht|nie wieder bei euch', 1],
    ],
    mention: [
      [
        'schaut mal|guckt mal|gerade gekauft|neu gekauft|gerade gesehen|mein neuer|meine neue|mein neues|ausgepackt|unboxing|trage|@\\w+|#\\w+',
        1,
      ],
    ],
  },
  negators: [
    'nicht',
    'kein',
    'keine',
    'keinen',
    'keiner',
    'nie',
    'niemals',
    'nichts',
    'kaum',
    'weder',
    'ohne',
  ],
  annoyed: [
    [
      'enttäuscht|enttäuschend|ärgerlich|genervt|nervig|nervt|frustriert|frustrierend|unzufrieden|verwirrt|schon wieder|wieder mal|immer noch|noch immer|ernsthaft|echt jetzt|hallo\\?|warte|warten|wartet|irgendwann|langsam',
      0.18,
    ],
    [
      'inakzeptabel|lächerlich|schlecht|mies|katastrophe|katastrophal|unmöglich|reicht|nase voll|zumutung|witz|peinlich|schlimm|schlimmer|sauer',
      0.3,
    ],
  ],
  angry: [
    [
      'wütend|stinksauer|stocksauer|sauer|empört|unverschämt|unverschämtheit|frechheit|skandal|schande|betrug|betrüger|abzocke|abzocker|nie wieder|zum letzten mal|reicht jetzt|reicht mir|verarsche|verarscht|verarschen|lüge|lügen|gelogen|das letzte|ekelhaft',
      0.45,
    ],
    ['hasse|hass|ärger|kotzt mich an|zum kotzen', 0.35],
  ],
  distress: [
    [
      'weine|weinen|geweint|in tränen|tränen|angst|verzweifelt|verzweiflung|panik|hilflos|hoffnungslos|am ende|fertig mit den nerven|weiß nicht mehr weiter|weiß nicht,? was ich tun soll|ich flehe|flehe',
      0.4,
    ],
    [
      'bitte helft|bitte hilf|helft mir|hilfe|ich brauche (?:das|es|hilfe|dringend)|kann mir (?:das|es) nicht leisten|nicht leisten|mein letztes geld|miete|mein(?:e|em|er)? (?:kind|kinder|sohn|tochter|baby|mutter|mama|vater|papa|oma|opa|frau|mann)|geburtstagsgeschenk|beerdigung|hochzeit|medikament(?:e)?|insulin|behindert|behinderung|rollstuhl|krankenhaus|allein|rente',
      0.2,
    ],
  ],
  intensifiers: [
    'so',
    'sehr',
    'total',
    'extrem',
    'absolut',
    'völlig',
    'echt',
    'wirklich',
    'mega',
    'richtig',
    'unglaublich',
    'verdammt',
    'voll',
    'komplett',
    'äußerst',
    'dermaßen',
    'scheiß',
  ],
  sarcasm: [
    'toll gemacht|super gemacht|ganz toll|na toll|na super|na klasse|na prima|(?:toll|super|klasse|prima|danke),? (?:schon wieder|wieder|noch eine|noch ein|mal wieder)|danke für nichts|vielen dank auch|danke auch|ja,? klar|ja ne,? is klar|klar doch|wie immer|sehr witzig|echt super,? (?:nicht|danke)|läuft bei euch|großartiger service,? (?:nicht|echt)|/s',
  ],
  profanity: [
    'scheiße|scheiss\\w*|scheiß\\w*|mist|verdammt|verflucht|kacke|arsch\\w*|fick\\w*|wtf|verdammte',
  ],
  escalation: {
    legal: [
      'anwalt|anwältin|anwälte|rechtsanwalt|rechtsanwältin|verklagen|verklage|klage einreichen|vor gericht|gerichtlich|gericht gehen|rechtliche schritte|juristische schritte|verbraucherzentrale|schlichtungsstelle|abmahnung|anzeige erstatten|strafanzeige|polizei einschalten',
    ],
    safety: [
      'verletzt|verletzung|verletzungen|geschnitten|verbrannt|verbrennung(?:en)?|feuer gefangen|brand|brennt|geraucht|rauch|qualm|funken|explodiert|explosion|stromschlag|überhitzt|geschmolzen|erstickt|verschluckt|krankenhaus|notaufnahme|notarzt|krankenwagen|allergische reaktion|allergischen schock|anaphyla\\w*|ausschlag|vergiftung|lebensmittelvergiftung|musste mich übergeben|erbrochen|schimmel|glassplitter|gefährlich|giftig|gesundheitsgefahr',
    ],
    harassment: [
      'ich weiß,? wo (?:du wohnst|ihr wohnt|sie wohnen|du arbeitest)|ich (?:finde|kriege|krieg|hole|erwische) (?:dich|euch)|ich bring (?:dich|euch) um|(?:ich werde|ich will) (?:dich|euch) (?:umbringen|fertigmachen|finden)|das werdet ihr bereuen|das wirst du bereuen|pass auf dich auf|deine adresse|seine adresse|ihre privatadresse|drohung|bedroh\\w*|stalk\\w*|doxx?\\w*',
    ],
    'self-harm': [
      'mich umbringen|umbringen will|suizid\\w*|selbstmord\\w*|nicht mehr leben|mir das leben nehmen|will nicht mehr (?:leben|da sein|hier sein|aufwachen)|nicht mehr da sein|nicht mehr hier sein|will sterben|möchte sterben|lieber tot|selbstverletzung|mich selbst verletzen|ritzen|keinen sinn mehr|kann nicht mehr weiter',
    ],
    press: [
      'journalist(?:in|en)?|reporter(?:in)?|presse|redaktion|zeitung|artikel (?:über|darüber|schreiben)|bericht (?:über|darüber)|story über|meine follower|meinen \\d+(?:[.,]\\d+)?\\s?(?:k|tsd|tausend)? ?followern|\\d+(?:[.,]\\d+)?\\s?(?:k|tsd|tausend) follower|influencer(?:in)?|viral|mein blog|blogger(?:in)?',
    ],
    privacy: [
      'datenleck|datenpanne|daten(?:schutz)?verletzung|gehackt|geleakt|leak|fremde (?:bestellung|daten|adresse|rechnung)|(?:daten|bestellung|adresse|rechnung|namen?) (?:von )?(?:einem|einer|jemand) (?:anderen|fremden)|nicht meine (?:bestellung|adresse|daten|rechnung)|meine (?:adresse|telefonnummer|nummer|e-mail|daten) (?:ist|sind|war|waren|wurde|wurden) (?:öffentlich|sichtbar|veröffentlicht|geleakt|weitergegeben)|dsgvo|datenschutzverstoß|datenschutzbeauftragte\\w*|identitätsdiebstahl|phishing',
    ],
  },
  benign: [
    'pressemitteilung',
    'presse (?:den|die|auf)',
    'social media',
    'newsletter',
    'gute nachrichten',
    'brennt (?:darauf|mir unter)',
    'feuer und flamme',
    'sterbe (?:vor|gleich vor) (?:lachen|neugier)',
    'zum sterben (?:schön|gut)',
    'mein datenvolumen|datenvolumen|datentarif',
    'killer(?:deal|angebot|preis)?',
  ],
  topicNouns: [
    { match: 'reißverschluss|reissverschluss', gender: 'm' },
    {
      match:
        'knopf|akku|bildschirm|display|gurt|henkel|deckel|absatz|riemen|stecker|kopfhörer|laptop|rucksack|mantel|pullover|schuh|stuhl|tisch',
      gender: 'm',
    },
    {
      match:
        'naht|sohle|schnalle|jacke|hose|tasche|uhr|lampe|matratze|bestellung|lieferung|sendung|sendungsnummer|rücksendung|retoure|erstattung|rückerstattung|zahlung|rechnung|abbuchung|app|webseite|website|seite|anmeldung|kasse|suche|bestätigung|ware|antwort|beschwerde|kreditkarte',
      gender: 'f',
    },
    {
      match:
        'paket|päckchen|kabel|ladegerät|handy|telefon|tablet|kleid|hemd|t-shirt|sofa|fahrrad|konto|kundenkonto|profil|passwort|update|abo|abonnement|geld|ticket|produkt|login|teil',
      gender: 'n',
    },
    { match: 'schuhe|stiefel|sneaker|kopfhörer|daten', gender: 'p' },
  ],
  possessives: {
    mein: 'dein',
    meine: 'deine',
    meinen: 'deinen',
    meinem: 'deinem',
    meiner: 'deiner',
    meines: 'deines',
    unser: 'dein',
    unsere: 'deine',
    unseren: 'deinen',
    unserem: 'deinem',
    unserer: 'deiner',
  },
  dates: [
    '(?:seit|am|bis|ab|letzten|letzte[rn]?|diesen|nächsten|vergangenen) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)',
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
    '(?:seit |am |bis |vom )?\\d{1,2}\\. ?(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez)\\.?',
    '(?:seit |am |bis |vom )?\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?',
    'vorgestern|gestern|heute|morgen|übermorgen|(?:seit )?(?:letzter|letzte|letzten|vergangener|vergangene|dieser|diese|nächste) (?:woche|monat|jahr)|seit (?:einer|zwei|drei|vier|fünf|\\d+) (?:tagen|wochen|monaten|woche|monat)|vor (?:einer|zwei|drei|vier|fünf|\\d+) (?:tagen|wochen|monaten|woche|monat)|seit wochen|seit tagen',
  ],
  introductions: [
    '(?:ich bin|ich heiße|ich heisse|mein name ist|hier ist|hier schreibt) ([A-ZÄÖÜ][a-zäöüß]+(?: [A-ZÄÖÜ][a-zäöüß]+)?)',
  ],
  notNames:
    'Kunde Kundin Stammkunde Stammkundin Mutter Vater Mama Papa Student Studentin Rentner Rentnerin Mitglied Abonnent Abonnentin Besitzer Besitzerin Käufer Käuferin Fan Seit Sehr So Echt Total Wirklich Leider Schon Jetzt Nicht Enttäuscht Sauer Froh Gerade Hier Da Ihr Euer Eure Neu Neukunde Neukundin Vegetarier Allergiker Mitarbeiter Mitarbeiterin Arzt Ärztin Journalist Journalistin Anwalt Anwältin'.split(
      ' ',
    ),
};
