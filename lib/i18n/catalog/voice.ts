import type { Catalog } from '../types';

/**
 * What pack validation (lib/voice) and the pack tests (lib/rules/pack-examples.ts) say about a
 * voice pack: beside the field in the options page, in the panel's "pack invalid" state, in an
 * import refusal and in the CLI. Paths, field names, ids and JSON values stay as the pack writes
 * them, in straight double quotes, because the team lead finds them in the JSON that way. These
 * messages follow a path and a colon, so they start in lower case. lib/voice/say.ts reads this
 * file directly, so validation speaks the language in Node too.
 */
export const voice = {
  // Building blocks.
  voice_or: {
    en: '{first} or {second}',
    de: '{first} oder {second}',
    sv: '{first} eller {second}',
    description: 'Two alternatives a field accepts, e.g. “string or array”; repeated for three.',
  },
  voice_one_of: {
    en: 'one of {options}',
    de: 'einer der Werte {options}',
    sv: 'ett av {options}',
    description: 'Values a field accepts, e.g. one of "error", "warning".',
  },
  voice_did_you_mean: {
    en: '; did you mean {suggestion}?',
    de: '; meintest du {suggestion}?',
    sv: '; menade du {suggestion}?',
    description:
      'Added to an “unknown …” message when a known name is one typo away; the suggestion is quoted or in braces.',
  },
  voice_use: {
    en: '; use {options}',
    de: '; verwende {options}',
    sv: '; använd {options}',
    description: 'Added to “unknown placeholder”: the placeholders allowed there.',
  },
  voice_use_one_of: {
    en: '; use one of {options}',
    de: '; verwende einen der Werte {options}',
    sv: '; använd ett av {options}',
    description: 'Added to “unknown intent”: the intents there are.',
  },

  // What a value is, when the pack has the wrong kind of value.
  voice_type_string: { en: 'string', de: 'Text', sv: 'text' },
  voice_type_number: { en: 'number', de: 'Zahl', sv: 'tal' },
  voice_type_boolean: { en: 'boolean', de: 'true oder false', sv: 'true eller false' },
  voice_type_array: { en: 'array', de: 'Liste', sv: 'lista' },
  voice_type_object: { en: 'object', de: 'Objekt', sv: 'objekt' },
  voice_whole_number: { en: 'a whole number', de: 'eine ganze Zahl', sv: 'ett heltal' },

  // Schema problems.
  voice_required: {
    en: 'required',
    de: 'Pflichtangabe fehlt',
    sv: 'obligatoriskt fält saknas',
    description: 'A field the pack must have is missing.',
  },
  voice_required_one_of: {
    en: 'required; one of {options}',
    de: 'Pflichtangabe fehlt; einer der Werte {options}',
    sv: 'obligatoriskt fält saknas; ett av {options}',
  },
  voice_expected: {
    en: 'expected {expected}, got {value}',
    de: 'erwartet: {expected}; gefunden: {value}',
    sv: 'förväntade {expected} men fick {value}',
    description:
      'A field has the wrong value or kind of value; {value} is the value (quoted) or what it is (e.g. “array”).',
  },
  voice_invalid_value: { en: 'invalid value', de: 'ungültiger Wert', sv: 'ogiltigt värde' },
  voice_invalid_value_got: {
    en: 'invalid value, got {value}',
    de: 'ungültiger Wert: {value}',
    sv: 'ogiltigt värde: {value}',
  },
  voice_empty: { en: 'must not be empty', de: 'darf nicht leer sein', sv: 'får inte vara tomt' },
  voice_characters_one: { en: '{count} character', de: '{count} Zeichen', sv: '{count} tecken' },
  voice_characters: { en: '{count} characters', de: '{count} Zeichen', sv: '{count} tecken' },
  voice_items_one: { en: '{count} item', de: '{count} Eintrag', sv: '{count} element' },
  voice_items: { en: '{count} items', de: '{count} Einträge', sv: '{count} element' },
  voice_text_at_least: {
    en: 'must be at least {length}',
    de: 'muss mindestens {length} lang sein',
    sv: 'måste ha minst {length}',
    description: 'A text is too short; {length} is e.g. “5 characters”.',
  },
  voice_text_at_most: {
    en: 'must be at most {length}',
    de: 'darf höchstens {length} lang sein',
    sv: 'får ha högst {length}',
  },
  voice_list_at_least: {
    en: 'must have at least {items}',
    de: 'muss mindestens {items} haben',
    sv: 'måste ha minst {items}',
    description: 'A list is too short; {items} is e.g. “2 items”.',
  },
  voice_list_at_most: {
    en: 'must have at most {items}',
    de: 'darf höchstens {items} haben',
    sv: 'får ha högst {items}',
  },
  voice_number_at_least: {
    en: 'must be at least {bound}',
    de: 'muss mindestens {bound} sein',
    sv: 'måste vara minst {bound}',
  },
  voice_number_at_most: {
    en: 'must be at most {bound}',
    de: 'darf höchstens {bound} sein',
    sv: 'får vara högst {bound}',
  },
  voice_number_greater: {
    en: 'must be greater than {bound}',
    de: 'muss größer als {bound} sein',
    sv: 'måste vara större än {bound}',
  },
  voice_number_less: {
    en: 'must be less than {bound}',
    de: 'muss kleiner als {bound} sein',
    sv: 'måste vara mindre än {bound}',
  },
  voice_url: { en: 'must be a URL', de: 'muss eine URL sein', sv: 'måste vara en URL' },
  voice_format: {
    en: 'must be a valid {format}',
    de: 'muss im Format {format} sein',
    sv: 'måste ha formatet {format}',
  },
  voice_multiple_of: {
    en: 'must be a multiple of {divisor}',
    de: 'muss ein Vielfaches von {divisor} sein',
    sv: 'måste vara en multipel av {divisor}',
  },
  voice_unknown_field: {
    en: 'unknown field',
    de: 'unbekanntes Feld',
    sv: 'okänt fält',
    description: 'The pack has a field the format does not know (often a typo).',
  },
  voice_unknown_key: {
    en: 'unknown key; expected one of {options}',
    de: 'unbekannter Schlüssel; erlaubt sind {options}',
    sv: 'okänd nyckel; tillåtna är {options}',
  },
  voice_invalid_key: {
    en: 'invalid key: {problems}',
    de: 'ungültiger Schlüssel: {problems}',
    sv: 'ogiltig nyckel: {problems}',
  },

  // The format's own wording for some fields (lib/voice/schema.ts writes them in English).
  voice_bad_pattern: {
    en: 'not a valid regular expression: {detail}',
    de: 'kein gültiger regulärer Ausdruck: {detail}',
    sv: 'inget giltigt reguljärt uttryck: {detail}',
    description: '{detail} is the JavaScript engine’s own message, in English.',
  },
  voice_http_url: {
    en: 'must be an http(s) URL',
    de: 'muss eine http(s)-URL sein',
    sv: 'måste vara en http(s)-URL',
  },
  voice_slug: {
    en: 'must be lower-case words joined by hyphens',
    de: 'muss aus kleingeschriebenen Wörtern mit Bindestrichen dazwischen bestehen',
    sv: 'måste vara ord med små bokstäver och bindestreck emellan',
  },
  voice_slug_example: {
    en: 'must be lower-case words joined by hyphens, e.g. "{example}"',
    de: 'muss aus kleingeschriebenen Wörtern mit Bindestrichen dazwischen bestehen, z. B. "{example}"',
    sv: 'måste vara ord med små bokstäver och bindestreck emellan, t.ex. "{example}"',
  },
  voice_time_zone: {
    en: 'unknown time zone "{zone}"; use an IANA name such as "Europe/Berlin"',
    de: 'unbekannte Zeitzone "{zone}"; verwende einen IANA-Namen wie "Europe/Berlin"',
    sv: 'okänd tidszon "{zone}"; använd ett IANA-namn som "Europe/Stockholm"',
  },
  voice_time: {
    en: 'must be a time "HH:MM", e.g. "{example}"',
    de: 'muss eine Uhrzeit "HH:MM" sein, z. B. "{example}"',
    sv: 'måste vara en tid "HH:MM", t.ex. "{example}"',
  },
  voice_time_end: {
    en: 'must be a time "HH:MM", e.g. "{example}" ("24:00" for midnight)',
    de: 'muss eine Uhrzeit "HH:MM" sein, z. B. "{example}" ("24:00" für Mitternacht)',
    sv: 'måste vara en tid "HH:MM", t.ex. "{example}" ("24:00" för midnatt)',
  },
  voice_date: {
    en: 'must be a date "YYYY-MM-DD"',
    de: 'muss ein Datum "JJJJ-MM-TT" sein',
    sv: 'måste vara ett datum "ÅÅÅÅ-MM-DD"',
  },
  voice_semver: {
    en: 'must be a semantic version such as "{example}"',
    de: 'muss eine semantische Version wie "{example}" sein',
    sv: 'måste vara en semantisk version som "{example}"',
  },
  voice_languages_empty: {
    en: 'must list at least one language',
    de: 'muss mindestens eine Sprache nennen',
    sv: 'måste ange minst ett språk',
  },

  // Checks across fields (lib/voice/checks.ts).
  voice_duplicate_language: {
    en: 'duplicate language "{language}"',
    de: 'Sprache "{language}" steht doppelt in der Liste',
    sv: 'språket "{language}" står två gånger i listan',
  },
  voice_language_not_declared: {
    en: 'language "{language}" is not in the pack\'s languages ({languages})',
    de: 'Sprache "{language}" gehört nicht zu den Sprachen des Pakets ({languages})',
    sv: 'språket "{language}" finns inte bland paketets språk ({languages})',
  },
  voice_duplicate_id: {
    en: 'duplicate id "{id}" (first used at {first})',
    de: 'ID "{id}" gibt es schon (zuerst bei {first})',
    sv: 'id "{id}" finns redan (först vid {first})',
  },
  voice_needs_min_or_max: {
    en: 'needs "min" or "max"',
    de: 'braucht "min" oder "max"',
    sv: 'behöver "min" eller "max"',
  },
  voice_min_above_max: {
    en: 'must not be greater than "max" ({max})',
    de: 'darf nicht größer als "max" ({max}) sein',
    sv: 'får inte vara större än "max" ({max})',
  },
  voice_unknown_rule: {
    en: 'unknown rule id',
    de: 'unbekannte Regel-ID',
    sv: 'okänt regel-id',
    description: 'An override names a check that does not exist.',
  },
  voice_unknown_rule_named: {
    en: 'unknown rule id "{id}"',
    de: 'unbekannte Regel-ID "{id}"',
    sv: 'okänt regel-id "{id}"',
    description: 'A pack test expects a check that does not exist to trip.',
  },
  voice_placeholder_returning: {
    en: 'placeholder {placeholder} needs a block with "audience": "returning"',
    de: 'Platzhalter {placeholder} geht nur in einem Baustein mit "audience": "returning"',
    sv: 'platshållaren {placeholder} kräver en byggsten med "audience": "returning"',
    description: '{placeholder} is written in braces, e.g. {last-topic}.',
  },
  voice_unknown_placeholder: {
    en: 'unknown placeholder {placeholder}',
    de: 'unbekannter Platzhalter {placeholder}',
    sv: 'okänd platshållare {placeholder}',
    description: '{placeholder} is written in braces, e.g. {nmae}.',
  },
  voice_unknown_intent: {
    en: 'unknown intent "{intent}"',
    de: 'unbekanntes Anliegen "{intent}"',
    sv: 'okänt ärende "{intent}"',
  },
  voice_no_text: {
    en: 'no "{language}" text',
    de: 'kein Text für "{language}"',
    sv: 'ingen text för "{language}"',
  },
  voice_no_triggers: {
    en: 'no "{language}" triggers: messages in that language will not start this playbook',
    de: 'keine auslösenden Wörter für "{language}": Nachrichten in dieser Sprache lösen diesen Leitfaden nicht aus',
    sv: 'inga utlösande ord för "{language}": meddelanden på det språket utlöser inte den här rutinen',
  },
  voice_no_holding_reply: {
    en: 'no "{language}" holding reply',
    de: 'keine erste öffentliche Antwort für "{language}"',
    sv: 'inget första offentliga svar för "{language}"',
  },
  voice_to_after_from: {
    en: 'must be later than "from" ({from})',
    de: 'muss später als "from" ({from}) sein',
    sv: 'måste vara senare än "from" ({from})',
  },
  voice_hours_overlap: {
    en: 'overlaps the hours before it; list them in order',
    de: 'überschneidet sich mit den Zeiten davor; liste sie der Reihe nach auf',
    sv: 'överlappar tiderna före; lista dem i ordning',
  },
  voice_no_after_hours_text: {
    en: 'no "{language}" text for after hours',
    de: 'kein Text für "{language}" außerhalb der Geschäftszeiten',
    sv: 'ingen text för "{language}" utanför öppettiderna',
  },
  voice_limit_above_platform: {
    en: "is above {platform}'s own limit of {limit}, which still applies",
    de: 'liegt über dem eigenen Limit von {platform} ({limit}), das trotzdem gilt',
    sv: 'är över den egna gränsen för {platform} ({limit}), som gäller ändå',
  },
  voice_markup: {
    en: 'contains HTML markup {tag}; write plain text: Replykit shows pack texts as they are, so the tags would appear in the panel and in replies',
    de: 'enthält HTML-Markup {tag}; schreib reinen Text: Replykit zeigt die Texte des Pakets so, wie sie sind, die Tags stünden also in der Seitenleiste und in Antworten',
    sv: 'innehåller HTML-kod {tag}; skriv ren text: Replykit visar paketets texter som de är, så taggarna skulle synas i sidopanelen och i svaren',
  },

  // The pack as a whole (lib/voice/parse.ts, lib/voice/limits.ts).
  voice_too_large: {
    en: 'the pack is {size} MB; a voice pack may be at most {max} MB',
    de: 'das Paket ist {size} MB groß; ein Stimmpaket darf höchstens {max} MB groß sein',
    sv: 'paketet är {size} MB; ett röstpaket får vara högst {max} MB',
  },
  // Enterprise policy values (lib/packs/managed.ts) and pack addresses (lib/packs/url.ts).
  voice_policy_not_object: {
    en: 'the managed settings must be an object',
    de: 'die verwalteten Einstellungen müssen ein Objekt sein',
    sv: 'de hanterade inställningarna måste vara ett objekt',
  },
  voice_policy_url_list: {
    en: 'must be a list of URLs',
    de: 'muss eine Liste von URLs sein',
    sv: 'måste vara en lista med URL:er',
  },
  voice_policy_url_text: {
    en: 'must be a URL (text)',
    de: 'muss eine URL (Text) sein',
    sv: 'måste vara en URL (text)',
  },
  voice_policy_pack_text: {
    en: 'must be the voice pack as JSON text',
    de: 'muss das Stimmpaket als JSON-Text sein',
    sv: 'måste vara röstpaketet som JSON-text',
  },
  voice_policy_boolean: {
    en: 'must be true or false',
    de: 'muss true oder false sein',
    sv: 'måste vara true eller false',
  },
  voice_policy_days: {
    en: 'must be a whole number of days from 1 to {max}',
    de: 'muss eine ganze Zahl von Tagen zwischen 1 und {max} sein',
    sv: 'måste vara ett helt antal dagar från 1 till {max}',
  },
  voice_policy_hours: {
    en: 'must be a whole number of hours from 1 to {max}',
    de: 'muss eine ganze Zahl von Stunden zwischen 1 und {max} sein',
    sv: 'måste vara ett helt antal timmar från 1 till {max}',
  },
  voice_policy_unknown: {
    en: 'unknown setting; known: {known}',
    de: 'unbekannte Einstellung; bekannt sind: {known}',
    sv: 'okänd inställning; kända: {known}',
    description: '{known}: the policy keys, comma-separated, as written.',
  },
  voice_url_invalid: {
    en: '"{text}" is not a URL; write it as https://…',
    de: '"{text}" ist keine URL; schreib sie als https://…',
    sv: '"{text}" är ingen URL; skriv den som https://…',
  },
  voice_url_credentials: {
    en: 'must not contain a user name or password',
    de: 'darf keinen Benutzernamen und kein Passwort enthalten',
    sv: 'får inte innehålla något användarnamn eller lösenord',
  },
  voice_url_plain_http: {
    en: 'plain http is allowed only for localhost; use https:// for other hosts',
    de: 'unverschlüsseltes http ist nur für localhost erlaubt; für andere Server https:// verwenden',
    sv: 'okrypterad http tillåts bara för localhost; använd https:// för andra servrar',
  },
  voice_url_scheme: {
    en: 'must be an https:// URL, not {scheme}',
    de: 'muss eine https://-URL sein, nicht {scheme}',
    sv: 'måste vara en https://-URL, inte {scheme}',
  },
  voice_update_older: {
    en: '{version} is older than {inUse}, the version in use',
    de: '{version} ist älter als {inUse}, die Version, die gerade gilt',
    sv: '{version} är äldre än {inUse}, versionen som används nu',
    description: 'A subscription update refused because its version is lower than the one in use.',
  },
  voice_invalid_json: {
    en: 'invalid JSON at line {line}, column {column}: {detail}',
    de: 'ungültiges JSON in Zeile {line}, Spalte {column}: {detail}',
    sv: 'ogiltig JSON på rad {line}, kolumn {column}: {detail}',
  },

  // Why the JSON text cannot be read (lib/voice/json.ts); {found} is a quoted character or word.
  voice_json_comment: {
    en: 'comments are not allowed',
    de: 'Kommentare sind nicht erlaubt',
    sv: 'kommentarer är inte tillåtna',
  },
  voice_json_unterminated: {
    en: 'unterminated string',
    de: 'Text ohne schließendes Anführungszeichen',
    sv: 'text utan avslutande citattecken',
  },
  voice_json_escape: {
    en: 'invalid escape in string',
    de: 'ungültige Escape-Sequenz im Text',
    sv: 'ogiltig escape-sekvens i texten',
  },
  voice_json_line_break: {
    en: 'line break inside a string',
    de: 'Zeilenumbruch innerhalb eines Texts (schreib \\n)',
    sv: 'radbrytning inuti en text (skriv \\n)',
  },
  voice_json_control: {
    en: 'control character in string',
    de: 'Steuerzeichen im Text',
    sv: 'styrtecken i texten',
  },
  voice_json_single_quotes: {
    en: 'strings need double quotes',
    de: 'Texte brauchen doppelte Anführungszeichen',
    sv: 'texter behöver dubbla citattecken',
  },
  voice_json_number: { en: 'invalid number', de: 'ungültige Zahl', sv: 'ogiltigt tal' },
  voice_json_unexpected: {
    en: 'unexpected {found}',
    de: 'unerwartet: {found}',
    sv: 'oväntat: {found}',
  },
  voice_json_trailing_comma: {
    en: 'trailing comma',
    de: 'Komma nach dem letzten Eintrag',
    sv: 'kommatecken efter sista posten',
  },
  voice_json_property_name: {
    en: 'expected a property name in double quotes, got {found}',
    de: 'erwartet: ein Feldname in doppelten Anführungszeichen; gefunden: {found}',
    sv: 'förväntade ett fältnamn inom dubbla citattecken men fick {found}',
  },
  voice_json_colon: {
    en: 'expected ":", got {found}',
    de: 'erwartet: ":"; gefunden: {found}',
    sv: 'förväntade ":" men fick {found}',
  },
  voice_json_object_next: {
    en: 'expected "," or "}", got {found}',
    de: 'erwartet: "," oder "}"; gefunden: {found}',
    sv: 'förväntade "," eller "}" men fick {found}',
  },
  voice_json_array_next: {
    en: 'expected "," or "]", got {found}',
    de: 'erwartet: "," oder "]"; gefunden: {found}',
    sv: 'förväntade "," eller "]" men fick {found}',
  },
  voice_json_after_end: {
    en: 'unexpected {found} after the end of the document',
    de: 'unerwartet: {found} nach dem Ende des Dokuments',
    sv: 'oväntat: {found} efter dokumentets slut',
  },
  voice_json_end_of_input: {
    en: 'end of input',
    de: 'Ende des Texts',
    sv: 'textens slut',
  },

  // Why a pack test failed (lib/rules/pack-examples.ts); rule ids stay as written.
  voice_example_finding: {
    en: '{rule} on "{text}"',
    de: '{rule} bei "{text}"',
    sv: '{rule} vid "{text}"',
    description: 'One finding in a failed pack test: the check’s id and the words it marked.',
  },
  voice_example_expected_pass: {
    en: 'expected no findings, got {count}: {findings}',
    de: 'keine Hinweise erwartet, aber {count} gefunden: {findings}',
    sv: 'förväntade inga anmärkningar men fick {count}: {findings}',
  },
  voice_example_missing_one: {
    en: 'expected {missing} to trip but it did not; nothing was found',
    de: '{missing} sollte auslösen, hat es aber nicht; gefunden wurde nichts',
    sv: '{missing} skulle utlösas men gjorde det inte; inget hittades',
  },
  voice_example_missing_one_found: {
    en: 'expected {missing} to trip but it did not; found {found}',
    de: '{missing} sollte auslösen, hat es aber nicht; gefunden: {found}',
    sv: '{missing} skulle utlösas men gjorde det inte; hittade {found}',
  },
  voice_example_missing: {
    en: 'expected {missing} to trip but they did not; nothing was found',
    de: '{missing} sollten auslösen, haben es aber nicht; gefunden wurde nichts',
    sv: '{missing} skulle utlösas men gjorde det inte; inget hittades',
  },
  voice_example_missing_found: {
    en: 'expected {missing} to trip but they did not; found {found}',
    de: '{missing} sollten auslösen, haben es aber nicht; gefunden: {found}',
    sv: '{missing} skulle utlösas men gjorde det inte; hittade {found}',
  },
} as const satisfies Catalog;
