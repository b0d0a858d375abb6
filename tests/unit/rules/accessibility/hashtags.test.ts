import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../lib/voice/schema';
import { applyFix, excerpts, findingsOf, makePack } from '../helpers';

const pack = makePack();
const CASE = 'accessibility.hashtag-case';
const COUNT = 'accessibility.hashtag-count';
const PLACEMENT = 'accessibility.hashtag-placement';

describe('accessibility.hashtag-case', () => {
  it.each([
    ['en', 'Deals all weekend #blackfriday', '#blackfriday', '#BlackFriday'],
    ['en', 'Thanks for your patience! #customerservice', '#customerservice', '#CustomerService'],
    ['en', 'We are open as usual #staysafe', '#staysafe', '#StaySafe'],
    ['en', 'Join the team #wearehiring', '#wearehiring', '#WeAreHiring'],
    ['en', 'Last orders before the holidays #happynewyear', '#happynewyear', '#HappyNewYear'],
    ['en', 'SALE ends tonight #BLACKFRIDAY', '#BLACKFRIDAY', '#BlackFriday'],
    ['en', 'Your new tips #Customerservice', '#Customerservice', '#CustomerService'],
    ['en', 'See you there #summersale2024', '#summersale2024', '#SummerSale2024'],
    ['de', 'Danke für deine Treue #frohesfest', '#frohesfest', '#FrohesFest'],
    [
      'de',
      'Wir sind auch an den Feiertagen da #frohesneuesjahr',
      '#frohesneuesjahr',
      '#FrohesNeuesJahr',
    ],
    ['de', 'Pass auf dich auf #bleibtgesund', '#bleibtgesund', '#BleibtGesund'],
    ['de', 'Nur heute im Shop #blackfriday', '#blackfriday', '#BlackFriday'],
    ['sv', 'Vi har öppet hela helgen #trevlighelg', '#trevlighelg', '#TrevligHelg'],
    ['sv', 'Vi önskar er alla #gladpåsk', '#gladpåsk', '#GladPåsk'],
    ['sv', 'Vi hörs nästa år #gottnyttår', '#gottnyttår', '#GottNyttÅr'],
  ] as const)('%s: %s', (language, text, excerpt, fixed) => {
    const findings = findingsOf(CASE, text, pack, { language: language as Language });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([excerpt]);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.fixes).toHaveLength(1);
    expect(applyFix(text, findings[0]!.fixes[0]!)).toBe(text.replace(excerpt, fixed));
  });

  it.each([
    ['en', 'Your order #12345 ships today'],
    ['en', "We're #1 in customer care"],
    ['en', 'Thanks for reaching out #support'],
    ['en', 'Deals all weekend #BlackFriday'],
    ['en', 'Glad to help #AcmeCares'],
    ['en', 'Tips for your new phone #iPhoneTips'],
    ['en', 'Proud of this #sustainability'],
    ['en', 'Thank you #friendship #leadership #together #weekend'],
    ['en', 'New post #password #newsletter #everything #important #therapist'],
    ['en', 'Stay tuned #covid19'],
    ['en', 'Ticket #INC0012345 is open'],
    ['en', 'Read it at https://acme.com/page#lowercasesection'],
    ['en', 'Written already #black_friday'],
    ['de', 'Danke für deine Nachricht #kundenservice'],
    ['de', 'Frohe Feiertage #weihnachten #gewinnspiel'],
    ['de', 'So geht es weiter #nachhaltigkeit #zusammenarbeit #kundendienst'],
    ['de', 'Ab morgen im Angebot #schnellversand #onlineshop'],
    ['sv', 'Tack för att du hörde av dig #kundtjänst'],
    ['sv', 'Vi jobbar på det #hållbarhet #tillsammans #fredagsmys'],
  ] as const)('%s: no finding in %s', (language, text) => {
    expect(excerpts(CASE, text, pack, { language: language as Language })).toEqual([]);
  });

  // Common long words that a naive dictionary split would cut up: separable verbs and compounds
  // in German and Swedish ("mit|kommen", "för|söker"), suffixes ("mensch|heit", "stanna|de") and
  // English closed compounds and derivations ("data|base", "product|i|on").
  it.each([
    [
      'en',
      'production database homepage overview newspaper afternoon foundation becoming visitors',
    ],
    ['en', 'connector projector everyday workplace highlights classification installation'],
    ['de', 'willkommen beispiel mitkommen weitermachen menschheit kindheit bekommen solltest'],
    ['de', 'abendessen großmutter tagebuch autobahn feierabend datenbank zeitplan supermarkt'],
    ['de', 'freundin schneller einfacher anwesend studentin resultat überleben jederzeit'],
    ['sv', 'försöker eftersom överallt meningen personer underbar hotellet givetvis smartare'],
    ['sv', 'stannade startade handlade behandla undersöka beställde förhållande barnbarn'],
  ] as const)('%s: no finding for single words: %s', (language, words) => {
    const text = words
      .split(' ')
      .map((w) => `#${w}`)
      .join(' ');
    expect(excerpts(CASE, text, pack, { language: language as Language })).toEqual([]);
  });

  it('gives a hint without a fix for a long English tag it cannot split', () => {
    const text = 'Big news #internationalization';
    const [finding] = findingsOf(CASE, text, pack, { language: 'en' });
    expect(text.slice(finding!.start, finding!.end)).toBe('#internationalization');
    expect(finding!.severity).toBe('suggestion');
    expect(finding!.fixes).toEqual([]);
  });

  it("uses the pack's spelling of a vocabulary term", () => {
    const text = 'New tricks for your phone #iphonetips';
    const [finding] = findingsOf(CASE, text, makePack({ vocabulary: { terms: ['iPhone'] } }), {
      language: 'en',
    });
    expect(finding!.fixes[0]!.replacement).toBe('#iPhoneTips');
  });

  it('splits a brand name from the pack', () => {
    const text = 'Thanks for the love #acmecares';
    expect(excerpts(CASE, text, pack, { language: 'en' })).toEqual([]);
    const [finding] = findingsOf(CASE, text, makePack({ vocabulary: { terms: ['Acme'] } }), {
      language: 'en',
    });
    expect(finding!.fixes[0]!.replacement).toBe('#AcmeCares');
  });
});

