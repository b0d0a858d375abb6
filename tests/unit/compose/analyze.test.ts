import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, type Analysis, type CustomerHistory } from '../../../lib/compose';
import { defaultPack, INTENSITIES, INTENTS, LANGUAGES, voicePackSchema } from '../../../lib/voice';

const analyze = (text: string, history?: CustomerHistory): Analysis =>
  analyzeMessage(text, { pack: defaultPack, ...(history ? { history } : {}) });

describe('analyzeMessage: language', () => {
  it.each([
    ['My order still hasn’t arrived, can you check?', 'en'],
    ['Mein Paket ist seit Montag nicht angekommen.', 'de'],
    ['Min order har inte kommit fram än.', 'sv'],
    ['Danke!', 'de'],
    ['Tack!', 'sv'],
  ])('%s → %s', (text, language) => {
    const analysis = analyze(text);
    expect(analysis.language).toBe(language);
    expect(analysis.languageDetected).toBe(true);
  });

  it.each(['???', '😡😡😡', '👍', 'ok'])(
    '%s is too short to tell: the pack default, said so',
    (text) => {
      expect(analyze(text)).toMatchObject({ language: 'en', languageDetected: false });
    },
  );

  it('only chooses among the pack’s languages', () => {
    const pack = voicePackSchema.parse({
      id: 'sv-only',
      name: 'SV',
      version: '1.0.0',
      languages: ['sv'],
    });
    const analysis = analyzeMessage('Where is my parcel? It was due on Monday.', { pack });
    expect(analysis.language).toBe('sv');
  });
});

describe('analyzeMessage: intent (domain first, then the feeling or form as second)', () => {
  it.each([
    // English
    ['Where is my parcel? Ordered on 3 May.', 'delivery', 'question'],
    ['Can I pay with Klarna?', 'question', undefined],
    // Waiting weeks for an answer is a complaint, even when it ends with a question.
    [
      'Three weeks waiting for @Acme to answer about our bulk order. Anyone else?',
      'complaint',
      'question',
    ],
    ['does the winter parka come in petite sizes?', 'question', undefined],
    ['I was charged twice for my subscription', 'refund', undefined],
    ['How do I get a refund?', 'refund', 'question'],
    ['I was charged twice, this is unacceptable', 'refund', 'complaint'],
    ['The app keeps crashing since the update', 'outage', undefined],
    ['Please add dark mode', 'feature-request', undefined],
    ['I can’t log in, the reset email never arrives', 'account', undefined],
    ['You’re all idiots and your company is a joke', 'abuse', undefined],
    ['@haldenstore spotted your new store at Heathrow', 'mention', undefined],
    ['Thank you so much, the jacket is perfect!', 'praise', undefined],
    ['thanks for sorting my refund so quickly', 'praise', undefined],
    ['I love the jacket but the zip broke after two weeks', 'complaint', 'praise'],
    ['I’m not happy with the service', 'complaint', undefined],
    ['great, another delay 🙄', 'delivery', 'complaint'],
    ['this deal is killer', 'praise', undefined],
    ['???', 'question', undefined],
    ['Hello?', 'question', undefined],
    ['thanks!!', 'praise', undefined],
    ['😡😡😡', 'complaint', undefined],
    ['👍', 'praise', undefined],
    // German
    ['Wo bleibt mein Paket? Bestellnummer 889911', 'delivery', 'question'],
    ['Ich möchte mein Geld zurück, doppelt abgebucht!', 'refund', undefined],
    ['Die App stürzt seit dem Update ständig ab', 'outage', undefined],
    ['Bitte einen Dark Mode einbauen', 'feature-request', undefined],
    ['Ich komme nicht in mein Konto, das Passwort zurücksetzen geht nicht', 'account', undefined],
    ['Danke, super Service!', 'praise', undefined],
    ['Ich bin nicht zufrieden mit der Qualität', 'complaint', undefined],
    ['Haltet einfach die Klappe und geht pleite', 'abuse', undefined],
    // Swedish
    ['Var är mitt paket? Ordernummer 55120', 'delivery', 'question'],
    ['Jag vill ha pengarna tillbaka, ni har dragit två gånger', 'refund', undefined],
    ['Appen kraschar efter uppdateringen', 'outage', undefined],
    ['Snälla lägg till mörkt läge', 'feature-request', undefined],
    ['Jag kommer inte in på mitt konto, lösenordet funkar inte', 'account', undefined],
    ['Tack, grymt bra service!', 'praise', undefined],
    ['Tack för ingenting.', 'complaint', undefined],
  ] as const)('%s → %s', (text, intent, secondary) => {
    const analysis = analyze(text);
    expect(analysis.intent).toBe(intent);
    if (secondary) expect(analysis.secondaryIntent).toBe(secondary);
  });
});

