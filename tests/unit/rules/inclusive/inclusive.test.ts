import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../lib/voice/schema';
import { defaultPack } from '../../../../lib/voice';
import { check } from '../../../../lib/rules';

/** Inclusive findings as `ruleId:"excerpt"`, the readable form for table tests. */
function inclusive(text: string, language: Language): string[] {
  return check(text, defaultPack, { language })
    .filter((f) => f.category === 'inclusive')
    .map((f) => `${f.ruleId}:"${text.slice(f.start, f.end)}"`);
}

describe('inclusive wording in real replies', () => {
  it.each<readonly [Language, string, string[]]>([
    [
      'en',
      'Thanks guys, that was a lame bug and our devs were crazy busy.',
      [
        'inclusive.gendered:"Thanks guys"',
        'inclusive.ableist:"lame"',
        'inclusive.ableist:"crazy busy"',
      ],
    ],
    ['en', 'Our chairman will reply tomorrow.', ['inclusive.gendered:"chairman"']],
    [
      'en',
      'Our wheelchair-bound guests can use the side entrance.',
      ['inclusive.ableist:"wheelchair-bound"'],
    ],
    [
      'en',
      'Obviously you need to restart it. Simply press the button.',
      ['inclusive.condescending:"Obviously"', 'inclusive.condescending:"Simply"'],
    ],
    ['en', 'Please add us to the whitelist.', ['inclusive.racial:"whitelist"']],
    [
      'en',
      'What the hell, this is bullshit.',
      ['inclusive.profanity:"What the hell"', 'inclusive.profanity:"bullshit"'],
    ],
    ['en', 'Nobody should commit suicide over a bill.', ['inclusive.suicide:"commit suicide"']],
    ['de', 'Liebe Kunden, der Shop ist wieder da.', ['inclusive.gendered:"Liebe Kunden"']],
    ['de', 'Das ist doch behindert.', ['inclusive.ableist:"ist doch behindert"']],
    [
      'de',
      'Wie bereits erwähnt, ist das ganz einfach.',
      ['inclusive.condescending:"Wie bereits erwähnt"', 'inclusive.condescending:"ganz einfach"'],
    ],
    ['de', 'Das ist echt scheiße gelaufen.', ['inclusive.profanity:"scheiße"']],
    ['de', 'Er hat Selbstmord begangen.', ['inclusive.suicide:"Selbstmord begangen"']],
    [
      'sv',
      'Han är rullstolsbunden och dövstum.',
      ['inclusive.ableist:"rullstolsbunden"', 'inclusive.ableist:"dövstum"'],
    ],
    ['sv', 'Det var jävligt dåligt av oss.', ['inclusive.profanity:"jävligt"']],
    ['sv', 'Som sagt är paketet på väg.', ['inclusive.condescending:"Som sagt"']],
    ['sv', 'Det var ett rent självmordsuppdrag.', ['inclusive.suicide:"självmordsuppdrag"']],
    ['sv', 'Han pratade om självmordsbombare.', ['inclusive.suicide:"självmordsbombare"']],
  ])('%s: %s', (language, text, expected) => {
    expect(inclusive(text, language)).toEqual(expected);
  });

  it.each<readonly [Language, string]>([
    ['en', "Hi Sam, I'm sorry the order is late: a new one ships today and arrives Friday."],
    ['en', 'Our blind and partially sighted customers can use the screen reader mode.'],
    ['en', "I'm a big fan of the blind spot mirror on the new model."],
    ['en', 'Thanks, everyone: the fix is live for all accounts.'],
    ['en', 'The master bedroom set ships in two boxes.'],
    ['de', 'Hallo Jana, tut mir leid, dass das Paket fehlt. Ich schicke heute ein neues.'],
    ['de', 'Das Paket kommt morgen, versprochen. Viele Grüße, Anna'],
    ['sv', 'Hej Åsa, förlåt att paketet är sent! Jag skickar ett nytt i dag.'],
    // The crisis line's own name, which a self-harm holding reply gives.
    ['sv', 'Du behöver inte vara ensam: ring Självmordslinjen på 90101.'],
    ['sv', 'Jag är ett stort fan av er nya jacka.'],
    ['sv', 'Tack för tipset, vi fixar det till nästa version.'],
  ])('leaves a good reply alone (%s): %s', (language, text) => {
    expect(inclusive(text, language)).toEqual([]);
  });

  it.each<readonly [Language, string, string]>([
    ['en', 'Damn, that parcel is late.', 'warning'],
    ['en', 'What the hell, this is late.', 'warning'],
    ['en', 'That was bullshit of us.', 'error'],
    ['de', 'Das ist verdammt ärgerlich.', 'warning'],
    ['de', 'Das ist echt scheiße gelaufen.', 'error'],
  ])('mild swearing is a warning, the rest an error (%s): %s', (language, text, severity) => {
    const found = check(text, defaultPack, { language }).filter(
      (f) => f.ruleId === 'inclusive.profanity',
    );
    expect(found.map((f) => f.severity)).toEqual([severity]);
  });

  it('offers the alternative as a one-click fix that keeps German capitalisation right', () => {
    const text = 'Er hat Selbstmord begangen.';
    const [finding] = check(text, defaultPack, { language: 'de' }).filter(
      (f) => f.ruleId === 'inclusive.suicide',
    );
    expect(finding!.fixes[0]!.replacement).toBe('sich das Leben genommen');
  });
});

describe('the customer’s own name or handle', () => {
  const text = 'Hi bluesky.babe, thanks babe, the fix is live.';
  const flagged = (customerName?: string) =>
    check(text, defaultPack, { language: 'en', ...(customerName ? { customerName } : {}) })
      .filter((f) => f.category === 'inclusive')
      .map((f) => `${f.ruleId}@${f.start}`);

  it('is never flagged: the reply has to greet them by it', () => {
    expect(flagged()).toEqual(['inclusive.gendered@11', 'inclusive.gendered@24']);
    expect(flagged('bluesky.babe')).toEqual(['inclusive.gendered@24']);
    expect(flagged('BlueSky.Babe')).toEqual(['inclusive.gendered@24']);
  });
});