describe('accessibility.hashtag-count', () => {
  it('flags every hashtag past the limit', () => {
    const text = 'Your replacement ships today! #CustomerCare #Support #Help #Acme';
    expect(excerpts(COUNT, text, pack, { language: 'en' })).toEqual(['#Help', '#Acme']);
    const [finding] = findingsOf(COUNT, text, pack, { language: 'en' });
    expect(finding!.message).toContain('4 hashtags');
  });

  it('follows the pack limit', () => {
    const text = 'Done! #AcmeCares';
    expect(excerpts(COUNT, text, makePack({ readability: { maxHashtags: 0 } }))).toEqual([
      '#AcmeCares',
    ]);
  });

  it.each([
    'Your order #12345 ships today, #AcmeCares',
    'Gern geschehen! #Kundenservice #Danke',
    'Order #1, order #2, order #3 and #4 all ship today',
    'Email us at hello@acme.com or see acme.com/#faq',
  ])('no finding in %s', (text) => {
    expect(excerpts(COUNT, text, pack)).toEqual([]);
  });
});

describe('accessibility.hashtag-placement', () => {
  it.each([
    ['en', 'Our #support team will call you today.', '#support', 'support'],
    ['en', 'Check out our #BlackFriday deals today.', '#BlackFriday', 'Black Friday'],
    ['de', 'Unser #Kundenservice ruft dich heute an.', '#Kundenservice', 'Kundenservice'],
    ['sv', 'Vår #kundtjänst ringer dig i dag.', '#kundtjänst', 'kundtjänst'],
  ] as const)('%s: a hashtag inside a sentence: %s', (language, text, excerpt, plain) => {
    const [finding, ...rest] = findingsOf(PLACEMENT, text, pack, { language });
    expect(rest).toEqual([]);
    expect(text.slice(finding!.start, finding!.end)).toBe(excerpt);
    expect(applyFix(text, finding!.fixes[0]!)).toBe(text.replace(excerpt, plain));
  });

  it('moves a block of hashtags before the message to the end', () => {
    const text = '#Update #Outage The app works again. Thanks for waiting!';
    const [finding] = findingsOf(PLACEMENT, text, pack, { language: 'en' });
    expect(text.slice(finding!.start, finding!.end)).toBe('#Update #Outage');
    expect(applyFix(text, finding!.fixes[0]!)).toBe(
      'The app works again. Thanks for waiting! #Update #Outage',
    );
  });

  it('moves a block in the middle to the end', () => {
    const text = 'Sorry about that. #Störung #Update\nDie App läuft wieder.';
    const [finding] = findingsOf(PLACEMENT, text, pack, { language: 'de' });
    expect(text.slice(finding!.start, finding!.end)).toBe('#Störung #Update');
    expect(applyFix(text, finding!.fixes[0]!)).toBe(
      'Sorry about that.\nDie App läuft wieder. #Störung #Update',
    );
  });

  it.each([
    'Glad I could help! #AcmeCares',
    'Glad I could help! #AcmeCares #Support',
    'Glad I could help! #AcmeCares ^JS',
    'Glad I could help! 🙌 #AcmeCares',
    'Your order #12345 ships today.',
    "We're #1 for a reason.",
    'Happy to help #AcmeCares. Anything else, just reply here.',
    'Tack för att du väntade! #Kundtjänst',
    'Details: https://acme.com/help#returns are here',
  ])('no finding in %s', (text) => {
    expect(excerpts(PLACEMENT, text, pack, { language: 'en' })).toEqual([]);
  });
});