describe('analyzeMessage: intensity', () => {
  it.each([
    ['Could you tell me when the sale starts?', 'calm', []],
    ['THIS IS THE BEST VACUUM I HAVE EVER OWNED!!!', 'calm', []],
    ['I’m not happy with the service', 'annoyed', ['negation']],
    ['Ich bin nicht zufrieden mit dem Service', 'annoyed', ['negation']],
    ['Jag är inte nöjd med servicen', 'annoyed', ['negation']],
    ['great, another delay 🙄', 'annoyed', ['sarcasm', 'emoji']],
    ['thanks for nothing', 'annoyed', ['sarcasm']],
    ['Toll gemacht… schon wieder zu spät', 'annoyed', ['sarcasm']],
    ['Tack för ingenting', 'annoyed', ['sarcasm']],
    ['yeah right, “fast” delivery /s', 'annoyed', ['sarcasm']],
    ['I’m so disappointed', 'annoyed', ['intensifier']],
    ['Ich bin total enttäuscht', 'annoyed', ['intensifier']],
    ['Jag är jättebesviken', 'annoyed', ['intensifier']],
    ['???', 'annoyed', ['nudge']],
    ['WHERE IS MY ORDER', 'angry', ['caps']],
    ['WO IST MEINE BESTELLUNG?? SEIT ZWEI WOCHEN NICHTS', 'angry', ['caps']],
    ['This is a disgrace, the worst service ever!!!', 'angry', ['exclamations']],
    ['😡', 'angry', ['emoji']],
    [
      'please help, my kid is crying and I can’t afford to buy it again 😭',
      'distressed',
      ['distress-words'],
    ],
    ['Ich weiß nicht mehr weiter, das war mein letztes Geld', 'distressed', ['distress-words']],
    ['Jag är livrädd och vet inte vad jag ska göra', 'distressed', ['distress-words']],
    ['love it 😀❤️', 'calm', ['emoji']],
    ['my kid loves your dino pyjamas', 'calm', []],
  ] as const)('%s → %s', (text, intensity, signals) => {
    const analysis = analyze(text);
    expect(analysis.intensity).toBe(intensity);
    expect(analysis.signals).toEqual(expect.arrayContaining([...signals]));
  });

  it('puts distress apart from anger: vulnerable is not furious', () => {
    const distressed = analyze('I’m scared, please help, that was my rent money');
    const angry = analyze('This is outrageous, you are thieves and liars!!!');
    expect(distressed.intensity).toBe('distressed');
    expect(angry.intensity).toBe('angry');
  });

  it('scores on the 0–1 scale, rising with anger', () => {
    const calm = analyze('Thanks for the quick reply').intensityScore;
    const annoyed = analyze('Still waiting, a bit frustrating').intensityScore;
    const angry = analyze('ABSOLUTELY UNACCEPTABLE, YOU ARE THIEVES!!! 🤬').intensityScore;
    expect(calm).toBe(0);
    expect(annoyed).toBeGreaterThan(calm);
    expect(angry).toBeGreaterThan(annoyed);
    expect(angry).toBeLessThanOrEqual(1);
  });
});

describe('analyzeMessage: entities', () => {
  it('reads names, order numbers, pack products, dates and e-mails in English', () => {
    const { entities } = analyze(
      'Hi, I’m Jonas. My iphone order #48213 was due last Tuesday, ticket 1234-567. Mail me at jonas@example.com – Maya',
    );
    expect(entities.names).toEqual(['Jonas', 'Maya']);
    expect(entities.orderNumbers).toEqual(['48213', '1234-567']);
    expect(entities.products).toEqual(['iPhone']);
    expect(entities.dates.join(' ')).toContain('last Tuesday');
    expect(entities.emails).toEqual(['jonas@example.com']);
  });

  it('reads German names, order numbers and dates without compromise', () => {
    const { entities } = analyze(
      'Ich heiße Lena und warte seit Montag, am 3. Mai bestellt, Bestellnummer 889911. Zahlung per PayPal. LG Anna',
    );
    expect(entities.names).toEqual(['Lena', 'Anna']);
    expect(entities.orderNumbers).toEqual(['889911']);
    expect(entities.products).toEqual(['PayPal']);
    expect(entities.dates).toEqual(['seit Montag', 'am 3. Mai']);
  });

  it('reads Swedish names, order numbers and dates', () => {
    const { entities } = analyze(
      'Jag heter Erik och beställde den 3 maj, i fredags kom inget. Ordernummer 55120. Mvh Karin',
    );
    expect(entities.names).toEqual(['Erik', 'Karin']);
    expect(entities.orderNumbers).toEqual(['55120']);
    expect(entities.dates).toEqual(['den 3 maj', 'i fredags']);
  });

  it('does not take feelings or roles for names', () => {
    expect(analyze('I’m Furious. I am so done.').entities.names).toEqual([]);
    expect(analyze('Ich bin Kundin seit Jahren').entities.names).toEqual([]);
    expect(analyze('Jag är besviken').entities.names).toEqual([]);
    expect(analyze('May I ask something?').entities.dates).toEqual([]);
  });
});

