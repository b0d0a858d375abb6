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
        '(?:habt|hat) ihr (?:am|heute|morgen|sonntag|samstag)? ?(?:offen|geöffnet)|öffnungszeiten|kann (?:ich|man) (?:mit|bei|per|auch)|liefert ihr|gibt es (?:die|den|das)|für eine stellungnahme',
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
        'warteschleife|aufgelegt|keine antwort|nie zurückgerufen|(?:zweimal|dreimal|mehrmals|mehrfach) (?:gemailt|geschrieben|angerufen|nachgefragt)|niemand ruft zurück',
        2,
      ],
      [
        'gelöst|löst sich|abgelöst|abgegangen|ausgefranst|verblasst|eingelaufen|aufgegangen|geplatzt|ausgeleiert|verfärbt',
        2,
      ],
      [
        'quietscht|riecht|stinkt|durchgeschmort|geschmort|gebrannt|brennt|lebensgefährlich|gefährlich|verbrannt|ausschlag|unfreundlich|entschuldigung erwarte|erwarte eine entschuldigung|verbraucherzentrale|verklagen|anwalt|datenleck|von jemand anderem|schade|letzte chance|abonnenten|follower',
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
        'sterbe vor lachen|zu gut|rettet mir|für einen kaffee morden|könnte .{0,25}morden|gut|geil|hammer|stark|nicht schlecht|lecker|liebe es',
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
      ['(?:bestellt|bestellte)[^.!?]{0,30} (?:bekommen|erhalten|geliefert|gekommen)', 2.5],
      ['warte (?:seit|immer noch|noch immer)', 1.5],
      ['nie angekommen|nicht gekommen|ist nicht gekommen', 3],
      [
        'wo (?:ist|bleibt) (?:meine?|die|das|der) \\w+|lieferadresse|adresse ändern|auf zugestellt|steht auf zugestellt|als zugestellt|immer noch nichts|noch immer nichts|verspätet|verspätung|verloren|falsche[rn]? (?:artikel|größe|farbe|ware|produkt)|(?:bestellung|lieferung) .{0,20} (?:garantiert|angekommen)',
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
        'zurückgeschickt|retourniert|(?:immer noch |noch )?kein geld|geld (?:noch )?nicht|berechnet|verrechnet|abgerechnet',
        2.5,
      ],
      ['paypal|klarna|bezahlen|auf rechnung', 0.5],
      ['geld .{0,25}nicht da|geld zurück', 3],
      [
        '(?:zieht|ziehen|bucht|buchen) (?:ihr )?(?:immer noch |weiterhin )?(?:geld|jeden monat)|geld (?:ist )?(?:nicht )?da|will (?:mein|das|alles) (?:geld )?zurück|mein letztes geld|mitgliedschaft|gekündigt|inkasso|mahnung',
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
      ['serverfehler|fehler(?:code)? \\d{3}', 2.5],
      [
        'bei allen|für alle|liegt es an mir|geht es nur mir so|hat noch jemand (?:das|probleme)|niemand kann|keiner kann',
        3.5,
      ],
      [
        'loggt mich (?:\\w+ )?aus|dreht sich (?:nur )?(?:im kreis|ewig)|lädt ewig|lässt mich nicht',
        2,
      ],
      [
        '(?:ist|sind) (?:die|eure) (?:app|seite|webseite) (?:down|offline|kaputt)|app (?:endlich )?(?:wieder )?funktioniert|funktioniert (?:die|eure) (?:app|seite)|verbindet sich|verbindung|koppeln|kopplung|seit dem update|nach dem update|lädt (?:gar )?(?:nix|nichts)|fehler \\d{3}',
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
        'bitte (?:ein|eine|einen|mehr|wieder|die|den|das)? ?[^.?!]{0,30}(?:dark mode|modus|funktion|option|farbe|größe|zurück|für die app|in der app)|bringt .{0,25} zurück|fügt .{0,25} hinzu|dunkelmodus|dark mode',
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
        '(?:konto|account|kundenkonto) (?:löschen|schließen)|komm(?:e)? nicht (?:mehr )?in (?:mein|das) (?:konto|account)|zurücksetzen|2fa-code|alte nummer|übernommen',
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
        'wer kauft (?:eigentlich |überhaupt )?(?:diesen|den|so einen|das)|schrott|müll|geht pleite|geht doch pleite|haltet (?:einfach |doch )?die klappe|gefeuert werden|rausschmeißen|ich weiß,? (?:in )?(?:welcher|wo) (?:filiale|laden)? ?(?:er|sie|du|ihr) (?:arbeitet|arbeitest|wohnt|wohnst)|soll (?:bloß |besser )?aufpassen|🤡',
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
      ['hat jemand (?:schon )?(?:verglichen|probiert|getestet)|im vergleich zu', 3],
      [
        'hat jemand (?:schon )?(?:verglichen|probiert|getestet)|gesehen am|gesichtet|wir suchen|stellenanzeige|geschäftsbericht|konferenz|markiert',
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
      'warteschleife|aufgelegt|keine antwort|nie zurückgerufen|(?:zweimal|dreimal|mehrmals|mehrfach) (?:gemailt|geschrieben|angerufen|nachgefragt)|niemand ruft zurück|funktioniert nicht|geht nicht|klappt nicht',
      0.25,
    ],
    [
      'hier ist nichts|nicht hier|ist nicht da|immer noch kein|noch immer kein|gelöst|abgelöst|abgegangen|loggt mich',
      0.25,
    ],
    ['stürzt(?: \\w+){0,5} ab|abgestürzt', 0.2],
    [
      'down|abgestürzt|stürzt ab|lädt nicht|lädt (?:gar )?nix|fehler|nicht (?:angekommen|erhalten|geliefert)|kommt nie an|komm(?:e)? nicht (?:mehr )?(?:rein|in)',
      0.2,
    ],
    [
      'kaputt|defekt|beschädigt|fehlt|nicht da|nicht mehr|nicht an|nie an|kommt nie|falsch|schade|quietscht|leider',
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
      'idioten|vollidioten|trottel|deppen|versager|inkompetent|unfähig|sonst (?:gehe|wende|melde|schalte|werde)|ich verlange|ich fordere|bis (?:morgen|freitag|montag|ende der woche)|letzte (?:warnung|chance)',
      0.45,
    ],
    [
      'letzte chance|anwalt|verklagen|verbraucherzentrale|lebensgefährlich|keiner antwortet|niemand antwortet|schlechteste[rn]?|will (?:mein|das) geld zurück|aufpassen|geht pleite|klappe|erwarte eine entschuldigung',
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
      'total fertig|völlig fertig|fertig mit den nerven|mache mir sorgen|sorgen|kann nicht mehr|wozu das alles|niemand hilft mir|keiner hilft mir|mein letztes geld|verschwinden',
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
      'durchgeschmort|geschmort|(?:hat|ist) (?:fast )?gebrannt|lebensgefährlich|brandgefahr|brandgeruch|verbrüht|verbrühung|blasen|brandblasen|kochendes wasser|geblutet|blutet|genäht|geschwollen|schwellung|atemnot|bekam keine luft|ohnmächtig|erstickungsgefahr|scharfe kante',
      'verletzt|verletzung|verletzungen|geschnitten|verbrannt|verbrennung(?:en)?|feuer gefangen|brand|brennt|geraucht|rauch|qualm|funken|explodiert|explosion|stromschlag|überhitzt|geschmolzen|erstickt|verschluckt|krankenhaus|notaufnahme|notarzt|krankenwagen|allergische reaktion|allergischen schock|anaphyla\\w*|ausschlag|vergiftung|lebensmittelvergiftung|musste mich übergeben|erbrochen|schimmel|glassplitter|gefährlich|giftig|gesundheitsgefahr',
    ],
    harassment: [
      '(?:fahrer|bote|paketbote|zusteller|mitarbeiter|mitarbeiterin|techniker|monteur|kassierer|filialleiter)(?: \\w+){0,5} (?:schreibt|schrieb|ruft|folgt|verfolgt|belästigt|kontaktiert|bedroht|beobachtet) (?:mir|mich)|(?:schreibt|ruft) mir (?:seitdem|seit|jeden tag|nachts|ständig)|fühle mich nicht (?:mehr )?sicher|weiß,? wo ich wohne|ist mir (?:nach hause |bis nach hause )?gefolgt|hat mich (?:angefasst|begrapscht|angegrapscht|belästigt)|nach meiner (?:nummer|adresse) gefragt|anzügliche',
      '(?:postet|teilt|lädt) (?:ständig |immer wieder |dauernd )?(?:meine (?:fotos|bilder)|fotos von mir|bilder von mir)|(?:fotos|bilder|videos) von mir|beschimpf\\w* mich|nennt mich|macht sich über mich lustig|beleidigt mich|lässt mich nicht in ruhe|werde (?:ihn|sie|dich) (?:finden|erwischen)|(?:er|sie) soll(?:te)? (?:bloß |besser |lieber )?aufpassen|nach (?:seiner|ihrer) schicht|weiß,? wo (?:er|sie) wohnt|werde (?:ihn|sie) besuchen',
      '(?:ich )?(?:warte|werde) (?:vor dem laden|draußen|nach feierabend) (?:auf (?:ihn|sie|dich) )?(?:warten)?|ich weiß,? (?:welches auto|wo (?:er|sie|du) park\\w*)|(?:schreibt|schickt|ruft) mir (?:ständig|dauernd|immer wieder)|hört nicht auf,? mir zu (?:schreiben|folgen)|(?:unangemessene|eklige|bedrohliche|anzügliche) (?:nachrichten|kommentare|dms?)|morddrohung\\w*|drohungen|droht mir|bedroht mich|(?:mobben|beleidigen|belästigen|bedrohen) mich|rassistische\\w* (?:kommentare|beleidigungen)|teilt meine (?:fotos|bilder|adresse|nummer)|stand (?:plötzlich )?vor meiner tür|hat meine nummer',
      'ich weiß,? (?:in )?(?:welcher|wo) (?:filiale|laden|geschäft)? ?(?:er|sie|du|ihr) (?:arbeitet|arbeitest|wohnt|wohnst)|soll (?:bloß |besser )?aufpassen|postet (?:meine|ständig meine) (?:fotos|bilder|adresse)|beschimpft mich|belästig\\w*',
      'ich weiß,? wo (?:du wohnst|ihr wohnt|sie wohnen|du arbeitest)|ich (?:finde|kriege|krieg|hole|erwische) (?:dich|euch)|ich bring (?:dich|euch) um|(?:ich werde|ich will) (?:dich|euch) (?:umbringen|fertigmachen|finden)|das werdet ihr bereuen|das wirst du bereuen|pass auf dich auf|deine adresse|seine adresse|ihre privatadresse|drohung|bedroh\\w*|stalk\\w*|doxx?\\w*',
    ],
    'self-harm': [
      'wozu das alles noch|ohne mich (?:wär|wäre|wären)(?: allen| alle)? (?:besser dran|besser)|will (?:einfach )?nur noch verschwinden|sehe keinen sinn mehr|hat alles keinen sinn mehr|nicht mehr aufwachen',
      'mich umbringen|umbringen will|suizid\\w*|selbstmord\\w*|nicht mehr leben|mir das leben nehmen|will nicht mehr (?:leben|da sein|hier sein|aufwachen)|nicht mehr da sein|nicht mehr hier sein|will sterben|möchte sterben|lieber tot|selbstverletzung|mich selbst verletzen|ritzen|keinen sinn mehr|kann nicht mehr weiter',
    ],
    press: [
      '\\d+(?:[.,]\\d+)?\\s?(?:k|tsd|tausend)? ?(?:abonnenten|follower|followern)|video darüber|video über euch',
      'journalist(?:in|en)?|reporter(?:in)?|presse|redaktion|zeitung|artikel (?:über|darüber|schreiben)|bericht (?:über|darüber)|story über|meine follower|meinen \\d+(?:[.,]\\d+)?\\s?(?:k|tsd|tausend)? ?followern|\\d+(?:[.,]\\d+)?\\s?(?:k|tsd|tausend) follower|influencer(?:in)?|viral|mein blog|blogger(?:in)?',
    ],
    privacy: [
      '(?:hat|haben) (?:die|meine) (?:e-mail|e-mail-adresse|adresse|telefonnummer|lieferadresse) (?:in|von|bei) meinem (?:\\w+ )?(?:konto|kundenkonto|account) geändert|mit meiner (?:gespeicherten |hinterlegten )?(?:karte|kreditkarte|zahlungsart) (?:bestellt|bezahlt|eingekauft)|(?:nichts|das) (?:davon )?(?:genehmigt|freigegeben|autorisiert)',
      '(?:bestellungen|zahlungen|anmeldungen|geräte|adressen),? die ich nicht (?:kenne|gemacht habe)|meine (?:e-mail|e-mail-adresse|telefonnummer|adresse)(?: wurde| ist)? geändert|mein passwort wurde (?:geändert|zurückgesetzt)|habe ich nicht (?:gemacht|geändert|angefordert)',
      '(?:mail|e-mail|rechnung|bestätigung|code) (?:wurde |ging )?an (?:eine falsche|jemand anderen|einen fremden|eine fremde)|fake-?(?:account|profil|seite)|gibt sich als .{0,20} aus|nach meinem (?:passwort|pin|kartendaten) gefragt',
      'mein (?:ex|exfreund|exmann|ex-freund|ex-mann)\\w* (?:hat noch zugriff|kann .{0,20}sehen)|hat (?:noch )?zugriff auf mein (?:konto|account)|(?:jemand|fremde|jeder) (?:kann|konnte) meine (?:adresse|bestellungen|daten|karte|nummer) sehen|konto,? das ich nicht (?:habe|angelegt|erstellt)|in meinem namen (?:angelegt|eröffnet|erstellt|bestellt)|meine (?:karte|kreditkarte|bankkarte) wurde (?:benutzt|verwendet|missbraucht)|kartendaten (?:gestohlen|geleakt|sichtbar)',
      '(?:jemand|ein fremder) (?:hat sich )?(?:in|auf) mein (?:\\w+ )?(?:konto|kundenkonto|account) (?:eingeloggt|zugegriffen|eingebrochen)|(?:jemand|ein fremder) (?:bestellt|hat bestellt|kauft) (?:über|mit|von) meinem (?:konto|account)|bestellungen,? die (?:ich )?nicht (?:von mir|gemacht)|(?:e-mail|passwort|adresse|telefonnummer) (?:in|von) meinem (?:konto|account) (?:wurde|wurden) geändert|unbekannte (?:bestellungen|anmeldung|gerät)|anmeldung von (?:einem )?(?:unbekannten|fremden) gerät|war nicht ich|das war ich nicht',
      '(?:mitarbeiter|mitarbeiterin|support|team|social-media-team|ihr) (?:hat|habt) meine (?:adresse|telefonnummer|nummer|e-mail|daten|bestellung)|für alle sichtbar|öffentlich sichtbar|(?:jemand|ein fremder) (?:hat|nutzt) (?:mein|meinen) (?:konto|account)|hat mein konto übernommen|ohne mein wissen|nicht autorisiert|nicht freigegeben|daten (?:eines|einer) anderen',
      '(?:hat|haben) meine (?:adresse|telefonnummer|nummer|e-mail|daten|bestelldaten) (?:öffentlich )?(?:gepostet|geteilt|veröffentlicht|weitergegeben)|meine (?:adresse|nummer|daten) (?:steht|stehen|ist|sind) (?:öffentlich|in der antwort|im kommentar)|(?:jemand|ein fremder) (?:hat sich )?in mein (?:konto|kundenkonto) (?:eingeloggt|angemeldet)|jemand hat mein passwort (?:geändert|zurückgesetzt)|bestellungen,? die ich nicht (?:gemacht|aufgegeben)|nicht von mir (?:bestellt|aufgegeben)|e-mail-adressen (?:anderer|aller) kunden|im cc|fremde rechnung|(?:konto|account) (?:wurde )?gehackt|unbefugt\\w*',
      '(?:adresse|bestellung|daten|namen) von jemand anderem|von jemand anderem|fremde (?:adressen|kreditkarte|kartendaten)|konto (?:wurde )?übernommen',
      'datenleck|datenpanne|daten(?:schutz)?verletzung|gehackt|geleakt|leak|fremde (?:bestellung|daten|adresse|rechnung)|(?:daten|bestellung|adresse|rechnung|namen?) (?:von )?(?:einem|einer|jemand) (?:anderen|fremden)|nicht meine (?:bestellung|adresse|daten|rechnung)|meine (?:adresse|telefonnummer|nummer|e-mail|daten) (?:ist|sind|war|waren|wurde|wurden) (?:öffentlich|sichtbar|veröffentlicht|geleakt|weitergegeben)|dsgvo|datenschutzverstoß|datenschutzbeauftragte\\w*|identitätsdiebstahl|phishing',
    ],
  },
  benign: [
    'presse (?:ist|war) (?:echt |richtig |super )?(?:top|super|gut|klasse|toll|spitze|prima|stabil)|knoblauchpresse|saftpresse|zitronenpresse|(?:konto|account) löschen|meine daten (?:löschen|behalten|speichern)|dass sie meine daten|für einen kaffee morden|könnte .{0,25} morden|sterbe vor lachen',
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
    '(?:bis )?(?:zum|am|vom|bis) \\d{1,2}\\.(?!\\d| ?(?:jan|jän|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez))|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|(?:heute|gestern|morgen) (?:nacht|abend|früh|morgen|mittag)|(?:im|seit|ab|bis) (?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)',
    '(?:seit|am|bis|ab|letzten|letzte[rn]?|diesen|nächsten|vergangenen) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)',
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
    '(?:seit |am |bis |vom )?\\d{1,2}\\. ?(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez)\\.?',
    '(?:seit |am |bis |vom )?\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?',
    'vorgestern|gestern|heute|morgen|übermorgen|(?:seit )?(?:letzter|letzte|letzten|vergangener|vergangene|dieser|diese|nächste) (?:woche|monat|jahr)|seit (?:einer|zwei|drei|vier|fünf|\\d+) (?:tagen|wochen|monaten|woche|monat)|vor (?:einer|zwei|drei|vier|fünf|\\d+) (?:tagen|wochen|monaten|woche|monat)|seit wochen|seit tagen',
  ],
  introductions: [
    '(?:mitarbeiter|mitarbeiterin|kollege|kollegen|kollegin|verkäufer|verkäuferin|fahrer|fahrerin|zusteller|herrn?|frau) ([A-ZÄÖÜ][a-zäöüß]+)',
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
