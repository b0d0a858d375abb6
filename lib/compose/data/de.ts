import type { LanguageData } from './types';

/** German lexicons (du and Sie both). Sources are regex (whole words, case-insensitive). */
export const DE: LanguageData = {
  functionWords:
    'in sucht der die das ist nicht ich sie wir ihr ihre ihnen es mit für auf dass ein eine einen bitte danke uns zu den dem haben wird sind auch noch bei leider gerne hallo wie mein meine mir mich euch eure euer kein keine schon immer seit wieso warum was wann wo habe hat auch aber oder wenn weil schon heute immer ständig einfach mal doch nur sehr jetzt gestern was wer sich sein seit mehr kann können will soll wurde werden bin bist hatte keine kein dann denn nach über alles nichts'.split(
      ' ',
    ),
  intents: {
    question: [
      [
        '(?:habt|hat) ihr (?:am|heute|morgen|sonntag|samstag)? ?(?:offen|ge\u00f6ffnet)|\u00f6ffnungszeiten|kann (?:ich|man) (?:mit|bei|per|auch)|liefert ihr|gibt es (?:die|den|das)|f\u00fcr eine stellungnahme',
        2,
      ],
      ['wie (?:kann|lange|viel|geht|funktioniert|komme|bekomme|mache)', 2],
      ['(?:was|wann|wo|welche[rsnm]?|wer|wieso|weshalb|warum)', 1],
      [
        "^(?:kann|könnt|können|könnte|kannst|habt|hast|gibt|gibt's|ist|sind|wird|werdet|bekomme|muss) (?:man|ich|ihr|sie|es|du|das|der|die|mir)",
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
        'gel\u00f6st|l\u00f6st sich|abgel\u00f6st|abgegangen|ausgefranst|verblasst|eingelaufen|aufgegangen|geplatzt|ausgeleiert|verf\u00e4rbt',
        2,
      ],
      [
        'quietscht|riecht|stinkt|durchgeschmort|geschmort|gebrannt|brennt|lebensgef\u00e4hrlich|gef\u00e4hrlich|verbrannt|ausschlag|unfreundlich|entschuldigung erwarte|erwarte eine entschuldigung|verbraucherzentrale|verklagen|anwalt|datenleck|von jemand anderem|schade|letzte chance|abonnenten|follower',
        2,
      ],
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
      [
        'sterbe vor lachen|zu gut|rettet mir|f\u00fcr einen kaffee morden|k\u00f6nnte .{0,25}morden|gut|geil|hammer|stark|nicht schlecht|lecker|liebe es',
        1.5,
      ],
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
      ['warte (?:seit|immer noch|noch immer)', 1.5],
      ['nie angekommen|nicht gekommen|ist nicht gekommen', 3],
      [
        'wo (?:ist|bleibt) (?:meine?|die|das|der) \\w+|lieferadresse|adresse \u00e4ndern|auf zugestellt|steht auf zugestellt|als zugestellt|immer noch nichts|noch immer nichts|versp\u00e4tet|versp\u00e4tung|verloren|falsche[rn]? (?:artikel|gr\u00f6\u00dfe|farbe|ware|produkt)|(?:bestellung|lieferung) .{0,20} (?:garantiert|angekommen)',
        2.5,
      ],
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
      ['mahnungen?|inkasso\\w*|schufa|zahlungserinnerung(?:en)?', 2.5],
      [
        'zur\u00fcckgeschickt|retourniert|(?:immer noch |noch )?kein geld|geld (?:noch )?nicht|berechnet|verrechnet|abgerechnet',
        2.5,
      ],
      ['paypal|klarna|bezahlen|auf rechnung', 0.5],
      ['geld .{0,25}nicht da|geld zur\u00fcck', 3],
      [
        '(?:zieht|ziehen|bucht|buchen) (?:ihr )?(?:immer noch |weiterhin )?(?:geld|jeden monat)|geld (?:ist )?(?:nicht )?da|will (?:mein|das|alles) (?:geld )?zur\u00fcck|mein letztes geld|mitgliedschaft|gek\u00fcndigt|inkasso|mahnung',
        3,
      ],
      [
        'erstattung|rückerstattung|zurückerstattet|erstattet|geld zurück|mein geld|gutschrift|rückbuchung|zurückbuchen',
        3,
      ],
      [
        'doppelt (?:abgebucht|belastet|berechnet|bezahlt|abgerechnet)|zweimal (?:abgebucht|belastet|berechnet|bezahlt)|falsch (?:abgebucht|berechnet)|zu viel (?:abgebucht|berechnet|bezahlt)',
        3,
      ],
      [
        '(?<!auf )rechnung|abbuchung|abgebucht|belastet|lastschrift|zahlung|bezahlt|kontoauszug|kreditkarte|abo(?:nnement)?|gebühr|kündig(?:en|ung|t)|rücksendung|retoure|zurückschicken|zurückgeschickt|widerruf',
        1.5,
      ],
      ['geld|preis|kosten|euro|€|\\d+ ?(?:€|eur)', 0.5],
    ],
    outage: [
      [
        'loggt mich (?:\\p{L}+ )?aus|dreht sich (?:nur )?(?:im kreis|ewig)|l\u00e4dt ewig|l\u00e4sst mich nicht',
        2,
      ],
      [
        '(?:ist|sind) (?:die|eure) (?:app|seite|webseite) (?:down|offline|kaputt)|app (?:endlich )?(?:wieder )?funktioniert|funktioniert (?:die|eure) (?:app|seite)|verbindet sich|verbindung|koppeln|kopplung|seit dem update|nach dem update|l\u00e4dt (?:gar )?(?:nix|nichts)|fehler \\d{3}',
        3,
      ],
      [
        '(?:app|seite|webseite|website|server|dienst|shop|system|checkout|login)s? (?:ist |sind )?(?:down|offline|tot|kaputt|abgestürzt|nicht erreichbar|lädt nicht|hängt)',
        3,
      ],
      [
        'absturz|abstürze|stürzt(?: \\w+){0,5} ab|abgestürzt|störung|ausfall|fehler(?:meldung|code)?|bug(?:s)?|hängt sich auf|lädt nicht|lädt ewig|weiße seite|weißer bildschirm|schwarzer bildschirm|500|404|503|down|nicht erreichbar',
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
        'bitte (?:ein|eine|einen|mehr|wieder|die|den|das)? ?[^.?!]{0,30}(?:dark mode|modus|funktion|option|farbe|gr\u00f6\u00dfe|zur\u00fcck|f\u00fcr die app|in der app)|bringt .{0,25} zur\u00fcck|f\u00fcgt .{0,25} hinzu|dunkelmodus|dark mode',
        3,
      ],
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
        '(?:konto|account|kundenkonto) (?:l\u00f6schen|schlie\u00dfen)|komm(?:e)? nicht (?:mehr )?in (?:mein|das) (?:konto|account)|zur\u00fccksetzen|2fa-code|alte nummer|\u00fcbernommen',
        3,
      ],
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
        'wer kauft (?:eigentlich |\u00fcberhaupt )?(?:diesen|den|so einen|das)|schrott|m\u00fcll|geht pleite|geht doch pleite|haltet (?:einfach |doch )?die klappe|gefeuert werden|rausschmei\u00dfen|ich wei\u00df,? (?:in )?(?:welcher|wo) (?:filiale|laden)? ?(?:er|sie|du|ihr) (?:arbeitet|arbeitest|wohnt|wohnst)|soll (?:blo\u00df |besser )?aufpassen|\ud83e\udd21',
        2.5,
      ],
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
      ['hat jemand (?:schon )?(?:verglichen|probiert|getestet)|im vergleich zu|vs\\.?', 3],
      [
        'hat jemand (?:schon )?(?:verglichen|probiert|getestet)|gesehen am|gesichtet|wir suchen|stellenanzeige|gesch\u00e4ftsbericht|konferenz|markiert',
        2,
      ],
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
      'hier ist nichts|nicht hier|ist nicht da|immer noch kein|noch immer kein|gel\u00f6st|abgel\u00f6st|abgegangen|loggt mich',
      0.25,
    ],
    ['stürzt(?: \\w+){0,5} ab|abgestürzt', 0.2],
    [
      'down|abgest\u00fcrzt|st\u00fcrzt ab|l\u00e4dt nicht|l\u00e4dt (?:gar )?nix|fehler|nicht (?:angekommen|erhalten|geliefert)|kommt nie an|komm(?:e)? nicht (?:mehr )?(?:rein|in)',
      0.2,
    ],
    [
      'kaputt|defekt|besch\u00e4digt|fehlt|nicht da|nicht mehr|nicht an|nie an|kommt nie|falsch|schade|quietscht|leider',
      0.2,
    ],
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
      'letzte chance|anwalt|verklagen|verbraucherzentrale|lebensgef\u00e4hrlich|keiner antwortet|niemand antwortet|schlechteste[rn]?|will (?:mein|das) geld zur\u00fcck|aufpassen|geht pleite|klappe|erwarte eine entschuldigung',
      0.45,
    ],
    [
      'wütend|stinksauer|stocksauer|sauer|empört|unverschämt|unverschämtheit|frechheit|skandal|schande|betrug|betrüger|abzocke|abzocker|nie wieder|zum letzten mal|reicht jetzt|reicht mir|verarsche|verarscht|verarschen|lüge|lügen|gelogen|das letzte|ekelhaft',
      0.45,
    ],
    ['hasse|hass|ärger|kotzt mich an|zum kotzen', 0.35],
  ],
  distress: [
    [
      'total fertig|v\u00f6llig fertig|fertig mit den nerven|mache mir sorgen|sorgen|kann nicht mehr|wozu das alles|niemand hilft mir|keiner hilft mir|mein letztes geld|verschwinden',
      0.4,
    ],
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
      'durchgeschmort|geschmort|(?:hat|ist) (?:fast )?gebrannt|lebensgef\u00e4hrlich|brandgefahr|brandgeruch|verbr\u00fcht|verbr\u00fchung|blasen|brandblasen|kochendes wasser|geblutet|blutet|gen\u00e4ht|geschwollen|schwellung|atemnot|bekam keine luft|ohnm\u00e4chtig|erstickungsgefahr|scharfe kante',
      'verletzt|verletzung|verletzungen|geschnitten|verbrannt|verbrennung(?:en)?|feuer gefangen|brand|brennt|geraucht|rauch|qualm|funken|explodiert|explosion|stromschlag|überhitzt|geschmolzen|erstickt|verschluckt|krankenhaus|notaufnahme|notarzt|krankenwagen|allergische reaktion|allergischen schock|anaphyla\\w*|ausschlag|vergiftung|lebensmittelvergiftung|musste mich übergeben|erbrochen|schimmel|glassplitter|gefährlich|giftig|gesundheitsgefahr',
    ],
    harassment: [
      '(?:fahrer|bote|paketbote|zusteller|mitarbeiter|mitarbeiterin|techniker|monteur|kassierer|filialleiter)(?: \\w+){0,5} (?:schreibt|schrieb|ruft|folgt|verfolgt|bel\u00e4stigt|kontaktiert|bedroht|beobachtet) (?:mir|mich)|(?:schreibt|ruft) mir (?:seitdem|seit|jeden tag|nachts|st\u00e4ndig)|f\u00fchle mich nicht (?:mehr )?sicher|wei\u00df,? wo ich wohne|ist mir (?:nach hause |bis nach hause )?gefolgt|hat mich (?:angefasst|begrapscht|angegrapscht|bel\u00e4stigt)|nach meiner (?:nummer|adresse) gefragt|anz\u00fcgliche',
      '(?:postet|teilt|l\u00e4dt) (?:st\u00e4ndig |immer wieder |dauernd )?(?:meine (?:fotos|bilder)|fotos von mir|bilder von mir)|(?:fotos|bilder|videos) von mir|beschimpf\\w* mich|nennt mich|macht sich \u00fcber mich lustig|beleidigt mich|l\u00e4sst mich nicht in ruhe|werde (?:ihn|sie|dich) (?:finden|erwischen)|(?:er|sie) soll(?:te)? (?:blo\u00df |besser |lieber )?aufpassen|nach (?:seiner|ihrer) schicht|wei\u00df,? wo (?:er|sie) wohnt|werde (?:ihn|sie) besuchen',
      '(?:ich )?(?:warte|werde) (?:vor dem laden|drau\u00dfen|nach feierabend) (?:auf (?:ihn|sie|dich) )?(?:warten)?|ich wei\u00df,? (?:welches auto|wo (?:er|sie|du) park\\w*)|(?:schreibt|schickt|ruft) mir (?:st\u00e4ndig|dauernd|immer wieder)|h\u00f6rt nicht auf,? mir zu (?:schreiben|folgen)|(?:unangemessene|eklige|bedrohliche|anz\u00fcgliche) (?:nachrichten|kommentare|dms?)|morddrohung\\w*|drohungen|droht mir|bedroht mich|(?:mobben|beleidigen|bel\u00e4stigen|bedrohen) mich|rassistische\\w* (?:kommentare|beleidigungen)|teilt meine (?:fotos|bilder|adresse|nummer)|stand (?:pl\u00f6tzlich )?vor meiner t\u00fcr|hat meine nummer',
      'ich wei\u00df,? (?:in )?(?:welcher|wo) (?:filiale|laden|gesch\u00e4ft)? ?(?:er|sie|du|ihr) (?:arbeitet|arbeitest|wohnt|wohnst)|soll (?:blo\u00df |besser )?aufpassen|postet (?:meine|st\u00e4ndig meine) (?:fotos|bilder|adresse)|beschimpft mich|bel\u00e4stig\\w*',
      'ich weiß,? wo (?:du wohnst|ihr wohnt|sie wohnen|du arbeitest)|ich (?:finde|kriege|krieg|hole|erwische) (?:dich|euch)|ich bring (?:dich|euch) um|(?:ich werde|ich will) (?:dich|euch) (?:umbringen|fertigmachen|finden)|das werdet ihr bereuen|das wirst du bereuen|pass auf dich auf|deine adresse|seine adresse|ihre privatadresse|drohung|bedroh\\w*|stalk\\w*|doxx?\\w*',
    ],
    'self-harm': [
      'wozu das alles noch|ohne mich (?:w\u00e4r|w\u00e4re|w\u00e4ren)(?: allen| alle)? (?:besser dran|besser)|will (?:einfach )?nur noch verschwinden|sehe keinen sinn mehr|hat alles keinen sinn mehr|nicht mehr aufwachen',
      'mich umbringen|umbringen will|suizid\\w*|selbstmord\\w*|nicht mehr leben|mir das leben nehmen|will nicht mehr (?:leben|da sein|hier sein|aufwachen)|nicht mehr da sein|nicht mehr hier sein|will sterben|möchte sterben|lieber tot|selbstverletzung|mich selbst verletzen|ritzen|keinen sinn mehr|kann nicht mehr weiter',
    ],
    press: [
      '\\d+(?:[.,]\\d+)?\\s?(?:k|tsd|tausend)? ?(?:abonnenten|follower|followern)|video dar\u00fcber|video \u00fcber euch',
      'journalist(?:in|en)?|reporter(?:in)?|presse|redaktion|zeitung|artikel (?:über|darüber|schreiben)|bericht (?:über|darüber)|story über|meine follower|meinen \\d+(?:[.,]\\d+)?\\s?(?:k|tsd|tausend)? ?followern|\\d+(?:[.,]\\d+)?\\s?(?:k|tsd|tausend) follower|influencer(?:in)?|viral|mein blog|blogger(?:in)?',
    ],
    privacy: [
      '(?:hat|haben) (?:die|meine) (?:e-mail|e-mail-adresse|adresse|telefonnummer|lieferadresse) (?:in|von|bei) meinem (?:\\w+ )?(?:konto|kundenkonto|account) ge\u00e4ndert|mit meiner (?:gespeicherten |hinterlegten )?(?:karte|kreditkarte|zahlungsart) (?:bestellt|bezahlt|eingekauft)|(?:nichts|das) (?:davon )?(?:genehmigt|freigegeben|autorisiert)',
      '(?:bestellungen|zahlungen|anmeldungen|ger\u00e4te|adressen),? die ich nicht (?:kenne|gemacht habe)|meine (?:e-mail|e-mail-adresse|telefonnummer|adresse)(?: wurde| ist)? ge\u00e4ndert|mein passwort wurde (?:ge\u00e4ndert|zur\u00fcckgesetzt)|habe ich nicht (?:gemacht|ge\u00e4ndert|angefordert)',
      '(?:mail|e-mail|rechnung|best\u00e4tigung|code) (?:wurde |ging )?an (?:eine falsche|jemand anderen|einen fremden|eine fremde)|fake-?(?:account|profil|seite)|gibt sich als .{0,20} aus|nach meinem (?:passwort|pin|kartendaten) gefragt',
      'mein (?:ex|exfreund|exmann|ex-freund|ex-mann)\\w* (?:hat noch zugriff|kann .{0,20}sehen)|hat (?:noch )?zugriff auf mein (?:konto|account)|(?:jemand|fremde|jeder) (?:kann|konnte) meine (?:adresse|bestellungen|daten|karte|nummer) sehen|konto,? das ich nicht (?:habe|angelegt|erstellt)|in meinem namen (?:angelegt|er\u00f6ffnet|erstellt|bestellt)|meine (?:karte|kreditkarte|bankkarte) wurde (?:benutzt|verwendet|missbraucht)|kartendaten (?:gestohlen|geleakt|sichtbar)',
      '(?:jemand|ein fremder) (?:hat sich )?(?:in|auf) mein (?:\\w+ )?(?:konto|kundenkonto|account) (?:eingeloggt|zugegriffen|eingebrochen)|(?:jemand|ein fremder) (?:bestellt|hat bestellt|kauft) (?:\u00fcber|mit|von) meinem (?:konto|account)|bestellungen,? die (?:ich )?nicht (?:von mir|gemacht)|(?:e-mail|passwort|adresse|telefonnummer) (?:in|von) meinem (?:konto|account) (?:wurde|wurden) ge\u00e4ndert|unbekannte (?:bestellungen|anmeldung|ger\u00e4t)|anmeldung von (?:einem )?(?:unbekannten|fremden) ger\u00e4t|war nicht ich|das war ich nicht',
      '(?:mitarbeiter|mitarbeiterin|support|team|social-media-team|ihr) (?:hat|habt) meine (?:adresse|telefonnummer|nummer|e-mail|daten|bestellung)|f\u00fcr alle sichtbar|\u00f6ffentlich sichtbar|(?:jemand|ein fremder) (?:hat|nutzt) (?:mein|meinen) (?:konto|account)|hat mein konto \u00fcbernommen|ohne mein wissen|nicht autorisiert|nicht freigegeben|daten (?:eines|einer) anderen',
      '(?:hat|haben) meine (?:adresse|telefonnummer|nummer|e-mail|daten|bestelldaten) (?:\u00f6ffentlich )?(?:gepostet|geteilt|ver\u00f6ffentlicht|weitergegeben)|meine (?:adresse|nummer|daten) (?:steht|stehen|ist|sind) (?:\u00f6ffentlich|in der antwort|im kommentar)|(?:jemand|ein fremder) (?:hat sich )?in mein (?:konto|kundenkonto) (?:eingeloggt|angemeldet)|jemand hat mein passwort (?:ge\u00e4ndert|zur\u00fcckgesetzt)|bestellungen,? die ich nicht (?:gemacht|aufgegeben)|nicht von mir (?:bestellt|aufgegeben)|e-mail-adressen (?:anderer|aller) kunden|im cc|fremde rechnung|(?:konto|account) (?:wurde )?gehackt|unbefugt\\w*',
      '(?:adresse|bestellung|daten|namen) von jemand anderem|von jemand anderem|fremde (?:adressen|kreditkarte|kartendaten)|konto (?:wurde )?\u00fcbernommen',
      'datenleck|datenpanne|daten(?:schutz)?verletzung|gehackt|geleakt|leak|fremde (?:bestellung|daten|adresse|rechnung)|(?:daten|bestellung|adresse|rechnung|namen?) (?:von )?(?:einem|einer|jemand) (?:anderen|fremden)|nicht meine (?:bestellung|adresse|daten|rechnung)|meine (?:adresse|telefonnummer|nummer|e-mail|daten) (?:ist|sind|war|waren|wurde|wurden) (?:öffentlich|sichtbar|veröffentlicht|geleakt|weitergegeben)|dsgvo|datenschutzverstoß|datenschutzbeauftragte\\w*|identitätsdiebstahl|phishing',
    ],
  },
  benign: [
    'presse (?:ist|war) (?:echt |richtig |super )?(?:top|super|gut|klasse|toll|spitze|prima|stabil)|knoblauchpresse|saftpresse|zitronenpresse|(?:konto|account) l\u00f6schen|meine daten (?:l\u00f6schen|behalten|speichern)|dass sie meine daten|f\u00fcr einen kaffee morden|k\u00f6nnte .{0,25} morden|sterbe vor lachen',
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
    '(?:bis )?(?:zum|am|vom|bis) \\d{1,2}\\.(?!\\d| ?(?:jan|jän|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez))|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|(?:heute|gestern|morgen) (?:nacht|abend|fr\u00fch|morgen|mittag)|(?:im|seit|ab|bis) (?:januar|j\u00e4nner|februar|m\u00e4rz|april|mai|juni|juli|august|september|oktober|november|dezember)',
    '(?:seit|am|bis|ab|letzten|letzte[rn]?|diesen|nächsten|vergangenen) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)',
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
    '(?:seit |am |bis |vom )?\\d{1,2}\\. ?(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez)\\.?',
    '(?:seit |am |bis |vom )?\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?',
    'vorgestern|gestern|heute|morgen|übermorgen|(?:seit )?(?:letzter|letzte|letzten|vergangener|vergangene|dieser|diese|nächste) (?:woche|monat|jahr)|seit (?:einer|zwei|drei|vier|fünf|\\d+) (?:tagen|wochen|monaten|woche|monat)|vor (?:einer|zwei|drei|vier|fünf|\\d+) (?:tagen|wochen|monaten|woche|monat)|seit wochen|seit tagen',
  ],
  introductions: [
    '(?:mitarbeiter|mitarbeiterin|kollege|kollegen|kollegin|verk\u00e4ufer|verk\u00e4uferin|fahrer|fahrerin|zusteller|herrn?|frau) ([A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df]+)',
    '(?:ich bin|ich heiße|ich heisse|mein name ist|hier ist|hier schreibt) ([A-ZÄÖÜ][a-zäöüß]+(?: [A-ZÄÖÜ][a-zäöüß]+)?)',
  ],
  notNames:
    'Kunde Kundin Stammkunde Stammkundin Mutter Vater Mama Papa Student Studentin Rentner Rentnerin Mitglied Abonnent Abonnentin Besitzer Besitzerin Käufer Käuferin Fan Seit Sehr So Echt Total Wirklich Leider Schon Jetzt Nicht Enttäuscht Sauer Froh Gerade Hier Da Ihr Euer Eure Neu Neukunde Neukundin Vegetarier Allergiker Mitarbeiter Mitarbeiterin Arzt Ärztin Journalist Journalistin Anwalt Anwältin'.split(
      ' ',
    ),
  rewrites: [
    ['nicht (?:so |zu |ganz )?schlecht', 'gut'],
    ['kein problem', 'gut'],
  ],
};