describe('analyzeMessage: topic, from the agent’s side', () => {
  it.each([
    ['Where is my order?', 'your order'],
    ['My iphone order hasn’t arrived', 'your iphone order'],
    ['The zip on my jacket broke after a week', 'the zip on your jacket'],
    ['Your app keeps crashing', 'the app'],
    ['Mein Paket ist nicht angekommen', 'deinem Paket'],
    ['Meine neue Jacke ist kaputt', 'deiner neuen Jacke'],
    ['Die App stürzt ständig ab', 'der App'],
    ['Min order har inte kommit', 'din order'],
    ['Appen kraschar hela tiden', 'appen'],
    // A name the lexicon cannot know, written with capitals after a determiner.
    ['Is the summer sale still on? Is the Kettle Pro in it?', 'the Kettle Pro'],
    ['My Kettle Pro leaks from the base', 'your Kettle Pro'],
    ['Hej! Mitt Fjällräven Kånken har gått sönder, vad gör jag?', 'ditt Fjällräven Kånken'],
    ['???', ''],
    ['thanks!!', ''],
  ])('%s → “%s”', (text, topic) => {
    expect(analyze(text).topic).toBe(topic);
  });
});

describe('analyzeMessage: escalation', () => {
  it.each([
    ['My lawyer will be in touch', 'legal', 'legal-threat'],
    ['Ich schalte meinen Anwalt ein', 'legal', 'legal-threat'],
    ['Jag kontaktar min advokat', 'legal', 'legal-threat'],
    ['The charger caught fire and burned my hand', 'safety', 'safety-injury'],
    ['Das Ladegerät hat Feuer gefangen', 'safety', 'safety-injury'],
    ['Laddaren började brinna', 'safety', 'safety-injury'],
    ['My daughter had an allergic reaction to the sunscreen', 'safety', 'safety-injury'],
    ['I know where you live', 'harassment', 'abusive-customer'],
    ['Ich weiß, wo du wohnst', 'harassment', 'abusive-customer'],
    ['Jag vet var du bor', 'harassment', 'abusive-customer'],
    [
      'Your driver keeps texting me since he dropped off my parcel',
      'harassment',
      'abusive-customer',
    ],
    ['I don’t want to be here anymore', 'self-harm', 'self-harm'],
    ['honestly everyone would be better off without me', 'self-harm', 'self-harm'],
    ['Ich will nicht mehr leben', 'self-harm', 'self-harm'],
    ['Jag vill inte leva längre', 'self-harm', 'self-harm'],
    ['I’m a journalist writing a story about your delivery delays', 'press', 'media-influencer'],
    ['Going to post this for my 40k followers', 'press', 'media-influencer'],
    ['Ich bin Journalistin und schreibe einen Artikel darüber', 'press', 'media-influencer'],
    ['Jag har 180k följare', 'press', 'media-influencer'],
    ['I got someone else’s order with their home address', 'privacy', 'privacy-data'],
    ['Someone took over my account and changed the email', 'privacy', 'privacy-data'],
    ['Ich habe eine fremde Bestellung bekommen', 'privacy', 'privacy-data'],
    ['Jag fick någon annans order', 'privacy', 'privacy-data'],
  ])('%s → %s (%s)', (text, cue, playbook) => {
    const match = analyze(text).escalation.find((m) => m.cue === cue);
    expect(match?.evidence).toBeTruthy();
    expect(match?.playbook?.id).toBe(playbook);
  });

  it.each([
    'this deal is killer',
    'I’m dying to try it',
    'the press release was confusing',
    'my data plan ran out',
    'I could kill for a coffee',
    'the battery is on fire today lol',
    'I’m dead 😂',
    'send help 😅',
    'not gonna sue anyone over it',
    'your privacy policy is readable',
    'please delete my account',
    'Hab mir die Knoblauchpresse gekauft, Presse ist top',
    'ich sterbe vor Lachen',
    'jag dör 😂',
    'mördarbra',
    'Any news on my order?',
    'Hi, this is Sue from Leeds',
    'Where is my parcel? It’s been a week',
  ])('no false alarm: %s', (text) => {
    expect(analyze(text).escalation).toEqual([]);
  });

  it('copies the playbook with the holding reply in the message’s language, placeholders as written', () => {
    const [match] = analyze('Ich schalte meinen Anwalt ein').escalation;
    expect(match?.playbook).toMatchObject({
      id: 'legal-threat',
      severity: 'high',
      handOffTo: 'Legal',
      holdingReply: expect.stringMatching(/^Hallo \{name\}, es tut mir leid/),
    });
    expect(match?.playbook?.steps.length).toBeGreaterThan(0);
  });

  it('orders the cues by severity, critical first', () => {
    const cues = analyze(
      'My lawyer says I should go to the press, the charger burned my hand and I don’t want to be here anymore',
    ).escalation.map((m) => m.cue);
    expect(cues.slice(0, 2).sort()).toEqual(['safety', 'self-harm']);
    expect(cues.indexOf('legal')).toBeGreaterThan(1);
    expect(cues.indexOf('press')).toBeGreaterThan(cues.indexOf('legal'));
  });

  it('escalates a third unresolved contact from memory', () => {
    expect(analyze('Any update?', { conversations: 2, unresolved: 1 }).escalation).toEqual([]);
    const [match] = analyze('Any update?', { conversations: 4, unresolved: 2 }).escalation;
    expect(match).toMatchObject({ cue: 'repeat-contact', playbook: { id: 'repeat-contact' } });
    expect(match?.evidence).toMatch(/3/);
  });

  it('uses the pack’s own triggers, on word boundaries, and still warns without a playbook', () => {
    const pack = voicePackSchema.parse({
      id: 'custom',
      name: 'Custom',
      version: '1.0.0',
      languages: ['en'],
      escalation: [
        {
          id: 'recall',
          label: 'Product recall',
          cues: ['safety'],
          severity: 'critical',
          triggers: { en: ['KX2 kettle'] },
          steps: ['Send the recall notice.'],
        },
      ],
    });
    const hit = analyzeMessage('the lid of my kx2 kettle is loose', { pack });
    expect(hit.escalation).toMatchObject([
      { cue: 'safety', evidence: 'kx2 kettle', playbook: { id: 'recall', severity: 'critical' } },
    ]);
    expect(analyzeMessage('my KX20 kettles are fine', { pack }).escalation).toEqual([]);
    const bare = voicePackSchema.parse({
      id: 'bare',
      name: 'Bare',
      version: '1.0.0',
      languages: ['en'],
    });
    const [match] = analyzeMessage('I will sue you', { pack: bare }).escalation;
    expect(match).toEqual({ cue: 'legal', evidence: 'sue you' });
  });

  it('starts a minIntensity playbook only for a furious message', () => {
    const furious = analyze('YOU FUCKING IDIOTS, THIEVES, LIARS!!! 🤬🤬');
    expect(furious.intensityScore).toBeGreaterThanOrEqual(0.9);
    expect(furious.escalation.map((m) => m.cue)).toContain('harassment');
    const annoyed = analyze('This is the third delay, really not good enough');
    expect(annoyed.escalation.filter((m) => m.cue === 'harassment')).toEqual([]);
  });
});

