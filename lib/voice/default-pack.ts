import { formatProblems, parsePack } from './parse';
import type { VoicePack, VoicePackInput } from './schema';

/**
 * The voice every team starts from. Brand-neutral on purpose: a team lead copies it, changes
 * the persona and the product names, and keeps the rest. Rules that would flag good replies
 * are left out, because a default that nags on day one gets switched off.
 */
export const defaultPackInput = {
  id: 'replykit-default',
  name: 'Replykit default voice',
  version: '1.0.0',
  languages: ['en', 'de', 'sv'],
  description:
    'A warm, plain, specific voice for customer care on social media, in English, German and Swedish. German replies use “du”, as most consumer brands do on social media; a formal brand switches the German blocks to “Sie”.',
  tone: {
    persona:
      'I am one real person on the care team, writing to one person at a time. I use their name, say what happened in plain words, fix one thing per reply and say what happens next and when. Warm but never gushing, specific rather than scripted. I write “I” for what I do and “we” only for the company. I don’t blame, don’t hide behind policy and don’t use internal jargon.',
    formality: 'neutral',
    firstPerson: 'singular',
    emoji: { max: 2 },
    maxExclamations: 1,
    greetByName: true,
    signOff: { template: '^{initials}', platforms: ['x', 'threads', 'bluesky', 'instagram'] },
  },
  vocabulary: {
    // Names customers and agents get wrong most often; add your own products here.
    terms: [
      'iPhone',
      'iPad',
      'iOS',
      'macOS',
      'Android',
      'YouTube',
      'LinkedIn',
      'WhatsApp',
      'Instagram',
      'Facebook',
      'TikTok',
      'PayPal',
      'eBay',
      'Klarna',
      'BankID',
      'Wi-Fi',
      'Bluetooth',
    ],
    banned: [
      {
        term: 'valued customer',
        reason: 'it is what form letters say; use the person’s name instead.',
      },
      {
        term: 'dear customer',
        reason: 'nobody is called “customer”; use the person’s name instead.',
      },
      {
        term: 'calm down',
        reason:
          'telling an upset person how to feel makes it worse; say what you are doing instead.',
      },
      {
        term: 'as per our policy',
        reason: 'it hides behind a rule; say what you can do for them.',
      },
      {
        term: 'ASAP',
        reason: 'it promises nothing; give a time (“by 5 pm today”).',
      },
      {
        term: 'werter Kunde',
        reason: 'klingt nach Serienbrief; sprich die Person mit Namen an.',
      },
      {
        term: 'lieber Kunde',
        reason: 'klingt nach Serienbrief; sprich die Person mit Namen an.',
      },
      {
        term: 'beruhigen Sie sich',
        reason: 'wer verärgert ist, will hören, was passiert, nicht wie er sich fühlen soll.',
      },
      {
        term: 'bästa kund',
        reason: 'låter som ett massutskick; använd personens namn.',
      },
      {
        term: 'lugna ner dig',
        reason: 'den som är upprörd vill höra vad som händer, inte hur hen ska känna sig.',
      },
    ],
    // Plain words over office words (English, German, Swedish). Language-specific spellings
    // such as email / E-Mail / e-post are custom rules below, because they clash across languages.
    preferred: [
      { use: 'use', insteadOf: ['utilize', 'utilise'] },
      { use: 'help', insteadOf: ['assist'] },
      { use: 'buy', insteadOf: ['make a purchase'] },
      { use: 'about', insteadOf: ['regarding', 'with regard to', 'in regard to'] },
      { use: 'start', insteadOf: ['commence'] },
      { use: 'get', insteadOf: ['obtain'] },
      { use: 'because', insteadOf: ['due to the fact that'] },
      { use: 'to', insteadOf: ['in order to'] },
      { use: 'if', insteadOf: ['in the event that'] },
      { use: 'now', insteadOf: ['at this point in time'] },
      { use: 'zu', insteadOf: ['bezüglich'] },
      { use: 'helfen', insteadOf: ['behilflich sein'] },
      { use: 'om', insteadOf: ['angående', 'beträffande'] },
    ],
    avoidPhrases: [
      {
        phrase: 'rest assured',
        reason: 'reassurance without facts; say what you are doing.',
      },
      {
        phrase: 'at your earliest convenience',
        reason: 'stiff and vague.',
        replacement: 'when it suits you',
      },
      {
        phrase: 'kindly',
        reason: 'sounds dated and a little stern.',
        replacement: 'please',
      },
      {
        phrase: 'for your convenience',
        reason: 'customers read it as “for ours”.',
      },
      {
        phrase: 'going forward',
        reason: 'office speak.',
        replacement: 'from now on',
      },
      {
        phrase: 'zeitnah',
        reason: 'sagt nicht, wann; nenne eine Zeit.',
      },
      {
        phrase: 'Bitte haben Sie Verständnis',
        reason: 'bittet die Person, das Problem hinzunehmen; sag lieber, was du tust.',
      },
      {
        phrase: 'snarast',
        reason: 'säger inte när; ange en tid.',
      },
      {
        phrase: 'vi ber om förståelse',
        reason: 'ber personen att acceptera problemet; säg hellre vad du gör.',
      },
    ],
  },
  readability: {
    maxSentenceWords: 25,
    maxGrade: 8,
    // LIX suits German and Swedish because it needs no syllables; 40 is the upper end of
    // “easy” on the Swedish scale. German compounds push LIX up, so 40 rather than 35.
    maxLix: 40,
    maxHashtags: 2,
  },
  rules: [
    {
      id: 'internal-jargon',
      kind: 'existence',
      message: '“%s” is our word, not the customer’s: say what it means for them.',
      level: 'suggestion',
      tokens: [
        'ticket number',
        'case number',
        'escalated',
        'SLA',
        'backend',
        'second-level',
        'Ticketnummer',
        'eskaliert',
        'ärendenummer',
        'eskalerat',
      ],
    },
    {
      id: 'email-en',
      kind: 'substitution',
      message: 'Write “email”, not “%s”.',
      languages: ['en'],
      swap: { 'e-mail': 'email' },
    },
    {
      id: 'email-de',
      kind: 'substitution',
      message: 'Im Deutschen: „E-Mail“, nicht „%s“.',
      languages: ['de'],
      swap: { Email: 'E-Mail', 'E-mail': 'E-Mail' },
      ignorecase: false,
    },
    {
      id: 'email-sv',
      kind: 'substitution',
      message: 'Skriv ”mejl” eller ”e-post”, inte ”%s”.',
      languages: ['sv'],
      swap: { 'e-mail': 'e-post', email: 'mejl' },
    },
    {
      id: 'unfortunately-once',
      kind: 'occurrence',
      message: '“%s” again: one is plenty. Say what you can do instead.',
      token: '(?<![\\p{L}\\p{N}_])(?:unfortunately|leider|tyvärr)(?![\\p{L}\\p{N}_])',
      max: 1,
    },
    {
      id: 'sentence-capital',
      kind: 'capitalization',
      message: 'Start the sentence with a capital letter: “%s”.',
      level: 'suggestion',
      match: '$sentence',
      exceptions: ['iPhone', 'iPad', 'iOS', 'macOS', 'eBay'],
    },
    {
      id: 'one-spelling',
      kind: 'consistency',
      message: '“%s”: you used the other spelling earlier in this reply.',
      level: 'suggestion',
      either: [
        ['sign in', 'log in'],
        ['okay', 'OK'],
        ['mejl', 'e-post'],
      ],
    },
    {
      id: 'define-acronyms',
      kind: 'conditional',
      message: 'Spell out “%s” the first time, e.g. “order tracking number (OTN)”.',
      level: 'suggestion',
      first: '\\b([A-Z]{3,5})\\b',
      second: '\\(([A-Z]{3,5})\\)',
      exceptions: [
        'FAQ',
        'PDF',
        'USB',
        'SMS',
        'PIN',
        'GPS',
        'URL',
        'ASAP',
        'DHL',
        'UPS',
        'USA',
        'GDPR',
        'DSGVO',
        'CET',
        'CEST',
        'MEZ',
        'GMT',
        'UTC',
        'LED',
        'AGB',
        'IBAN',
        'BIC',
      ],
    },
    {
      id: 'reply-length',
      kind: 'metric',
      message: '%s words: most good care replies need fewer than 120. Keep to one topic per reply.',
      level: 'suggestion',
      metric: 'words',
      max: 120,
    },
  ],
  overrides: {},
  limits: {},
  blocks: [
    // Greetings end with a comma: the composer joins the next sentence after it ("Hi Sam, thanks…").
    {
      id: 'greet-first-contact',
      label: 'Greeting',
      kind: 'greeting',
      audience: 'first-contact',
      text: {
        en: ['Hi {name},', 'Hello {name},', 'Hey {name},'],
        de: ['Hallo {name},', 'Hi {name},', 'Hey {name},'],
        sv: ['Hej {name},', 'Hejsan {name},', 'Hallå {name},'],
      },
    },
    {
      id: 'greet-returning',
      label: 'Greeting, returning customer',
      kind: 'greeting',
      audience: 'returning',
      text: {
        en: [
          'Hi {name}, good to hear from you again.',
          'Hi {name}, good to hear from you again. Last time we {last-outcome}, and I hope that worked out.',
          'Hello again, {name}. I hope “{last-topic}” got sorted last time.',
        ],
        de: [
          'Hallo {name}, schön, wieder von dir zu hören.',
          'Hallo {name}, schön, wieder von dir zu hören. Letztes Mal haben wir {last-outcome}, ich hoffe, das hat geklappt.',
          'Hi {name}, schön, dass du dich wieder meldest. Ich hoffe, „{last-topic}“ hat sich letztes Mal gut geklärt.',
        ],
        sv: [
          'Hej {name}, kul att höra av dig igen.',
          'Hej {name}, kul att höra av dig igen. Förra gången hade vi {last-outcome}, och jag hoppas att det fungerade.',
          'Hej igen {name}, jag hoppas att ”{last-topic}” löste sig förra gången.',
        ],
      },
    },
    {
      id: 'acknowledge-complaint',
      label: 'It went wrong',
      kind: 'acknowledge',
      intents: ['complaint'],
      text: {
        en: [
          'Thanks for telling me about {topic}.',
          'That’s not how {topic} should go.',
          'Thanks for letting me know what happened.',
        ],
        de: [
          'Danke, dass du mir von „{topic}“ erzählst.',
          'So sollte es mit „{topic}“ nicht laufen.',
          'Danke, dass du Bescheid sagst.',
        ],
        sv: [
          'Tack för att du berättar om {topic}.',
          'Så ska det inte bli med {topic}.',
          'Tack för att du säger till.',
        ],
      },
    },
    {
      id: 'acknowledge-delivery',
      label: 'Where is my order',
      kind: 'acknowledge',
      intents: ['delivery'],
      text: {
        en: [
          'Thanks for letting me know about {topic}.',
          'Thanks for checking in about {topic}.',
          'Thanks for checking in about your order.',
        ],
        de: [
          'Danke, dass du wegen „{topic}“ nachfragst.',
          'Danke für deine Nachricht zu „{topic}“.',
          'Danke, dass du wegen deiner Bestellung nachfragst.',
        ],
        sv: [
          'Tack för att du hör av dig om {topic}.',
          'Tack för att du säger till om {topic}.',
          'Tack för att du hör av dig om din order.',
        ],
      },
    },
    {
      id: 'acknowledge-refund',
      label: 'Money back or a billing question',
      kind: 'acknowledge',
      intents: ['refund'],
      text: {
        en: [
          'Thanks for getting in touch about {topic}.',
          'Thanks for flagging {topic}.',
          'Thanks for getting in touch about the payment.',
        ],
        de: [
          'Danke, dass du dich wegen „{topic}“ meldest.',
          'Danke für den Hinweis zu „{topic}“.',
          'Danke, dass du dich wegen der Zahlung meldest.',
        ],
        sv: [
          'Tack för att du hör av dig om {topic}.',
          'Tack för att du säger till om {topic}.',
          'Tack för att du hör av dig om betalningen.',
        ],
      },
    },
    {
      id: 'acknowledge-outage',
      label: 'Something does not work',
      kind: 'acknowledge',
      intents: ['outage'],
      text: {
        en: [
          'Thanks for flagging {topic}.',
          'Thanks for telling me about {topic}.',
          'Thanks for reporting this.',
        ],
        de: [
          'Danke für den Hinweis zu „{topic}“.',
          'Danke, dass du „{topic}“ meldest.',
          'Danke, dass du das meldest.',
        ],
        sv: [
          'Tack för att du säger till om {topic}.',
          'Tack för att du berättar om {topic}.',
          'Tack för att du rapporterar det här.',
        ],
      },
    },
    {
      id: 'acknowledge-account',
      label: 'Trouble with the account',
      kind: 'acknowledge',
      intents: ['account'],
      text: {
        en: [
          'Thanks for telling me about {topic}.',
          'Thanks for letting me know about {topic}.',
          'Thanks for letting me know about the trouble with your account.',
        ],
        de: [
          'Danke, dass du dich wegen „{topic}“ meldest.',
          'Danke für deine Nachricht zu „{topic}“.',
          'Danke, dass du dich wegen deines Kontos meldest.',
        ],
        sv: [
          'Tack för att du hör av dig om {topic}.',
          'Tack för att du säger till om {topic}.',
          'Tack för att du hör av dig om ditt konto.',
        ],
      },
    },
    {
      id: 'acknowledge-question',
      label: 'Thanks for the question',
      kind: 'acknowledge',
      intents: ['question'],
      text: {
        en: [
          'Thanks for asking about {topic}.',
          'Good question about {topic}.',
          'Thanks for your question.',
        ],
        de: [
          'Danke für deine Frage zu „{topic}“.',
          'Gute Frage zu „{topic}“.',
          'Danke für deine Frage.',
        ],
        sv: ['Tack för din fråga om {topic}.', 'Bra fråga om {topic}.', 'Tack för din fråga.'],
      },
    },
    {
      id: 'acknowledge-feature',
      label: 'Thanks for the idea',
      kind: 'acknowledge',
      intents: ['feature-request'],
      text: {
        en: [
          'Thanks for the idea about {topic}.',
          'Thanks for sharing your idea about {topic}.',
          'Thanks for the suggestion, I like it.',
        ],
        de: [
          'Danke für deine Idee zu „{topic}“.',
          'Danke, dass du deine Idee zu „{topic}“ teilst.',
          'Danke für den Vorschlag, der gefällt mir.',
        ],
        sv: [
          'Tack för din idé om {topic}.',
          'Tack för att du delar din idé om {topic}.',
          'Tack för förslaget, det gillar jag.',
        ],
      },
    },
    {
      id: 'acknowledge-praise',
      label: 'Thanks for the kind words',
      kind: 'acknowledge',
      intents: ['praise'],
      text: {
        en: [
          'Thank you, this made my day.',
          'Thanks so much for the kind words about {topic}.',
          'That’s lovely to hear, thank you.',
        ],
        de: [
          'Danke, das freut mich sehr.',
          'Vielen Dank für die netten Worte zu „{topic}“.',
          'Wie schön, das zu hören, danke.',
        ],
        sv: [
          'Tack, det gjorde min dag.',
          'Tack så mycket för de fina orden om {topic}.',
          'Vad roligt att höra, tack.',
        ],
      },
    },
    {
      id: 'acknowledge-mention',
      label: 'Thanks for the mention',
      kind: 'acknowledge',
      intents: ['mention'],
      text: {
        en: ['Thanks for the mention.', 'Thanks for thinking of us.', 'Thanks for the shout-out.'],
        de: ['Danke für die Erwähnung.', 'Danke, dass du an uns denkst.', 'Danke fürs Erwähnen.'],
        sv: [
          'Tack för att du nämner oss.',
          'Tack för att du tänker på oss.',
          'Tack för omnämnandet.',
        ],
      },
    },
    {
      id: 'acknowledge-abuse',
      label: 'Unhappy, in harsh words',
      kind: 'acknowledge',
      intents: ['abuse'],
      text: {
        en: ['I can tell you’re unhappy with us.', 'I hear that you’re unhappy with us.'],
        de: [
          'Ich merke, dass du unzufrieden mit uns bist.',
          'Ich sehe, dass du sauer auf uns bist.',
        ],
        sv: ['Jag har läst ditt inlägg.', 'Jag ser att du är arg på oss.'],
      },
    },
    {
      id: 'acknowledge-general',
      label: 'Thanks for the message',
      kind: 'acknowledge',
      text: {
        en: ['Thanks for your message.', 'Thanks for getting in touch.'],
        de: ['Danke für deine Nachricht.', 'Danke, dass du dich meldest.'],
        sv: ['Tack för att du skriver.', 'Tack för att du hör av dig.'],
      },
    },
    {
      id: 'empathy-annoyed',
      label: 'Annoyed: show you get it',
      kind: 'empathy',
      intensities: ['annoyed'],
      intents: [
        'question',
        'complaint',
        'delivery',
        'refund',
        'outage',
        'account',
        'feature-request',
        'mention',
      ],
      text: {
        en: ['I get why you’re frustrated.', 'I’d be annoyed too.', 'That’s frustrating, I know.'],
        de: [
          'Ich verstehe, dass dich das ärgert.',
          'Ich wäre da auch genervt.',
          'Das ist ärgerlich, ich weiß.',
        ],
        sv: [
          'Jag förstår att du är irriterad.',
          'Jag hade också blivit irriterad.',
          'Det är frustrerande, jag vet.',
        ],
      },
    },
    {
      id: 'empathy-angry',
      label: 'Angry: own it, without grovelling',
      kind: 'empathy',
      intensities: ['angry'],
      intents: [
        'question',
        'complaint',
        'delivery',
        'refund',
        'outage',
        'account',
        'feature-request',
        'mention',
      ],
      text: {
        en: [
          'You’re right to be angry: this one is on us, and I’m going to put it right.',
          'I’m sorry, we let you down here, and I want to fix it.',
        ],
        de: [
          'Du hast allen Grund, sauer zu sein: Das geht auf uns, und ich bringe es in Ordnung.',
          'Das tut mir leid, da haben wir dich enttäuscht, und ich will das klären.',
        ],
        sv: [
          'Du har all rätt att vara arg: det här ligger på oss, och jag ska rätta till det.',
          'Förlåt, vi har svikit dig här, och jag vill ordna det.',
        ],
      },
    },
    {
      id: 'empathy-distressed',
      label: 'Distressed: warm and reassuring',
      kind: 'empathy',
      intensities: ['distressed'],
      intents: [
        'question',
        'complaint',
        'delivery',
        'refund',
        'outage',
        'account',
        'feature-request',
        'mention',
      ],
      text: {
        en: [
          'That sounds really stressful. You’re not on your own with it: I’ll help you sort it out.',
          'I’m sorry this has been so stressful, and I’m here to help you get it sorted.',
        ],
        de: [
          'Das klingt wirklich belastend. Du bist damit nicht allein: Ich helfe dir, das zu klären.',
          'Es tut mir leid, dass dich das so stresst. Ich bin für dich da und kümmere mich darum.',
        ],
        sv: [
          'Det låter verkligen jobbigt. Du är inte ensam med det: jag hjälper dig att reda ut det.',
          'Förlåt att det här har blivit så stressigt. Jag finns här och hjälper dig.',
        ],
      },
    },
    {
      id: 'apology-own-it',
      label: 'Apology that owns the mistake',
      kind: 'apology',
      intents: ['complaint', 'delivery', 'refund', 'outage'],
      text: {
        en: 'I’m sorry: we got {topic} wrong.',
        de: 'Das tut mir leid: Bei „{topic}“ ist bei uns etwas schiefgelaufen.',
        sv: 'Förlåt, {topic} blev fel hos oss.',
      },
    },
    {
      id: 'answer-delivery',
      label: 'Checking the parcel',
      kind: 'answer',
      intents: ['delivery'],
      text: {
        en: [
          'I’m checking with the courier where your parcel is right now.',
          'I’ve asked the courier for the latest on your parcel.',
          'I’m looking up order {order} with the courier now.',
          'I’ve pulled up order {order} and I’m checking its route with the courier.',
        ],
        de: [
          'Ich frage gerade beim Versanddienst nach, wo dein Paket steckt.',
          'Ich habe beim Versanddienst nachgefragt, wie es um dein Paket steht.',
          'Ich sehe mir die Bestellung {order} gerade beim Versanddienst an.',
          'Ich habe die Bestellung {order} aufgerufen und prüfe den Versand.',
        ],
        sv: [
          'Jag kollar med budfirman var ditt paket är just nu.',
          'Jag har frågat budfirman hur det går med ditt paket.',
          'Jag tittar på order {order} hos budfirman nu.',
          'Jag har tagit fram order {order} och kollar leveransen med budfirman.',
        ],
      },
    },
    {
      id: 'answer-refund',
      label: 'Sorting out the refund',
      kind: 'answer',
      intents: ['refund'],
      text: {
        en: [
          'I’ll look at the payment and sort out the refund for you.',
          'Once I’ve found the payment, I’ll start the refund myself, so you don’t need to do anything else.',
          'I’m looking at the payment for order {order} now.',
        ],
        de: [
          'Ich sehe mir die Zahlung an und kümmere mich um die Erstattung.',
          'Sobald ich die Zahlung gefunden habe, starte ich die Erstattung selbst. Du musst nichts weiter tun.',
          'Ich sehe mir die Zahlung zur Bestellung {order} gerade an.',
        ],
        sv: [
          'Jag tittar på betalningen och ordnar återbetalningen åt dig.',
          'När jag har hittat betalningen startar jag återbetalningen själv, så du behöver inte göra något mer.',
          'Jag tittar på betalningen för order {order} nu.',
        ],
      },
    },
    {
      id: 'answer-outage',
      label: 'Looking into the fault',
      kind: 'answer',
      intents: ['outage'],
      text: {
        en: [
          'I’m checking with our engineers whether this is on our side.',
          'Our engineers are looking into it now.',
        ],
        de: [
          'Ich kläre gerade mit unserem Technik-Team, ob der Fehler bei uns liegt.',
          'Unser Technik-Team sieht sich das gerade an.',
        ],
        sv: [
          'Jag kollar med våra tekniker om felet ligger hos oss.',
          'Våra tekniker tittar på det just nu.',
        ],
      },
    },
    {
      id: 'answer-account',
      label: 'Getting back into the account',
      kind: 'answer',
      intents: ['account'],
      text: {
        en: [
          'I’ll help you get back into your account.',
          'Let’s get you back into your account, and I’ll guide you through it step by step.',
        ],
        de: [
          'Ich helfe dir, wieder in dein Konto zu kommen.',
          'Wir bringen dich wieder in dein Konto, und ich begleite dich Schritt für Schritt.',
        ],
        sv: [
          'Jag hjälper dig att komma in på ditt konto igen.',
          'Vi ser till att du kommer in på ditt konto igen, och jag guidar dig steg för steg.',
        ],
      },
    },
    {
      id: 'answer-question',
      label: 'Finding the right answer',
      kind: 'answer',
      intents: ['question'],
      text: {
        en: [
          'I’ll check the details so you get a proper answer, not a guess.',
          'I want to give you an exact answer, so I’m checking it with the team.',
        ],
        de: [
          'Ich prüfe das genau, damit du eine richtige Antwort bekommst und keine Vermutung.',
          'Ich will dir eine genaue Antwort geben und kläre das mit dem Team.',
        ],
        sv: [
          'Jag kollar upp det ordentligt så att du får ett riktigt svar och inte en gissning.',
          'Jag vill ge dig ett exakt svar, så jag stämmer av med teamet.',
        ],
      },
    },
    {
      id: 'answer-complaint',
      label: 'Finding out what went wrong',
      kind: 'answer',
      intents: ['complaint'],
      text: {
        en: [
          'I’m looking into what went wrong now.',
          'I’ll find out what happened and put it right.',
        ],
        de: [
          'Ich schaue mir gerade an, was schiefgelaufen ist.',
          'Ich finde heraus, was passiert ist, und bringe es in Ordnung.',
        ],
        sv: [
          'Jag tittar på vad som gick fel just nu.',
          'Jag tar reda på vad som hände och rättar till det.',
        ],
      },
    },
    {
      id: 'answer-feature',
      label: 'Ideas reach the product team',
      kind: 'answer',
      intents: ['feature-request'],
      text: {
        en: [
          'Our product team reads every suggestion that comes in.',
          'Ideas from customers are how most of our improvements start.',
        ],
        de: [
          'Unser Produktteam liest jeden Vorschlag, der reinkommt.',
          'Die meisten Verbesserungen beginnen mit Ideen von Kundinnen und Kunden.',
        ],
        sv: [
          'Vårt produktteam läser varje förslag som kommer in.',
          'De flesta av våra förbättringar börjar med idéer från kunder.',
        ],
      },
    },
    {
      id: 'answer-praise',
      label: 'Why it matters to us',
      kind: 'answer',
      intents: ['praise'],
      text: {
        en: [
          'Notes like yours are the best part of the job.',
          'It’s great to hear it’s working well for you.',
        ],
        de: [
          'Solche Nachrichten sind das Schönste an meinem Job.',
          'Schön zu hören, dass alles gut für dich klappt.',
        ],
        sv: [
          'Sådana meddelanden är det bästa med mitt jobb.',
          'Kul att höra att det fungerar bra för dig.',
        ],
      },
    },
    {
      id: 'answer-abuse',
      label: 'Offer help with the real problem',
      kind: 'answer',
      intents: ['abuse'],
      text: {
        en: [
          'If something went wrong, tell me what happened and I’ll look into it.',
          'If there is a problem behind this, I want to help with it.',
        ],
        de: [
          'Wenn etwas schiefgelaufen ist, sag mir, was passiert ist, dann schaue ich es mir an.',
          'Wenn dahinter ein echtes Problem steckt, helfe ich dir gern dabei.',
        ],
        sv: [
          'Om något har gått fel, berätta vad som hände så tittar jag på det.',
          'Om det finns ett problem bakom det här vill jag hjälpa till med det.',
        ],
      },
    },
    {
      id: 'next-step-follow-up',
      label: 'When they will hear from you',
      kind: 'next-step',
      intents: ['question', 'complaint', 'delivery', 'refund', 'outage', 'account'],
      text: {
        en: [
          'I’ll get back to you {time} with an update.',
          'You’ll hear from me {time}.',
          'I’ll update you here {time}.',
        ],
        de: [
          'Ich melde mich {time} mit einem Update bei dir.',
          'Du hörst {time} von mir.',
          'Ich gebe dir {time} hier Bescheid.',
        ],
        sv: [
          'Jag hör av mig {time} med en uppdatering.',
          'Du hör från mig {time}.',
          'Jag uppdaterar dig här {time}.',
        ],
      },
    },
    {
      id: 'next-step-pass-on',
      label: 'Passing it on',
      kind: 'next-step',
      intents: ['praise', 'feature-request'],
      text: {
        en: [
          'I’ll pass your words on to the team today.',
          'I’ll make sure the team sees this today.',
        ],
        de: [
          'Ich gebe das heute noch ans Team weiter.',
          'Ich sorge dafür, dass das Team das heute sieht.',
        ],
        sv: [
          'Jag skickar det vidare till teamet i dag.',
          'Jag ser till att teamet får se det här i dag.',
        ],
      },
    },
    {
      id: 'next-step-boundary',
      label: 'A calm boundary',
      kind: 'next-step',
      intents: ['abuse'],
      text: {
        en: [
          'I’m happy to help with the actual problem, but let’s keep it respectful.',
          'I want to sort this out with you, and I will, as long as we keep it respectful.',
        ],
        de: [
          'Ich helfe dir gern beim eigentlichen Problem, aber lass uns dabei respektvoll bleiben.',
          'Ich will das mit dir klären, solange wir dabei respektvoll bleiben.',
        ],
        sv: [
          'Jag hjälper gärna till med själva problemet, men låt oss hålla en respektfull ton.',
          'Jag vill lösa det här med dig, så länge vi håller en respektfull ton.',
        ],
      },
    },
    {
      id: 'next-step-private',
      label: 'Order number by DM, with the reason',
      kind: 'question',
      intents: ['complaint', 'delivery', 'refund'],
      text: {
        en: [
          'Could you send me your order number in a DM? Then I can look it up without your details being public.',
          'Could you DM me your order number? That way your details stay out of this thread.',
          'Is the address on order {order} still right? If it has changed, send me the new one in a DM.',
          'Could you DM me the email address you used for order {order}? Then I can check it right away.',
        ],
        de: [
          'Schickst du mir deine Bestellnummer per DM? Dann kann ich nachsehen, ohne dass deine Daten hier öffentlich stehen.',
          'Magst du mir deine Bestellnummer per DM schicken? So bleiben deine Daten aus diesem Thread raus.',
          'Stimmt die Adresse bei Bestellung {order} noch? Wenn nicht, schick mir die neue per DM.',
          'Schickst du mir die E-Mail-Adresse zur Bestellung {order} per DM? Dann sehe ich sofort nach.',
        ],
        sv: [
          'Kan du skicka ditt ordernummer i ett DM? Då kan jag kolla utan att dina uppgifter syns här.',
          'Kan du DM:a mig ditt ordernummer? Då håller vi dina uppgifter utanför tråden.',
          'Stämmer adressen på order {order} fortfarande? Om inte, skicka den nya i ett DM.',
          'Kan du skicka e-postadressen för order {order} i ett DM? Då kollar jag direkt.',
        ],
      },
    },
    {
      id: 'question-outage',
      label: 'Which device and version',
      kind: 'question',
      intents: ['outage'],
      text: {
        en: [
          'Which device and app version are you on? That helps our engineers find it faster.',
          'Could you tell me which phone and app version you’re using?',
        ],
        de: [
          'Welches Gerät und welche App-Version nutzt du? Das hilft unserem Technik-Team, den Fehler schneller zu finden.',
          'Sagst du mir, welches Handy und welche App-Version du hast?',
        ],
        sv: [
          'Vilken enhet och vilken version av appen använder du? Det hjälper våra tekniker att hitta felet snabbare.',
          'Kan du berätta vilken telefon och vilken appversion du har?',
        ],
      },
    },
    {
      id: 'question-account',
      label: 'Which account, privately',
      kind: 'question',
      intents: ['account'],
      text: {
        en: [
          'Could you DM me the email address on your account? Please don’t post it here.',
          'Which email address is the account under? Send it to me in a DM rather than here.',
        ],
        de: [
          'Schickst du mir die E-Mail-Adresse deines Kontos per DM? Bitte poste sie nicht hier.',
          'Unter welcher E-Mail-Adresse läuft dein Konto? Schick sie mir lieber per DM als hier.',
        ],
        sv: [
          'Kan du skicka e-postadressen till ditt konto i ett DM? Skriv den inte här.',
          'Vilken e-postadress har du på kontot? Skicka den i ett DM i stället för här.',
        ],
      },
    },
    {
      id: 'question-detail',
      label: 'What exactly they need',
      kind: 'question',
      intents: ['question'],
      text: {
        en: [
          'Could you tell me a bit more about what you need it for? Then I can give you an exact answer.',
          'Which model do you have? Then I can tell you exactly what works with it.',
        ],
        de: [
          'Erzählst du mir etwas mehr darüber, wofür du es brauchst? Dann kann ich dir genau antworten.',
          'Welches Modell hast du? Dann sage ich dir genau, was dazu passt.',
        ],
        sv: [
          'Kan du berätta lite mer om vad du behöver det till? Då kan jag ge dig ett exakt svar.',
          'Vilken modell har du? Då kan jag säga exakt vad som passar.',
        ],
      },
    },
    {
      id: 'question-feature',
      label: 'What they would use it for',
      kind: 'question',
      intents: ['feature-request'],
      text: {
        en: [
          'What would you use it for? That helps the team see why it matters.',
          'How would it help you day to day? I’ll add that to the idea.',
        ],
        de: [
          'Wofür würdest du es nutzen? Das hilft dem Team zu sehen, warum es wichtig ist.',
          'Wie würde dir das im Alltag helfen? Das schreibe ich gleich zur Idee dazu.',
        ],
        sv: [
          'Vad skulle du använda det till? Det hjälper teamet att se varför det är viktigt.',
          'Hur skulle det hjälpa dig i vardagen? Jag lägger till det i idén.',
        ],
      },
    },
    {
      id: 'question-praise',
      label: 'What they liked',
      kind: 'question',
      intents: ['praise'],
      text: {
        en: [
          'What did you like best? I’ll make sure the right people hear it.',
          'Which part made the difference for you? I’d love to tell the team.',
        ],
        de: [
          'Was hat dir am besten gefallen? Dann weiß ich, wem ich es erzähle.',
          'Was hat für dich den Unterschied gemacht? Das erzähle ich gern dem Team.',
        ],
        sv: [
          'Vad gillade du mest? Då vet jag vem jag ska berätta det för.',
          'Vad gjorde skillnaden för dig? Jag berättar gärna för teamet.',
        ],
      },
    },
    {
      id: 'question-abuse',
      label: 'What went wrong',
      kind: 'question',
      intents: ['abuse'],
      text: {
        en: [
          'What went wrong? Tell me, and I’ll look into it.',
          'What happened? I’d like to help if I can.',
        ],
        de: [
          'Was ist passiert? Erzähl es mir, dann kümmere ich mich darum.',
          'Was ist schiefgelaufen? Ich helfe gern, wenn ich kann.',
        ],
        sv: [
          'Vad har hänt? Berätta, så tittar jag på det.',
          'Vad gick fel? Jag hjälper gärna till om jag kan.',
        ],
      },
    },
    {
      id: 'question-general',
      label: 'Tell me more',
      kind: 'question',
      text: {
        en: [
          'Could you tell me a bit more about what happened?',
          'Is there anything I can help you with?',
        ],
        de: [
          'Erzählst du mir etwas mehr darüber, was passiert ist?',
          'Kann ich dir bei etwas helfen?',
        ],
        sv: [
          'Kan du berätta lite mer om vad som hände?',
          'Finns det något jag kan hjälpa dig med?',
        ],
      },
    },
    {
      id: 'closing-thanks',
      label: 'Thanks for waiting',
      kind: 'closing',
      intents: ['complaint', 'delivery', 'refund', 'outage', 'account'],
      intensities: ['calm', 'annoyed'],
      text: {
        en: ['Thanks for bearing with me, {name}.', 'Thanks for your patience, {name}.'],
        de: ['Danke für deine Geduld, {name}.', 'Danke, dass du so geduldig bist, {name}.'],
        sv: ['Tack för ditt tålamod, {name}.', 'Tack för att du har tålamod, {name}.'],
      },
    },
    {
      id: 'closing-on-it',
      label: 'I am on it',
      kind: 'closing',
      intents: ['question', 'complaint', 'delivery', 'refund', 'outage', 'account'],
      intensities: ['angry', 'distressed'],
      text: {
        en: ['I’m on it, {name}.', 'I’ll stay with this until it’s sorted, {name}.'],
        de: ['Ich bleibe dran, {name}.', 'Ich bleibe dran, bis es geklärt ist, {name}.'],
        sv: ['Jag håller i det, {name}.', 'Jag släpper inte det här förrän det är löst, {name}.'],
      },
    },
    {
      id: 'closing-talk-soon',
      label: 'Talk soon',
      kind: 'closing',
      intents: ['question'],
      intensities: ['calm', 'annoyed'],
      text: {
        en: ['Talk soon, {name}.', 'Speak soon, {name}.'],
        de: ['Bis bald, {name}.', 'Bis gleich, {name}.'],
        sv: ['Hörs snart, {name}.', 'Vi hörs, {name}.'],
      },
    },
    {
      id: 'closing-enjoy',
      label: 'Enjoy it',
      kind: 'closing',
      intents: ['praise'],
      intensities: ['calm', 'annoyed'],
      text: {
        en: [
          'Enjoy your {product}, {name}.',
          'Enjoy it, {name}.',
          'I hope it keeps working well for you, {name}.',
        ],
        de: ['Hab einen schönen Tag, {name}.', 'Viel Freude damit, {name}.'],
        sv: [
          'Mycket nöje med {product}, {name}.',
          'Ha det så bra, {name}.',
          'Hoppas att den fortsätter att fungera bra, {name}.',
        ],
      },
    },
    {
      id: 'closing-feature',
      label: 'Thanks for helping',
      kind: 'closing',
      intents: ['feature-request', 'mention'],
      text: {
        en: ['Thanks for helping us make it better, {name}.', 'Keep the ideas coming, {name}.'],
        de: [
          'Danke, dass du uns hilfst, besser zu werden, {name}.',
          'Schick uns gern weitere Ideen, {name}.',
        ],
        sv: [
          'Tack för att du hjälper oss att bli bättre, {name}.',
          'Hör gärna av dig med fler idéer, {name}.',
        ],
      },
    },
  ],
  hours: {
    timeZone: 'Europe/Berlin',
    week: {
      mon: [{ from: '08:00', to: '20:00' }],
      tue: [{ from: '08:00', to: '20:00' }],
      wed: [{ from: '08:00', to: '20:00' }],
      thu: [{ from: '08:00', to: '20:00' }],
      fri: [{ from: '08:00', to: '20:00' }],
      sat: [{ from: '10:00', to: '16:00' }],
      sun: [],
    },
    closed: ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01'],
    afterHours: {
      en: 'Our team is back {time}, and a colleague will pick this up then.',
      de: 'Unser Team ist {time} wieder da, dann kümmert sich eine Kollegin oder ein Kollege darum.',
      sv: 'Vårt team är tillbaka {time}, och då tar en kollega hand om det här.',
    },
  },
  // One calm boundary reply may help when a real problem sits under the insults; the steps say
  // not to go further. A brand that never answers trolls sets replyAllowed to false.
  abuse: {
    replyAllowed: true,
    steps: [
      'Don’t feed it: no sarcasm, no argument, no reply to the insults themselves.',
      'Hide, report or block per the platform’s rules and your community guidelines; take screenshots of threats first.',
      'If there is a real problem underneath, at most one calm reply that sets a boundary and offers help.',
      'Tell your team lead; nobody has to handle abuse alone.',
    ],
  },
  escalation: [
    {
      id: 'legal-threat',
      cues: ['legal'],
      label: 'Legal threat',
      severity: 'high',
      triggers: {
        en: ['lawyer', 'attorney', 'sue you', 'legal action', 'small claims', 'trading standards'],
        de: ['Anwalt', 'Anwältin', 'verklagen', 'rechtliche Schritte', 'Verbraucherzentrale'],
        sv: ['advokat', 'jurist', 'stämma er', 'rättsliga åtgärder', 'Konsumentverket', 'ARN'],
      },
      steps: [
        'Don’t admit fault or discuss the legal question in public.',
        'Post the holding reply once, then stop replying in public.',
        'Send the thread link and screenshots to Legal.',
        'Don’t hide or delete anything in the thread.',
      ],
      holdingReply: {
        en: 'Hi {name}, I’m sorry it has come to this. I’ve passed your case to the colleagues who can look at it properly, and they will contact you directly.',
        de: 'Hallo {name}, es tut mir leid, dass es so weit gekommen ist. Ich habe deinen Fall an die Kolleginnen und Kollegen gegeben, die ihn richtig prüfen können. Sie melden sich direkt bei dir.',
        sv: 'Hej {name}, jag beklagar att det har gått så här långt. Jag har lämnat ditt ärende till de kollegor som kan titta ordentligt på det, och de kontaktar dig direkt.',
      },
      handOffTo: 'Legal',
    },
    {
      id: 'safety-injury',
      cues: ['safety'],
      label: 'Injury or product safety',
      severity: 'critical',
      triggers: {
        en: [
          'injured',
          'injury',
          'hurt myself',
          'burned',
          'caught fire',
          'exploded',
          'hospital',
          'allergic reaction',
        ],
        de: [
          'verletzt',
          'Verletzung',
          'verbrannt',
          'Feuer gefangen',
          'explodiert',
          'Krankenhaus',
          'allergische Reaktion',
        ],
        sv: [
          'skadad',
          'skadade mig',
          'brännskada',
          'började brinna',
          'exploderade',
          'sjukhus',
          'allergisk reaktion',
        ],
      },
      steps: [
        'If someone may be in danger now, tell them to call the emergency number first (112 in Europe, 911 in North America).',
        'Ask them to stop using the product and to keep it.',
        'Move to DM for contact details; never ask about health in public.',
        'Hand over to Product Safety within the hour, with the thread link.',
      ],
      holdingReply: {
        en: '{name}, I’m so sorry, I hope you’re okay. Please stop using it for now and keep it. If anyone is hurt, call 112 first. Could you DM me your phone number so our safety team can call you today?',
        de: '{name}, das tut mir sehr leid, ich hoffe, es geht dir gut. Bitte benutze es vorerst nicht mehr und bewahre es auf. Wenn jemand verletzt ist, ruf zuerst die 112 an. Schickst du mir deine Telefonnummer per DM? Dann ruft dich unser Sicherheitsteam heute noch an.',
        sv: '{name}, jag är så ledsen, jag hoppas att du är okej. Sluta använda den så länge och spara den. Om någon är skadad, ring 112 först. Kan du skicka ditt telefonnummer i ett DM så att vårt säkerhetsteam kan ringa dig i dag?',
      },
      handOffTo: 'Product Safety',
    },
    {
      id: 'privacy-data',
      cues: ['privacy'],
      label: 'Privacy or data breach',
      severity: 'high',
      triggers: {
        en: ['data breach', 'hacked', 'my data', 'GDPR', 'leaked', 'someone else’s order'],
        de: ['Datenleck', 'gehackt', 'meine Daten', 'DSGVO', 'Datenschutz', 'fremde Bestellung'],
        sv: ['dataläcka', 'hackad', 'mina uppgifter', 'GDPR', 'dataskydd', 'någon annans order'],
      },
      steps: [
        'Never ask for, repeat or confirm personal data in public.',
        'Note the time: under GDPR the 72 hours to report a breach start when we learn of it.',
        'Hand over to the Privacy team (data protection officer) with the thread link.',
        'Move to DM only for what Privacy needs.',
      ],
      holdingReply: {
        en: 'Hi {name}, thank you for telling us. I’ve passed this to our privacy team right away. Please don’t post any personal details here; they will contact you in a private message.',
        de: 'Hallo {name}, danke, dass du uns Bescheid gibst. Ich habe das sofort an unser Datenschutz-Team gegeben. Bitte poste hier keine persönlichen Daten; das Team meldet sich per Direktnachricht.',
        sv: 'Hej {name}, tack för att du säger till. Jag har skickat det här till vårt dataskyddsteam direkt. Skriv inga personuppgifter här; de hör av sig i ett privat meddelande.',
      },
      handOffTo: 'Privacy (DPO)',
    },
    {
      id: 'media-influencer',
      cues: ['press'],
      label: 'Press or large audience',
      severity: 'medium',
      triggers: {
        en: ['journalist', 'reporter', 'press office', 'writing an article', 'my followers'],
        de: ['Journalist', 'Journalistin', 'Presse', 'Redaktion', 'meine Follower'],
        sv: ['journalist', 'reporter', 'redaktion', 'pressen', 'mina följare'],
      },
      steps: [
        'Reply with the same care as for anyone else; make no offer you wouldn’t make to everyone.',
        'Don’t comment on anything beyond this customer’s case.',
        'Tell Communications, with the thread link, before a second reply.',
      ],
      holdingReply: {
        en: 'Hi {name}, thank you for letting me know. I’m looking into your case now, and a colleague from our press team will contact you about anything beyond it.',
        de: 'Hallo {name}, danke für deine Nachricht. Ich schaue mir deinen Fall jetzt an. Für alles Weitere meldet sich eine Kollegin oder ein Kollege aus der Pressestelle.',
        sv: 'Hej {name}, tack för att du hör av dig. Jag tittar på ditt ärende nu, och för allt annat kontaktar dig en kollega från vår presstjänst.',
      },
      handOffTo: 'Communications',
    },
    {
      id: 'self-harm',
      cues: ['self-harm'],
      label: 'Mention of suicide or self-harm',
      severity: 'critical',
      triggers: {
        en: ['kill myself', 'end my life', 'want to die', 'suicide', 'self-harm'],
        de: ['mich umbringen', 'Suizid', 'Selbstmord', 'nicht mehr leben', 'mir das Leben nehmen'],
        sv: ['ta livet av mig', 'självmord', 'vill inte leva', 'skada mig själv'],
      },
      steps: [
        'Reply quickly and kindly; never ignore, hide or joke.',
        'Give a crisis line: 112 in an emergency; Germany TelefonSeelsorge 0800 111 0 111; Sweden Självmordslinjen 90101; UK Samaritans 116 123; US 988.',
        'Don’t counsel and don’t argue the original complaint; tell your team lead at once.',
        'Follow up in DM only if the person wants to.',
      ],
      holdingReply: {
        en: '{name}, I’m really sorry you’re feeling this way. You don’t have to go through it alone: please talk to someone now. In an emergency call 112; in the UK the Samaritans are on 116 123, in the US call or text 988.',
        de: '{name}, es tut mir sehr leid, dass es dir so geht. Du musst da nicht allein durch: Die TelefonSeelsorge ist rund um die Uhr für dich da, kostenlos unter 0800 111 0 111. Im Notfall ruf bitte die 112 an.',
        sv: '{name}, jag är så ledsen att du mår så här. Du behöver inte gå igenom det ensam: ring Självmordslinjen på 90101, eller 112 om det är akut.',
      },
      handOffTo: 'Team lead',
    },
    {
      id: 'abusive-customer',
      cues: ['harassment'],
      label: 'Abuse or threats',
      severity: 'medium',
      minIntensity: 0.9,
      triggers: {
        en: ['idiots', 'morons', 'shut up', 'you’ll regret', 'I know where'],
        de: ['Idioten', 'Vollidioten', 'halt die Klappe', 'das werdet ihr bereuen'],
        sv: ['idioter', 'håll käften', 'ni kommer att ångra'],
      },
      steps: [
        'Stay calm and factual; no sarcasm, no reply to insults.',
        'Answer the actual problem once, if there is one.',
        'Threats or hate speech: don’t reply; take screenshots, report and hide per the community guidelines.',
        'Tell your team lead; you don’t have to handle abuse alone.',
      ],
      holdingReply: {
        en: 'Hi {name}, I want to sort this out with you, and I will. Let’s keep it respectful on both sides.',
        de: 'Hallo {name}, ich möchte das mit dir klären, und das werde ich. Lass uns dabei auf beiden Seiten respektvoll bleiben.',
        sv: 'Hej {name}, jag vill lösa det här med dig, och det ska jag göra. Låt oss hålla en respektfull ton åt båda hållen.',
      },
      handOffTo: 'Team lead',
    },
    {
      id: 'repeat-contact',
      cues: ['repeat-contact'],
      label: 'Third contact without a fix',
      severity: 'high',
      triggers: {
        en: ['third time', 'still not fixed', 'still not sorted', 'nobody gets back'],
        de: ['dritte Mal', 'immer noch nicht gelöst', 'meldet sich niemand'],
        sv: ['tredje gången', 'fortfarande inte löst', 'ingen hör av sig'],
      },
      steps: [
        'Don’t send another standard reply; read the earlier conversations first.',
        'Hand the case to a senior agent or the care lead, who owns it until it is solved.',
        'Offer a call or a DM with one named person; no more public back-and-forth.',
        'Give a time for the next contact, and keep it.',
      ],
      holdingReply: {
        en: 'Hi {name}, I’m sorry you’ve had to get in touch about this again. That’s not good enough, so I’m handing it to our care lead, who will stay with it until it’s solved. Could you DM me a phone number and a good time to call?',
        de: 'Hallo {name}, es tut mir leid, dass du dich schon wieder melden musst. Das ist nicht gut genug, deshalb gebe ich deinen Fall an unsere Teamleitung, die dranbleibt, bis er gelöst ist. Schickst du mir per DM eine Telefonnummer und eine gute Zeit für einen Anruf?',
        sv: 'Hej {name}, förlåt att du har behövt höra av dig om det här igen. Det är inte bra nog, så jag lämnar ärendet till vår teamledare, som håller i det tills det är löst. Kan du skicka ett telefonnummer och en bra tid att ringa i ett DM?',
      },
      handOffTo: 'Care lead',
    },
  ],
  examples: [
    {
      text: 'Hi Maya, I’m sorry your order arrived with a cracked screen. I’ve sent a replacement today, and it should be with you by Thursday. You don’t need to send the broken one back.',
      platform: 'facebook',
      language: 'en',
      customerName: 'Maya Patel',
      expect: 'pass',
      note: 'Name, apology paired with a fix, a date.',
    },
    {
      text: 'Hi Tom, you’re right, the app was down for about an hour this morning. It works again now. If it still won’t load for you, tell me which phone you use and I’ll look into it.',
      platform: 'facebook',
      language: 'en',
      customerName: 'Tom',
      expect: 'pass',
    },
    {
      text: 'Hi Sam, thanks for the photo. That zip shouldn’t fail after a week, so I’ve sent you a new jacket today. ^AB',
      platform: 'x',
      language: 'en',
      customerName: 'Sam Lee',
      expect: 'pass',
      note: 'On X the reply ends with the sign-off.',
    },
    {
      text: 'Hallo Lena, danke für deine Nachricht. Deine Erstattung habe ich gerade angestoßen. Das Geld ist in drei bis fünf Werktagen auf deinem Konto.',
      platform: 'facebook',
      language: 'de',
      customerName: 'Lena Schmidt',
      expect: 'pass',
    },
    {
      text: 'Hallo Jonas, das tut mir leid, da ist beim Versand etwas schiefgelaufen. Ich schicke dir heute ein neues Paket. Die Sendungsnummer bekommst du per E-Mail.',
      platform: 'facebook',
      language: 'de',
      customerName: 'Jonas',
      expect: 'pass',
    },
    {
      text: 'Hej Elin, tack för att du säger till. Jag har kollat din order och den skickas i morgon. Du får ett mejl med länken när den är på väg.',
      platform: 'facebook',
      language: 'sv',
      customerName: 'Elin Berg',
      expect: 'pass',
    },
    {
      text: 'Hej! Vad kul att du gillar jackan. Jag skickar dina ord vidare till teamet som har designat den.',
      platform: 'facebook',
      language: 'sv',
      expect: 'pass',
    },
    {
      text: 'We apologize for any inconvenience this may have caused.',
      language: 'en',
      expect: { trips: ['human.form-letter'] },
      note: 'The phrase customers hate most: it apologizes for nothing in particular.',
    },
    {
      text: 'Thanks so much for the kind words! #bestcustomerserviceever',
      language: 'en',
      expect: { trips: ['accessibility.hashtag-case'] },
      note: 'Screen readers can’t split the words: write #BestCustomerServiceEver.',
    },
    {
      text: 'Hi Chris, I agree, that rule is crazy. I’ll raise it with the team today.',
      language: 'en',
      customerName: 'Chris',
      expect: { trips: ['inclusive.ableist'] },
    },
    {
      text: 'Please DM us.',
      platform: 'x',
      language: 'en',
      expect: { trips: ['human.deflection'] },
      note: 'Sends the customer away before showing anyone read their message.',
    },
    {
      text: '𝗧𝗵𝗮𝗻𝗸 𝘆𝗼𝘂 for your patience, your refund is on its way.',
      language: 'en',
      expect: { trips: ['accessibility.fancy-text'] },
      note: 'Bold “fancy” letters are read out letter by letter, or not at all.',
    },
    {
      text: 'Hi Alex, I’m sorry the charger stopped working after two weeks. That should not happen, and I want to put it right for you today. I’ve checked your order and sent a new charger by express, so it should arrive tomorrow before noon. Please keep the old one; our team may ask you to send it back later. ^AB',
      platform: 'x',
      language: 'en',
      customerName: 'Alex Kim',
      expect: { trips: ['length.platform-limit'] },
      note: 'A good reply, but over 280 on X: split it or cut it.',
    },
    {
      text: 'Dear valued customer, your ticket number is 48213 and your case has been escalated.',
      language: 'en',
      expect: { trips: ['brand.banned', 'brand.custom.internal-jargon'] },
    },
    {
      text: 'Wir entschuldigen uns für die entstandenen Unannehmlichkeiten.',
      language: 'de',
      expect: { trips: ['human.form-letter'] },
    },
    {
      text: 'Hallo Mia, bezüglich deiner Email: Die Rücksendung ist angekommen.',
      language: 'de',
      customerName: 'Mia',
      expect: { trips: ['brand.preferred', 'brand.custom.email-de'] },
    },
    {
      text: 'Vi beklagar eventuella olägenheter.',
      language: 'sv',
      expect: { trips: ['human.form-letter'] },
    },
    {
      text: 'Hej Sara, tyvärr är paketet försenat. Tyvärr kan vi inte heller ändra adressen.',
      language: 'sv',
      customerName: 'Sara',
      expect: { trips: ['brand.custom.unfortunately-once'] },
    },
  ],
} satisfies VoicePackInput;

function parseDefault(): VoicePack {
  const result = parsePack(defaultPackInput);
  // A broken default pack is a bug in this file; fail loudly at load, not later in the UI.
  if (!result.ok)
    throw new Error(`The default voice pack is invalid:\n${formatProblems(result.errors)}`);
  return result.pack;
}

/** The default pack, validated, with every default filled in. */
export const defaultPack: VoicePack = parseDefault();
