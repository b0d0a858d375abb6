import type { Catalog } from '../types';

/**
 * What the check says about a draft: every built-in rule's explanation (`rule_<id>_why`, read by
 * the engine from the rule id), its messages and its fix labels. Values in braces come from the
 * reply (`{found}`) or the pack; quotes around the reply's words follow each language's
 * typography. The rules read this file directly (lib/rules/say.ts), not the whole catalog.
 */
export const rules = {
  // Shared building blocks.
  rule_quote: {
    en: '“{text}”',
    de: '„{text}“',
    sv: '”{text}”',
    description: 'Words of the reply or of a suggestion, quoted inside a check message.',
  },
  rule_list_or: {
    en: '{first} or {second}',
    de: '{first} oder {second}',
    sv: '{first} eller {second}',
    description: 'Two alternatives (quoted wordings); repeated for three.',
  },
  rule_list_and: {
    en: '{first} and {second}',
    de: '{first} und {second}',
    sv: '{first} och {second}',
    description: 'Two parts of a sign-off, e.g. “^” and your initials.',
  },
  rule_phrase_message: {
    en: '“{found}”: {note}',
    de: '„{found}“: {note}',
    sv: '”{found}”: {note}',
    description:
      'A flagged wording and why it hurts; the note comes from the word list of the reply’s language.',
  },
  rule_phrase_message_try: {
    en: '“{found}”: {note} Try {options}.',
    de: '„{found}“: {note} Besser: {options}.',
    sv: '”{found}”: {note} Skriv hellre {options}.',
    description: 'As rule_phrase_message, with better wordings (already quoted) to try.',
  },
  rule_fix_replace_with: {
    en: 'Replace with “{replacement}”',
    de: 'Durch „{replacement}“ ersetzen',
    sv: 'Ersätt med ”{replacement}”',
    description: 'One-click fix button.',
  },
  rule_fix_use: {
    en: 'Use {text}',
    de: '{text} verwenden',
    sv: 'Använd {text}',
    description: 'One-click fix button; the value is an emoji or a hashtag.',
  },
  rule_fix_write: {
    en: 'Write "{text}"',
    de: '„{text}“ schreiben',
    sv: 'Skriv ”{text}”',
    description: 'One-click fix button that rewrites words (case, hashtag as words).',
  },
  rule_fix_remove: {
    en: 'Remove {text}',
    de: '{text} entfernen',
    sv: 'Ta bort {text}',
    description: 'One-click fix button; the value is an emoji or an emoticon.',
  },
  rule_fix_remove_it: { en: 'Remove it', de: 'Entfernen', sv: 'Ta bort' },

  // Accessibility.
  rule_accessibility_hashtag_case_why: {
    en: 'Screen readers read an all-lower-case hashtag as one long made-up word; a capital at the start of each word ("#BlackFriday") lets them read the words.',
    de: 'Screenreader lesen einen kleingeschriebenen Hashtag als ein langes, erfundenes Wort; ein Großbuchstabe am Anfang jedes Worts („#BlackFriday“) lässt sie die Wörter lesen.',
    sv: 'Skärmläsare läser en hashtagg med bara små bokstäver som ett långt påhittat ord; en stor bokstav i början av varje ord (”#BlackFriday”) gör att de kan läsa orden.',
  },
  rule_accessibility_hashtag_case_message: {
    en: 'Write {written} as {fixed}: a capital at the start of each word lets screen readers read "{words}".',
    de: 'Schreib {written} als {fixed}: Ein Großbuchstabe am Anfang jedes Worts lässt Screenreader „{words}“ lesen.',
    sv: 'Skriv {written} som {fixed}: en stor bokstav i början av varje ord gör att skärmläsare kan läsa ”{words}”.',
  },
  rule_accessibility_hashtag_case_message_unsplit: {
    en: 'If {tag} is several words, start each with a capital (#LikeThis) so screen readers can read them.',
    de: 'Wenn {tag} aus mehreren Wörtern besteht, beginne jedes mit einem Großbuchstaben (#SoWieHier), damit Screenreader sie lesen können.',
    sv: 'Om {tag} består av flera ord, börja varje ord med stor bokstav (#SåHär) så att skärmläsare kan läsa dem.',
  },
  rule_accessibility_hashtag_count_why: {
    en: 'Every hashtag is read out as "hashtag" plus the tag, so a row of them drowns the reply; one or two is plenty.',
    de: 'Jeder Hashtag wird als „Hashtag“ plus Tag vorgelesen, eine ganze Reihe übertönt also die Antwort; ein oder zwei reichen völlig.',
    sv: 'Varje hashtagg läses upp som ”hashtag” plus taggen, så en hel rad dränker svaret; en eller två räcker gott.',
  },
  rule_accessibility_hashtag_count_message: {
    en: '{count} hashtags in this reply; keep to {max}.',
    de: 'Hashtags in dieser Antwort: {count}. Beschränk dich auf {max}.',
    sv: 'Hashtaggar i det här svaret: {count}. Håll dig till {max}.',
  },
  rule_accessibility_hashtag_placement_why: {
    en: 'A hashtag inside a sentence is read out as "hashtag" in the middle of it, and a block of hashtags before the message makes people listen through all of them first.',
    de: 'Ein Hashtag mitten im Satz wird dort als „Hashtag“ vorgelesen, und ein Block Hashtags vor der Nachricht zwingt Menschen, sich erst alle anzuhören.',
    sv: 'En hashtagg mitt i en mening läses upp som ”hashtag” mitt i den, och ett block hashtaggar före meddelandet tvingar folk att lyssna igenom alla först.',
  },
  rule_accessibility_hashtag_placement_message_block: {
    en: '{count} hashtags before the message: people using screen readers hear all of them first. Put hashtags at the end.',
    de: '{count} Hashtags vor der Nachricht: Wer einen Screenreader nutzt, hört sie alle zuerst. Setz Hashtags ans Ende.',
    sv: '{count} hashtaggar före meddelandet: den som använder skärmläsare hör alla först. Sätt hashtaggar sist.',
  },
  rule_accessibility_hashtag_placement_message_inline: {
    en: '{tag} is read as "hashtag {plain}" in the middle of the sentence: write "{plain}" and put hashtags at the end.',
    de: '{tag} wird mitten im Satz als „Hashtag {plain}“ vorgelesen: Schreib „{plain}“ und setz Hashtags ans Ende.',
    sv: '{tag} läses som ”hashtag {plain}” mitt i meningen: skriv ”{plain}” och sätt hashtaggar sist.',
  },
  rule_accessibility_hashtag_placement_fix_move: {
    en: 'Move the hashtags to the end',
    de: 'Hashtags ans Ende verschieben',
    sv: 'Flytta hashtaggarna till slutet',
  },
  rule_accessibility_emoji_count_why: {
    en: 'Screen readers read every emoji out by its full name ("smiling face with heart-eyes"), so many emoji bury the message.',
    de: 'Screenreader lesen jedes Emoji mit seinem vollen Namen vor („lächelndes Gesicht mit herzförmigen Augen“), viele Emojis begraben also die Nachricht.',
    sv: 'Skärmläsare läser upp varje emoji med hela dess namn (”leende ansikte med hjärtformade ögon”), så många emojier begraver budskapet.',
  },
  rule_accessibility_emoji_count_message: {
    en: '{count} emoji in this reply; keep to {max}: each one is read out by name.',
    de: 'Emojis in dieser Antwort: {count}. Beschränk dich auf {max}, denn jedes wird mit seinem Namen vorgelesen.',
    sv: 'Emojier i det här svaret: {count}. Håll dig till {max}: varje emoji läses upp med sitt namn.',
  },
  rule_accessibility_emoji_repeat_why: {
    en: 'A screen reader reads a repeated emoji out every time ("fire, fire, fire"), which is tiring and adds nothing.',
    de: 'Ein Screenreader liest ein wiederholtes Emoji jedes Mal vor („Feuer, Feuer, Feuer“); das ermüdet und sagt nichts Neues.',
    sv: 'En skärmläsare läser upp en upprepad emoji varje gång (”eld, eld, eld”), vilket är tröttsamt och inte tillför något.',
  },
  rule_accessibility_emoji_repeat_message_run: {
    en: '{emoji} {count} times in a row is read out {count} times: one is enough.',
    de: '{emoji} {count}-mal hintereinander wird {count}-mal vorgelesen: Einmal reicht.',
    sv: '{emoji} {count} gånger i rad läses upp {count} gånger: en räcker.',
  },
  rule_accessibility_emoji_repeat_message_third: {
    en: '{emoji} is used 3 times in this reply: use it once.',
    de: '{emoji} kommt in dieser Antwort dreimal vor: Verwende es nur einmal.',
    sv: '{emoji} används tre gånger i det här svaret: använd den en gång.',
  },
  rule_accessibility_emoji_repeat_fix_keep_one: {
    en: 'Keep one {emoji}',
    de: 'Nur ein {emoji} behalten',
    sv: 'Behåll en {emoji}',
  },
  rule_accessibility_emoji_repeat_fix_remove: {
    en: 'Remove this {emoji}',
    de: 'Dieses {emoji} entfernen',
    sv: 'Ta bort den här {emoji}',
  },
  rule_accessibility_emoji_for_words_why: {
    en: 'A screen reader reads an emoji by its name, so "I ❤️ this" becomes "I red heart this", and emoji bullets are read before every line.',
    de: 'Ein Screenreader liest ein Emoji mit seinem Namen vor, aus „Ich ❤️ das“ wird „Ich rotes Herz das“, und Emojis als Aufzählungszeichen werden vor jeder Zeile vorgelesen.',
    sv: 'En skärmläsare läser upp en emoji med dess namn, så ”Jag ❤️ det” blir ”Jag rött hjärta det”, och emojier som listpunkter läses upp före varje rad.',
  },
  rule_accessibility_emoji_for_words_message_between: {
    en: '{emoji} stands in for a word here, and a screen reader reads its name ("{previous} … {next}"): write the word, and put emoji at the end of the sentence.',
    de: '{emoji} steht hier für ein Wort, und ein Screenreader liest seinen Namen vor („{previous} … {next}“): Schreib das Wort aus und setz Emojis ans Satzende.',
    sv: '{emoji} står för ett ord här, och en skärmläsare läser upp dess namn (”{previous} … {next}”): skriv ordet och sätt emojier i slutet av meningen.',
  },
  rule_accessibility_emoji_for_words_message_after: {
    en: '{emoji} stands in for a word after "{previous}": write the word; a screen reader reads the emoji\'s name instead.',
    de: '{emoji} steht nach „{previous}“ für ein Wort: Schreib das Wort aus; ein Screenreader liest sonst den Namen des Emojis vor.',
    sv: '{emoji} står för ett ord efter ”{previous}”: skriv ordet; en skärmläsare läser annars upp emojins namn.',
  },
  rule_accessibility_emoji_for_words_message_bullet: {
    en: '{emoji} used as a bullet is read out by name before every line: use "-" or write the list as a sentence.',
    de: '{emoji} als Aufzählungszeichen wird vor jeder Zeile mit Namen vorgelesen: Nimm „-“ oder schreib die Liste als Satz.',
    sv: '{emoji} som listpunkt läses upp med namn före varje rad: använd ”-” eller skriv listan som en mening.',
  },
  rule_accessibility_emoji_for_words_fix_bullet: {
    en: 'Use "-" as the bullet',
    de: '„-“ als Aufzählungszeichen verwenden',
    sv: 'Använd ”-” som listpunkt',
  },
  rule_accessibility_fancy_text_why: {
    en: 'Bold, italic, script or circled "fonts" from generators are symbols, not letters: screen readers read them one by one ("mathematical bold capital F") or skip them, and search cannot find them.',
    de: 'Fette, kursive, Schreibschrift- oder eingekreiste „Schriften“ aus Generatoren sind Symbole, keine Buchstaben: Screenreader lesen sie einzeln vor („mathematisches fettes großes F“) oder überspringen sie, und die Suche findet sie nicht.',
    sv: 'Feta, kursiva, skrivstils- eller inringade ”typsnitt” från generatorer är symboler, inte bokstäver: skärmläsare läser dem en och en (”matematiskt fetstilt versalt F”) eller hoppar över dem, och sökningar hittar dem inte.',
  },
  rule_accessibility_fancy_text_message: {
    en: '"{text}" is made of look-alike symbols that screen readers read one by one or skip: write "{plain}" in plain letters.',
    de: '„{text}“ besteht aus Symbolen, die nur wie Buchstaben aussehen; Screenreader lesen sie einzeln vor oder überspringen sie: Schreib „{plain}“ in normalen Buchstaben.',
    sv: '”{text}” består av symboler som bara liknar bokstäver; skärmläsare läser dem en och en eller hoppar över dem: skriv ”{plain}” med vanliga bokstäver.',
  },
  rule_accessibility_fancy_text_fix: {
    en: 'Use plain letters',
    de: 'Normale Buchstaben verwenden',
    sv: 'Använd vanliga bokstäver',
  },
  rule_accessibility_all_caps_why: {
    en: 'Words in capitals are harder to read, especially with dyslexia, some screen readers spell them out letter by letter, and they read as shouting.',
    de: 'Wörter in Großbuchstaben sind schwerer zu lesen, besonders mit Legasthenie, manche Screenreader buchstabieren sie, und sie wirken wie Schreien.',
    sv: 'Ord i versaler är svårare att läsa, särskilt för den som har dyslexi, vissa skärmläsare bokstaverar dem, och de uppfattas som skrik.',
  },
  rule_accessibility_all_caps_message: {
    en: '"{text}" in capitals reads as shouting and is harder to read; some screen readers spell it out.',
    de: '„{text}“ in Großbuchstaben wirkt wie Schreien und ist schwerer zu lesen; manche Screenreader buchstabieren es.',
    sv: '”{text}” i versaler uppfattas som skrik och är svårare att läsa; vissa skärmläsare bokstaverar det.',
  },
  rule_accessibility_alternating_case_why: {
    en: 'Mocking "SpongeBob" case is hard to read for everyone and is read out letter by letter or garbled by screen readers.',
    de: 'Die spöttische „SpongeBob“-Schreibweise ist für alle schwer zu lesen und wird von Screenreadern buchstabiert oder verstümmelt.',
    sv: 'Hånfull ”SpongeBob”-stil är svår att läsa för alla och bokstaveras eller förvanskas av skärmläsare.',
  },
  rule_accessibility_alternating_case_message: {
    en: '"{text}" in alternating case is hard to read and garbled by screen readers.',
    de: '„{text}“ in wechselnder Groß- und Kleinschreibung ist schwer zu lesen und wird von Screenreadern verstümmelt.',
    sv: '”{text}” med växlande stora och små bokstäver är svårt att läsa och förvanskas av skärmläsare.',
  },
  rule_accessibility_emoticon_why: {
    en: 'Screen readers read emoticons and text art character by character ("colon right parenthesis"); an emoji or a word carries the feeling instead.',
    de: 'Screenreader lesen Emoticons und Textkunst Zeichen für Zeichen vor („Doppelpunkt, Klammer zu“); ein Emoji oder ein Wort transportiert das Gefühl besser.',
    sv: 'Skärmläsare läser upp emotikoner och textkonst tecken för tecken (”kolon, högerparentes”); en emoji eller ett ord förmedlar känslan i stället.',
  },
  rule_accessibility_emoticon_message_emoji: {
    en: '"{face}" is read out character by character by screen readers: use {emoji} or a word instead.',
    de: '„{face}“ wird von Screenreadern Zeichen für Zeichen vorgelesen: Nimm stattdessen {emoji} oder ein Wort.',
    sv: '”{face}” läses upp tecken för tecken av skärmläsare: använd {emoji} eller ett ord i stället.',
  },
  rule_accessibility_emoticon_message: {
    en: '"{face}" is read out character by character by screen readers: use an emoji or a word instead.',
    de: '„{face}“ wird von Screenreadern Zeichen für Zeichen vorgelesen: Nimm stattdessen ein Emoji oder ein Wort.',
    sv: '”{face}” läses upp tecken för tecken av skärmläsare: använd en emoji eller ett ord i stället.',
  },
  rule_accessibility_emoticon_message_art: {
    en: '"{text}" is text art: screen readers read every symbol in it. Say it in words.',
    de: '„{text}“ ist Textkunst: Screenreader lesen jedes Symbol darin vor. Sag es mit Worten.',
    sv: '”{text}” är textkonst: skärmläsare läser upp varje symbol i den. Säg det med ord.',
  },
  rule_accessibility_emoticon_message_shrug: {
    en: '"{text}" is text art: screen readers read every symbol in it. Say it in words or use 🤷.',
    de: '„{text}“ ist Textkunst: Screenreader lesen jedes Symbol darin vor. Sag es mit Worten oder nimm 🤷.',
    sv: '”{text}” är textkonst: skärmläsare läser upp varje symbol i den. Säg det med ord eller använd 🤷.',
  },
  rule_accessibility_link_text_why: {
    en: 'Screen reader users often jump from link to link, and "click here" or "here" tells them nothing about where the link leads.',
    de: 'Wer einen Screenreader nutzt, springt oft von Link zu Link, und „hier klicken“ oder „hier“ sagt nichts darüber, wohin der Link führt.',
    sv: 'Den som använder skärmläsare hoppar ofta från länk till länk, och ”klicka här” eller ”här” säger ingenting om vart länken leder.',
  },
  rule_accessibility_link_text_message: {
    en: '"{text}" does not say where the link goes: name the page instead (e.g. "track your parcel on our tracking page").',
    de: '„{text}“ sagt nicht, wohin der Link führt: Nenn stattdessen die Seite (z. B. „Verfolge dein Paket auf unserer Sendungsverfolgung“).',
    sv: '”{text}” säger inte vart länken leder: nämn sidan i stället (t.ex. ”spåra paketet på vår spårningssida”).',
  },
  rule_accessibility_link_text_message_here: {
    en: '"{word}" as the words before a link does not say where it goes: name the page ("our returns form: …").',
    de: '„{word}“ vor einem Link sagt nicht, wohin er führt: Nenn die Seite („unser Rücksendeformular: …“).',
    sv: '”{word}” före en länk säger inte vart den leder: nämn sidan (”vårt returformulär: …”).',
  },
  rule_accessibility_link_shortener_why: {
    en: 'A shortened link such as bit.ly is read out character by character and does not tell anyone, with or without a screen reader, where it leads or whether it is safe.',
    de: 'Ein gekürzter Link wie bit.ly wird Zeichen für Zeichen vorgelesen und verrät niemandem, ob mit oder ohne Screenreader, wohin er führt oder ob er sicher ist.',
    sv: 'En förkortad länk som bit.ly läses upp tecken för tecken och berättar inte för någon, med eller utan skärmläsare, vart den leder eller om den är säker.',
  },
  rule_accessibility_link_shortener_message: {
    en: '{host} hides where this link goes: use the full address, or say in words where it leads.',
    de: '{host} verbirgt, wohin dieser Link führt: Nimm die vollständige Adresse oder sag in Worten, wohin er führt.',
    sv: '{host} döljer vart länken leder: använd hela adressen eller säg med ord vart den leder.',
  },
  rule_accessibility_link_count_why: {
    en: 'Each link is read out in full by a screen reader, and several links make it unclear which one to follow; one link per post is easier for everyone.',
    de: 'Ein Screenreader liest jeden Link vollständig vor, und bei mehreren Links ist unklar, welchem man folgen soll; ein Link pro Beitrag ist für alle einfacher.',
    sv: 'En skärmläsare läser upp varje länk i sin helhet, och flera länkar gör det oklart vilken man ska följa; en länk per inlägg är enklare för alla.',
  },
  rule_accessibility_link_count_message: {
    en: 'This reply has {count} links: keep the one that helps most.',
    de: 'Diese Antwort hat {count} Links: Behalte den, der am meisten hilft.',
    sv: 'Det här svaret har {count} länkar: behåll den som hjälper mest.',
  },
  rule_accessibility_layout_spacing_why: {
    en: 'Columns made with tabs or runs of spaces are read out line by line across the columns, so a screen reader mixes up the content.',
    de: 'Spalten aus Tabulatoren oder vielen Leerzeichen werden Zeile für Zeile quer über die Spalten vorgelesen, der Screenreader bringt den Inhalt also durcheinander.',
    sv: 'Kolumner gjorda med tabbar eller många mellanslag läses upp rad för rad tvärs över kolumnerna, så skärmläsaren blandar ihop innehållet.',
  },
  rule_accessibility_layout_spacing_message_tab: {
    en: 'A tab lines text up in columns, which a screen reader reads out of order: write it as a sentence or a list.',
    de: 'Ein Tabulator richtet Text in Spalten aus, die ein Screenreader in falscher Reihenfolge vorliest: Schreib es als Satz oder Liste.',
    sv: 'En tabb ställer upp text i kolumner, som en skärmläsare läser i fel ordning: skriv det som en mening eller en lista.',
  },
  rule_accessibility_layout_spacing_message_spaces: {
    en: '{count} spaces in a row line text up in columns, which a screen reader reads out of order: use one space.',
    de: '{count} Leerzeichen hintereinander richten Text in Spalten aus, die ein Screenreader in falscher Reihenfolge vorliest: Nimm ein einziges Leerzeichen.',
    sv: '{count} mellanslag i rad ställer upp text i kolumner, som en skärmläsare läser i fel ordning: använd ett mellanslag.',
  },
  rule_accessibility_layout_spacing_fix_indent: {
    en: 'Remove the indent',
    de: 'Einrückung entfernen',
    sv: 'Ta bort indraget',
  },
  rule_accessibility_layout_spacing_fix_space: {
    en: 'Use one space',
    de: 'Ein Leerzeichen verwenden',
    sv: 'Använd ett mellanslag',
  },
  rule_accessibility_sentence_length_why: {
    en: 'Long sentences are hard to follow for people with cognitive or learning disabilities, people reading in a second language and anyone on a small screen.',
    de: 'Lange Sätze sind schwer zu verfolgen für Menschen mit kognitiven Beeinträchtigungen oder Lernschwierigkeiten, für alle, die in einer Zweitsprache lesen, und auf jedem kleinen Bildschirm.',
    sv: 'Långa meningar är svåra att följa för personer med kognitiva funktionsnedsättningar eller inlärningssvårigheter, för den som läser på ett andraspråk och för alla på en liten skärm.',
  },
  rule_accessibility_sentence_length_message: {
    en: 'This sentence has {count} words; keep sentences to {max} or fewer by splitting it.',
    de: 'Dieser Satz hat {count} Wörter; teil ihn auf, damit Sätze höchstens {max} Wörter haben.',
    sv: 'Den här meningen har {count} ord; dela upp den så att meningarna har högst {max} ord.',
  },
  rule_accessibility_reading_level_why: {
    en: 'Plain words and short sentences let more people understand a reply the first time, including people with reading difficulties and second-language readers.',
    de: 'Einfache Wörter und kurze Sätze lassen mehr Menschen eine Antwort beim ersten Lesen verstehen, auch Menschen mit Leseschwierigkeiten und alle, die in einer Zweitsprache lesen.',
    sv: 'Enkla ord och korta meningar gör att fler förstår ett svar direkt, även personer med lässvårigheter och den som läser på ett andraspråk.',
  },
  rule_accessibility_reading_level_message_grade: {
    en: 'This reply reads at grade {score} (Flesch-Kincaid); aim for {max} or lower with shorter sentences and everyday words. This sentence is the hardest.',
    de: 'Diese Antwort liegt bei Klassenstufe {score} (Flesch-Kincaid); ziel auf {max} oder weniger, mit kürzeren Sätzen und Alltagswörtern. Dieser Satz ist der schwierigste.',
    sv: 'Det här svaret ligger på årskurs {score} (Flesch-Kincaid); sikta på {max} eller lägre med kortare meningar och vardagliga ord. Den här meningen är svårast.',
  },
  rule_accessibility_reading_level_message_lix: {
    en: 'This reply has a LIX of {score}; aim for {max} or lower with shorter sentences and shorter words. This sentence is the hardest.',
    de: 'Diese Antwort hat einen LIX von {score}; ziel auf {max} oder weniger, mit kürzeren Sätzen und kürzeren Wörtern. Dieser Satz ist der schwierigste.',
    sv: 'Det här svaret har ett LIX-värde på {score}; sikta på {max} eller lägre med kortare meningar och kortare ord. Den här meningen är svårast.',
  },

  // Inclusive language: the messages are rule_phrase_message with the word list's note.
  rule_inclusive_ableist_why: {
    en: 'Words that use a disability as an insult or a metaphor exclude the disabled customers who read the reply.',
    de: 'Wörter, die eine Behinderung als Schimpfwort oder Metapher benutzen, schließen die Kundinnen und Kunden mit Behinderung aus, die die Antwort lesen.',
    sv: 'Ord som använder en funktionsnedsättning som skällsord eller metafor utestänger de kunder med funktionsnedsättning som läser svaret.',
  },
  rule_inclusive_gendered_why: {
    en: 'Addressing everyone as men, or assuming a gender, tells part of the audience the reply is not for them.',
    de: 'Wer alle als Männer anspricht oder ein Geschlecht voraussetzt, sagt einem Teil des Publikums, dass die Antwort nicht für ihn gedacht ist.',
    sv: 'Att tilltala alla som män, eller att förutsätta ett kön, säger till en del av publiken att svaret inte är till dem.',
  },
  rule_inclusive_racial_why: {
    en: 'Outdated or loaded terms for ethnicity read as a slur, whatever was meant.',
    de: 'Veraltete oder belastete Begriffe für Herkunft wirken wie eine Beleidigung, egal wie sie gemeint waren.',
    sv: 'Föråldrade eller laddade ord för etnicitet uppfattas som glåpord, oavsett vad som menades.',
  },
  rule_inclusive_lgbtq_why: {
    en: 'Outdated or pathologising words for LGBTQ people alienate them and everyone who stands with them.',
    de: 'Veraltete oder pathologisierende Wörter für LGBTQ-Menschen stoßen sie ab und alle, die an ihrer Seite stehen.',
    sv: 'Föråldrade eller sjukdomsstämplande ord för hbtq-personer stöter bort dem och alla som står på deras sida.',
  },
  rule_inclusive_condescending_why: {
    en: 'Calling a step easy or obvious blames the customer who just told you it did not work for them.',
    de: 'Wer einen Schritt „einfach“ oder „offensichtlich“ nennt, gibt der Person die Schuld, die gerade geschrieben hat, dass es bei ihr nicht funktioniert.',
    sv: 'Att kalla ett steg enkelt eller självklart lägger skulden på kunden som just har berättat att det inte fungerade.',
  },
  rule_inclusive_suicide_why: {
    en: 'Phrases like "commit suicide" or suicide as a joke hurt people who live with it and go against safe-messaging guidance.',
    de: 'Formulierungen wie „Selbstmord begehen“ oder Suizid als Witz verletzen Betroffene und widersprechen den Empfehlungen für verantwortungsvolles Sprechen über Suizid.',
    sv: 'Uttryck som ”begå självmord” eller självmord som skämt sårar dem som lever med det och går emot riktlinjerna för att tala ansvarsfullt om suicid.',
  },
  rule_inclusive_profanity_why: {
    en: 'A swear word from a brand account is screenshotted and shared, whatever the customer wrote first.',
    de: 'Ein Schimpfwort von einem Markenaccount wird per Screenshot geteilt, egal was die Kundin oder der Kunde zuerst geschrieben hat.',
    sv: 'En svordom från ett varumärkeskonto skärmdumpas och delas, oavsett vad kunden skrev först.',
  },

  // Human voice.
  rule_human_form_letter_why: {
    en: 'Customers read stock corporate phrases as a form letter, and a form letter says nobody is listening.',
    de: 'Standardfloskeln aus der Unternehmenssprache lesen sich wie ein Formbrief, und ein Formbrief sagt: Hier hört niemand zu.',
    sv: 'Kunder läser fasta företagsfraser som ett standardbrev, och ett standardbrev säger att ingen lyssnar.',
  },
  rule_human_non_apology_why: {
    en: 'An apology for how the customer feels, rather than for what happened, blames them and makes things worse.',
    de: 'Eine Entschuldigung dafür, wie sich jemand fühlt, statt für das, was passiert ist, schiebt der Person die Schuld zu und macht alles schlimmer.',
    sv: 'En ursäkt för hur kunden känner sig, i stället för det som hände, lägger skulden på kunden och gör saken värre.',
  },
  rule_human_passive_apology_why: {
    en: 'A passive sentence hides who made the mistake; customers trust an apology that says "we got this wrong".',
    de: 'Ein Satz im Passiv verschweigt, wer den Fehler gemacht hat; Kundinnen und Kunden vertrauen einer Entschuldigung, die sagt: „Das haben wir falsch gemacht.“',
    sv: 'En passiv mening döljer vem som gjorde fel; kunder litar på en ursäkt som säger ”vi gjorde fel”.',
  },
  rule_human_deflection_why: {
    en: 'Sending someone to e-mail, the phone or DMs before showing you heard them reads as "go away"; acknowledge first, then move the conversation.',
    de: 'Wer jemanden an E-Mail, Telefon oder DMs verweist, bevor klar ist, dass er zugehört hat, sagt damit „geh weg“; erst auf das Anliegen eingehen, dann den Kanal wechseln.',
    sv: 'Att skicka någon vidare till mejl, telefon eller DM innan du har visat att du har hört vad hen säger uppfattas som ”gå härifrån”; bekräfta först, flytta sedan samtalet.',
  },
  rule_human_deflection_message: {
    en: '“{found}” sends the customer elsewhere before the reply shows you heard them. Acknowledge the problem first, then say why you need the other channel.',
    de: '„{found}“ schickt die Person woandershin, bevor die Antwort zeigt, dass du zugehört hast. Geh zuerst auf das Problem ein und sag dann, warum du den anderen Kanal brauchst.',
    sv: '”{found}” skickar kunden vidare innan svaret visar att du har lyssnat. Bekräfta problemet först och säg sedan varför du behöver den andra kanalen.',
  },
  rule_human_greeting_name_why: {
    en: 'Using the person’s name is the simplest signal that a human read their message; it is what makes a brand reply sound like a person.',
    de: 'Den Namen der Person zu nennen ist das einfachste Zeichen, dass ein Mensch ihre Nachricht gelesen hat; genau das lässt eine Markenantwort nach einem Menschen klingen.',
    sv: 'Att använda personens namn är den enklaste signalen om att en människa har läst meddelandet; det är det som får ett svar från ett varumärke att låta som en person.',
  },
  rule_human_greeting_name_message: {
    en: 'The reply doesn’t greet {name} by name.',
    de: 'Die Antwort spricht {name} nicht mit Namen an.',
    sv: 'Svaret hälsar inte på {name} med namn.',
  },
  rule_human_greeting_name_fix_name: {
    en: 'Greet {name} by name',
    de: '{name} mit Namen begrüßen',
    sv: 'Hälsa på {name} med namn',
  },
  rule_human_greeting_name_fix_greeting: {
    en: 'Start with “{greeting} {name},”',
    de: 'Mit „{greeting} {name},“ beginnen',
    sv: 'Börja med ”{greeting} {name},”',
    description: 'The greeting is in the reply’s language (Hi, Hallo, Hej).',
  },
  rule_human_first_person_why: {
    en: 'An apology or a promise from a named person ("I’m sorry, I’ll check") reads as human; the same words from "we" read as a company.',
    de: 'Eine Entschuldigung oder ein Versprechen von einer Person („Tut mir leid, ich schaue nach“) klingt menschlich; dieselben Worte mit „wir“ klingen nach Unternehmen.',
    sv: 'En ursäkt eller ett löfte från en person (”Förlåt, jag kollar”) låter mänskligt; samma ord med ”vi” låter som ett företag.',
  },
  rule_human_first_person_note_singular: {
    en: 'The voice pack has you speak as yourself, not as a company.',
    de: 'Laut Stimmpaket sprichst du für dich selbst, nicht als Unternehmen.',
    sv: 'Enligt röstpaketet talar du som dig själv, inte som ett företag.',
  },
  rule_human_first_person_note_plural: {
    en: 'The voice pack has you speak for the team.',
    de: 'Laut Stimmpaket sprichst du für das Team.',
    sv: 'Enligt röstpaketet talar du för teamet.',
  },
  rule_human_formulaic_sign_off_why: {
    en: 'Letter-style closings are what companies write and people do not; in a social reply they read as canned.',
    de: 'Briefschlussformeln schreiben Unternehmen, keine Menschen; in einer Antwort in sozialen Medien wirken sie wie vom Band.',
    sv: 'Avslutningsfraser från brev är något företag skriver men inte människor; i ett svar i sociala medier låter de som en mall.',
  },
  rule_human_exclamations_why: {
    en: 'A stack of exclamation marks reads as forced cheer, and as shouting to an upset customer.',
    de: 'Ein Stapel Ausrufezeichen wirkt wie aufgesetzte Fröhlichkeit und auf verärgerte Menschen wie Schreien.',
    sv: 'En hög med utropstecken låter som påklistrad glädje, och som skrik för en upprörd kund.',
  },
  rule_human_exclamations_message_none: {
    en: 'The voice pack asks for no exclamation marks.',
    de: 'Das Stimmpaket sieht keine Ausrufezeichen vor.',
    sv: 'Röstpaketet vill inte ha några utropstecken.',
  },
  rule_human_exclamations_message_over_one: {
    en: 'More than {max} exclamation mark in one reply reads as forced.',
    de: 'Mehr als {max} Ausrufezeichen in einer Antwort wirkt aufgesetzt.',
    sv: 'Mer än {max} utropstecken i ett svar låter ansträngt.',
  },
  rule_human_exclamations_message_over_other: {
    en: 'More than {max} exclamation marks in one reply reads as forced.',
    de: 'Mehr als {max} Ausrufezeichen in einer Antwort wirken aufgesetzt.',
    sv: 'Mer än {max} utropstecken i ett svar låter ansträngt.',
  },
  rule_human_exclamations_message_run: {
    en: 'Several exclamation marks in a row read as shouting.',
    de: 'Mehrere Ausrufezeichen hintereinander wirken wie Schreien.',
    sv: 'Flera utropstecken i rad låter som skrik.',
  },
  rule_human_exclamations_fix_full_stop: {
    en: 'Replace with a full stop',
    de: 'Durch einen Punkt ersetzen',
    sv: 'Ersätt med punkt',
  },
  rule_human_exclamations_fix_keep_one: {
    en: 'Keep one',
    de: 'Nur eins behalten',
    sv: 'Behåll ett',
  },
  rule_human_repeated_reply_why: {
    en: 'The same canned reply sent to many people is the screenshot that goes viral; every customer should get a reply written for them.',
    de: 'Dieselbe Standardantwort an viele Menschen ist der Screenshot, der viral geht; jede Kundin und jeder Kunde verdient eine Antwort, die für sie geschrieben ist.',
    sv: 'Samma standardsvar till många personer är skärmdumpen som sprids; varje kund ska få ett svar som är skrivet just för hen.',
  },
  rule_human_repeated_reply_message: {
    en: 'This reply is {percent}% the same as one you recently sent to someone else. Make it about this customer.',
    de: 'Diese Antwort gleicht zu {percent} % einer, die du kürzlich jemand anderem geschickt hast. Schreib sie für diese Person.',
    sv: 'Det här svaret är till {percent} % detsamma som ett du nyligen skickade till någon annan. Skriv det för just den här kunden.',
  },

  // Brand voice: the pack's own reasons stay as the team wrote them.
  rule_brand_term_case_why: {
    en: 'Product and brand names have one spelling; a brand that misspells its own names looks careless.',
    de: 'Produkt- und Markennamen haben eine Schreibweise; eine Marke, die ihre eigenen Namen falsch schreibt, wirkt nachlässig.',
    sv: 'Produkt- och varumärkesnamn stavas på ett sätt; ett varumärke som stavar sina egna namn fel ser slarvigt ut.',
  },
  rule_brand_term_case_message: {
    en: 'Write “{term}”, not “{found}”.',
    de: 'Schreib „{term}“, nicht „{found}“.',
    sv: 'Skriv ”{term}”, inte ”{found}”.',
  },
  rule_brand_banned_why: {
    en: 'The voice pack bans this term; its reason says why.',
    de: 'Das Stimmpaket verbietet diesen Begriff; die Begründung steht dabei.',
    sv: 'Röstpaketet förbjuder det här ordet; skälet står bredvid.',
  },
  rule_brand_banned_message: {
    en: '“{found}” is banned: {reason}',
    de: '„{found}“ ist nicht erlaubt: {reason}',
    sv: '”{found}” är förbjudet: {reason}',
  },
  rule_brand_preferred_why: {
    en: 'The voice pack prefers one word over its synonyms, so every reply sounds like the same brand.',
    de: 'Das Stimmpaket zieht ein Wort seinen Synonymen vor, damit jede Antwort nach derselben Marke klingt.',
    sv: 'Röstpaketet föredrar ett ord framför dess synonymer, så att varje svar låter som samma varumärke.',
  },
  rule_brand_preferred_message: {
    en: 'Use “{use}” instead of “{found}”.',
    de: 'Schreib „{use}“ statt „{found}“.',
    sv: 'Skriv ”{use}” i stället för ”{found}”.',
  },
  rule_brand_avoid_phrase_why: {
    en: 'The voice pack lists phrases that do not sound like the brand.',
    de: 'Das Stimmpaket listet Formulierungen auf, die nicht nach der Marke klingen.',
    sv: 'Röstpaketet listar fraser som inte låter som varumärket.',
  },
  rule_brand_avoid_phrase_message: {
    en: 'Avoid “{found}”.',
    de: 'Vermeide „{found}“.',
    sv: 'Undvik ”{found}”.',
  },
  rule_brand_avoid_phrase_message_reason: {
    en: 'Avoid “{found}”: {reason}',
    de: 'Vermeide „{found}“: {reason}',
    sv: 'Undvik ”{found}”: {reason}',
  },
  rule_brand_emoji_policy_why: {
    en: 'A brand that limits itself to a few emoji keeps its tone recognisable and avoids emoji that read differently across cultures.',
    de: 'Eine Marke, die sich auf wenige Emojis beschränkt, bleibt im Ton wiedererkennbar und vermeidet Emojis, die in anderen Kulturen anders verstanden werden.',
    sv: 'Ett varumärke som håller sig till några få emojier behåller en igenkännbar ton och undviker emojier som tolkas olika i olika kulturer.',
  },
  rule_brand_emoji_policy_message_none: {
    en: 'The voice pack uses no emoji.',
    de: 'Das Stimmpaket verwendet keine Emojis.',
    sv: 'Röstpaketet använder inga emojier.',
  },
  rule_brand_emoji_policy_message: {
    en: '{emoji} isn’t one of the brand’s emoji ({allowed}).',
    de: '{emoji} gehört nicht zu den Emojis der Marke ({allowed}).',
    sv: '{emoji} är inte en av varumärkets emojier ({allowed}).',
  },
  rule_brand_sign_off_why: {
    en: 'A personal sign-off such as ^JD tells the customer which person answered and keeps a shared account human.',
    de: 'Eine persönliche Grußformel wie ^JD zeigt, welcher Mensch geantwortet hat, und hält ein geteiltes Konto menschlich.',
    sv: 'En personlig avslutning som ^JD visar kunden vilken person som svarade och gör ett delat konto mänskligt.',
  },
  rule_brand_sign_off_message: {
    en: 'End the reply with your sign-off “{signOff}”.',
    de: 'Beende die Antwort mit deiner Grußformel „{signOff}“.',
    sv: 'Avsluta svaret med din avslutning ”{signOff}”.',
  },
  rule_brand_sign_off_message_template: {
    en: 'End the reply with your sign-off: {parts}.',
    de: 'Beende die Antwort mit deiner Grußformel: {parts}.',
    sv: 'Avsluta svaret med din avslutning: {parts}.',
    description:
      'Parts are quoted text and “your initials” / “your name”, joined by rule_list_and.',
  },
  rule_brand_sign_off_initials: {
    en: 'your initials',
    de: 'deine Initialen',
    sv: 'dina initialer',
  },
  rule_brand_sign_off_name: { en: 'your name', de: 'dein Name', sv: 'ditt namn' },
  rule_brand_sign_off_fix: {
    en: 'Add “{signOff}”',
    de: '„{signOff}“ anfügen',
    sv: 'Lägg till ”{signOff}”',
  },
  rule_brand_custom_why: {
    en: 'A rule from your team’s voice pack.',
    de: 'Eine Regel aus dem Stimmpaket deines Teams.',
    sv: 'En regel från ditt teams röstpaket.',
  },
  rule_brand_custom_fix_capitalize: {
    en: 'Capitalize “{text}”',
    de: '„{text}“ großschreiben',
    sv: 'Skriv ”{text}” med stor bokstav',
  },

  // Length.
  rule_length_platform_limit_why: {
    en: 'The platform cuts or refuses a reply over its limit, counted its own way (on X every link counts as 23 characters).',
    de: 'Die Plattform kürzt oder verweigert eine Antwort über ihrem Limit, und sie zählt auf ihre eigene Art (auf X zählt jeder Link als 23 Zeichen).',
    sv: 'Plattformen kortar eller stoppar ett svar över gränsen, och räknar på sitt eget sätt (på X räknas varje länk som 23 tecken).',
  },
  rule_length_platform_limit_message: {
    en: '{platform} allows {limit} characters on {platform}; this reply counts {length} ({over} over).',
    de: '{platform} erlaubt {limit} Zeichen; diese Antwort hat {length} ({over} zu viel).',
    sv: '{platform} tillåter {limit} tecken; det här svaret har {length} ({over} för många).',
  },
  rule_length_platform_limit_message_team: {
    en: 'Your team’s limit allows {limit} characters on {platform}; this reply counts {length} ({over} over).',
    de: 'Das Limit deines Teams erlaubt {limit} Zeichen auf {platform}; diese Antwort hat {length} ({over} zu viel).',
    sv: 'Ditt teams gräns tillåter {limit} tecken på {platform}; det här svaret har {length} ({over} för många).',
  },
} as const satisfies Catalog;