describe('analyzeMessage: any input', () => {
  const valid = (analysis: Analysis) => {
    expect(LANGUAGES).toContain(analysis.language);
    expect(INTENTS).toContain(analysis.intent);
    expect(INTENSITIES).toContain(analysis.intensity);
    expect(analysis.intensityScore).toBeGreaterThanOrEqual(0);
    expect(analysis.intensityScore).toBeLessThanOrEqual(1);
    expect(analysis.secondaryIntent).not.toBe(analysis.intent);
    expect(typeof analysis.topic).toBe('string');
  };

  it('returns a valid analysis for any string up to 2,000 characters (emoji, RTL, control characters)', () => {
    const pieces = fc.constantFrom(
      '😡',
      '😭',
      '🙄',
      '❤️',
      '👍🏽',
      '‮',
      '\u200f',
      'مرحبا',
      'שלום',
      '\u0000',
      '\t',
      '\n',
      '!!!',
      '???',
      'my order',
      'Paket',
      'nicht',
      'inte',
      'lawyer',
      '#48213',
      'a@b.se',
      ' ',
      'I’m Jonas',
      '– Maya',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 2000, unit: 'grapheme' }),
      fc.array(pieces, { maxLength: 200 }).map((parts) => parts.join('').slice(0, 2000)),
    );
    fc.assert(
      fc.property(text, (t) => {
        valid(analyze(t, { conversations: 3, unresolved: 2 }));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    const text = 'WHERE IS MY PARCEL?!? Order #48213, since last Tuesday. – Maya';
    expect(analyze(text)).toEqual(analyze(text));
  });
});
