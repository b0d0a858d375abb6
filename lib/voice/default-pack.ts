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
    {
      id: 'greet-first-contact',
      label: 'Greeting',
      kind: 'greeting',
      text: { en: 'Hi {name},', de: 'Hallo {name},', sv: 'Hej {name}!' },
    },
    {
      id: 'greet-returning',
      label: 'Greeting, returning customer',
      kind: 'greeting',
      text: {
        en: 'Hi {name}, good to hear from you again.',
        de: 'Hallo {name}, schön, wieder von dir zu hören.',
        sv: 'Hej {name}, kul att höra av dig igen.',
      },
    },
    {
      id: 'acknowledge-complaint',
      label: 'It went wrong and they are annoyed',
      kind: 'acknowledge',
      intents: ['complaint', 'delivery', 'outage'],
      text: {
        en: 'That’s not how {topic} should go, and I get why you’re frustrated.',
        de: 'So sollte es mit {topic} nicht laufen, und ich verstehe deinen Ärger.',
        sv: 'Så ska det inte bli med {topic}, och jag förstår att du är irriterad.',
      },
    },
    {
      id: 'acknowledge-question',
      label: 'Thanks for the question',
      kind: 'acknowledge',
      intents: ['question'],
      text: {
        en: 'Thanks for asking about {topic}.',
        de: 'Danke für deine Frage zu {topic}.',
        sv: 'Tack för din fråga om {topic}.',
      },
    },
    {
      id: 'acknowledge-praise',
      label: 'Thanks for the kind words',
      kind: 'acknowledge',
      intents: ['praise'],
      text: {
        en: 'Thank you, this made my day. I’ll pass it on to the team.',
        de: 'Danke, das freut mich sehr. Ich gebe es gleich ans Team weiter.',
        sv: 'Tack, det gjorde min dag. Jag skickar det vidare till teamet.',
      },
    },
    {
      id: 'apology-own-it',
      label: 'Apology that owns the mistake',
      kind: 'apology',
      intents: ['complaint', 'delivery', 'refund', 'outage'],
      text: {
        en: 'I’m sorry: we got {topic} wrong.',
        de: 'Das tut mir leid: Bei {topic} ist bei uns etwas schiefgelaufen.',
        sv: 'Förlåt, {topic} blev fel hos oss.',
      },
    },
    {
      id: 'answer-delivery',
      label: 'Where the parcel is',
      kind: 'answer',
      intents: ['delivery'],
      text: {
        en: 'I’ve checked your order: it’s with the courier and due on [day]. You can follow it here: [link]',
        de: 'Ich habe nachgesehen: Dein Paket ist beim Versanddienst und kommt am [Tag]. Hier kannst du es verfolgen: [Link]',
        sv: 'Jag har kollat din order: den är hos budfirman och kommer på [dag]. Här kan du följa den: [länk]',
      },
    },
    {
      id: 'answer-refund',
      label: 'Refund started',
      kind: 'answer',
      intents: ['refund'],
      text: {
        en: 'I’ve started your refund just now. The money will be back in your account within [3–5] working days.',
        de: 'Ich habe deine Erstattung gerade angestoßen. Das Geld ist in [3–5] Werktagen wieder auf deinem Konto.',
        sv: 'Jag har precis startat din återbetalning. Pengarna är tillbaka på ditt konto inom [3–5] bankdagar.',
      },
    },
    {
      id: 'answer-outage',
      label: 'Known outage',
      kind: 'answer',
      intents: ['outage'],
      text: {
        en: 'You’re right, {topic} isn’t working for some people right now. Our engineers are on it, and I’ll post here as soon as it’s back.',
        de: 'Du hast recht, {topic} funktioniert gerade bei einigen nicht. Unser Technik-Team arbeitet daran, und ich melde mich hier, sobald es wieder läuft.',
        sv: 'Du har rätt, {topic} fungerar inte för alla just nu. Våra tekniker jobbar på det, och jag skriver här så fort det är igång igen.',
      },
    },
    {
      id: 'next-step-private',
      label: 'Move to DM, with the reason',
      kind: 'next-step',
      intents: ['complaint', 'delivery', 'refund'],
      text: {
        en: 'Could you send me your order number in a DM? Then I can look it up without your details being public.',
        de: 'Schickst du mir deine Bestellnummer per DM? Dann kann ich nachsehen, ohne dass deine Daten hier öffentlich stehen.',
        sv: 'Kan du skicka ditt ordernummer i ett DM? Då kan jag kolla utan att dina uppgifter syns här.',
      },
    },
    {
      id: 'next-step-follow-up',
      label: 'When they will hear from you',
      kind: 'next-step',
      text: {
        en: 'I’ll get back to you by [time] with an update.',
        de: 'Ich melde mich bis [Uhrzeit] mit einem Update bei dir.',
        sv: 'Jag hör av mig senast [tid] med en uppdatering.',
      },
    },
    {
      id: 'closing-thanks',
      label: 'Thanks for waiting',
      kind: 'closing',
      intents: ['complaint', 'delivery', 'refund', 'outage'],
      text: {
        en: 'Thanks for bearing with me, {name}.',
        de: 'Danke für deine Geduld, {name}.',
        sv: 'Tack för ditt tålamod, {name}.',
      },
    },
    {
      id: 'closing-enjoy',
      label: 'Enjoy it',
      kind: 'closing',
      intents: ['praise', 'question'],
      text: {
        en: 'Enjoy your [product], {name}.',
        de: 'Viel Freude mit deinem [Produkt], {name}.',
        sv: 'Mycket nöje med din [produkt], {name}.',
      },
    },
  ],
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
        en: 'Hi {name}, thanks for reaching out. I’m looking into your case now, and a colleague from our press team will contact you about anything beyond it.',
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
