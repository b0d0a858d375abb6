import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../lib/voice/schema';
import { applyFix, excerpts, findingsOf, makePack } from '../helpers';

const pack = makePack();
const FANCY = 'accessibility.fancy-text';
const CAPS = 'accessibility.all-caps';
const ALTERNATING = 'accessibility.alternating-case';
const EMOTICON = 'accessibility.emoticon';

function onlyFix(ruleId: string, text: string, language: Language) {
  const findings = findingsOf(ruleId, text, pack, { language });
  expect(findings).toHaveLength(1);
  const [finding] = findings;
  return {
    excerpt: text.slice(finding!.start, finding!.end),
    fixed: finding!.fixes[0] ? applyFix(text, finding!.fixes[0]) : undefined,
  };
}

describe('accessibility.fancy-text', () => {
  it.each([
    ['en', '𝐅𝐫𝐞𝐞 𝐫𝐞𝐭𝐮𝐫𝐧𝐬 on every order', '𝐅𝐫𝐞𝐞 𝐫𝐞𝐭𝐮𝐫𝐧𝐬', 'Free returns on every order'],
    ['en', 'Please 𝘳𝘦𝘢𝘥 this first', '𝘳𝘦𝘢𝘥', 'Please read this first'],
    ['en', '𝒫𝓁ℯ𝒶𝓈ℯ 𝓇ℯ𝒶𝒹 the terms', '𝒫𝓁ℯ𝒶𝓈ℯ 𝓇ℯ𝒶𝒹', 'Please read the terms'],
    ['en', 'Welcome to Ⓐⓒⓜⓔ', 'Ⓐⓒⓜⓔ', 'Welcome to Acme'],
    ['en', '🅷🅴🅻🅻🅾 there', '🅷🅴🅻🅻🅾', 'HELLO there'],
    ['en', 'ᵗʰᵃⁿᵏ ʸᵒᵘ for waiting', 'ᵗʰᵃⁿᵏ ʸᵒᵘ', 'thank you for waiting'],
    ['en', 'A real ᴇxᴀᴍᴘʟᴇ here', 'ᴇxᴀᴍᴘʟᴇ', 'A real example here'],
    ['de', 'Ｋｏｓｔｅｎｌｏｓｅ Rücksendung', 'Ｋｏｓｔｅｎｌｏｓｅ', 'Kostenlose Rücksendung'],
    ['de', 'Jetzt 𝐠𝐫𝐚𝐭𝐢𝐬 testen', '𝐠𝐫𝐚𝐭𝐢𝐬', 'Jetzt gratis testen'],
    ['sv', 'ꜰʀɪ ꜰʀᴀᴋᴛ på allt', 'ꜰʀɪ ꜰʀᴀᴋᴛ', 'fri frakt på allt'],
    ['sv', '𝗥𝗲𝗮 på allt i 𝗵𝗲𝗹𝗴', '𝗥𝗲𝗮', 'Rea på allt i 𝗵𝗲𝗹𝗴'],
  ] as const)('%s: %s', (language, text, excerpt, fixed) => {
    const findings = findingsOf(FANCY, text, pack, { language: language as Language });
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(excerpt);
    expect(applyFix(text, findings[0]!.fixes[0]!)).toBe(fixed);
  });

  it.each([
    'The IPA for "bit" is bɪt',
    'You are 1ˢᵗ in line',
    'CO₂ neutral shipping, 20 m² and 5 °C',
    'Naïve café in Malmö, Straße, Ærø',
    'ʕ•ᴥ•ʔ',
    'Acme™ and Acme® are ours',
    '日本語のお問い合わせ！ありがとうございます。',
    'ℹ️ Info: your order ships today',
  ])('no finding in %s', (text) => {
    expect(excerpts(FANCY, text, pack)).toEqual([]);
  });
});

describe('accessibility.all-caps', () => {
  it.each([
    ['en', 'Your order is SHIPPING TODAY.', 'SHIPPING TODAY', 'Your order is shipping today.'],
    ['en', 'FREE SHIPPING on all orders', 'FREE SHIPPING', 'Free shipping on all orders'],
    ['en', 'This is AMAZING news', 'AMAZING', 'This is amazing news'],
    ['en', 'I LOVE IT, thanks!', 'I LOVE IT', 'I love it, thanks!'],
    ['en', 'URGENT: please call us', 'URGENT', 'Urgent: please call us'],
    ['de', 'Ihre Bestellung ist KOSTENLOS.', 'KOSTENLOS', undefined],
    ['de', 'Heute KOSTENLOSER VERSAND für alle', 'KOSTENLOSER VERSAND', undefined],
    ['de', 'VIELEN DANK für deine Geduld', 'VIELEN DANK', 'Vielen Dank für deine Geduld'],
    ['sv', 'Din order SKICKAS IDAG.', 'SKICKAS IDAG', 'Din order skickas idag.'],
    ['sv', 'STORT TACK för ditt tålamod', 'STORT TACK', 'Stort tack för ditt tålamod'],
  ] as const)('%s: %s', (language, text, excerpt, fixed) => {
    expect(onlyFix(CAPS, text, language)).toEqual({ excerpt, fixed });
  });

  it('writes vocabulary terms the way the pack spells them', () => {
    const text = 'Buy the NEW IPHONE today';
    const withTerms = makePack({ vocabulary: { terms: ['iPhone'] } });
    const [finding] = findingsOf(CAPS, text, withTerms, { language: 'en' });
    expect(applyFix(text, finding!.fixes[0]!)).toBe('Buy the new iPhone today');
  });

  it.each([
    ['en', 'Our CEO and CFO will reply'],
    ['en', 'NASA uses it too'],
    ['en', 'Per UK GDPR rules we delete it'],
    ['en', 'We are SO sorry'],
    ['en', 'Order via the iPhone app'],
    ['en', 'Send it via DHL or UPS ASAP'],
    ['en', 'Your IBAN and BIC, please'],
    ['en', 'See the FAQ at https://acme.com/FAQ-HELP-PAGE'],
    ['en', 'Thanks @ACME_SUPPORT #BLACKFRIDAY'],
    ['en', 'Use code SUMMER24 at checkout, ref A12345'],
    ['de', 'Laut DSGVO und AGB der GmbH'],
    ['sv', 'Kontakta oss via SMS eller BankID'],
  ] as const)('%s: no finding in %s', (language, text) => {
    expect(excerpts(CAPS, text, pack, { language: language as Language })).toEqual([]);
  });

  it('skips brand terms written in capitals in the pack', () => {
    const text = 'Welcome to ACMEWORLD';
    expect(excerpts(CAPS, text, pack, { language: 'en' })).toEqual(['ACMEWORLD']);
    expect(excerpts(CAPS, text, makePack({ vocabulary: { terms: ['ACMEWORLD'] } }))).toEqual([]);
  });
});

describe('accessibility.alternating-case', () => {
  it.each([
    ['en', 'oH sUrE, wE lOvE wAiTiNg', 'oH sUrE, wE lOvE wAiTiNg', 'Oh sure, we love waiting'],
    ['en', 'Well sPoNgEbOb says hi', 'sPoNgEbOb', 'Well spongebob says hi'],
    ['en', 'Sure, tHiS iS fine', 'tHiS iS', 'Sure, this is fine'],
    ['sv', 'jA sÄkErT', 'jA sÄkErT', 'Ja säkert'],
  ] as const)('%s: %s', (language, text, excerpt, fixed) => {
    expect(onlyFix(ALTERNATING, text, language)).toEqual({ excerpt, fixed });
  });

  it.each([
    'Order via the iPhone app on iOS',
    'Watch it on YouTube or at McDonald and eBay',
    'Share it on LinkedIn, PowerPoint, PayPal, JavaScript, GoPro, MySQL',
    'We use LaTeX for invoices',
    'Hi Anna, OK, tHe end',
    'Visit DeLorean and LaGuardia',
  ])('no finding in %s', (text) => {
    expect(excerpts(ALTERNATING, text, pack, { language: 'en' })).toEqual([]);
  });
});

describe('accessibility.emoticon', () => {
  it.each([
    ['en', 'Glad we could help :)', ':)', 'Glad we could help 🙂'],
    ['en', 'Thanks:D', ':D', 'Thanks😄'],
    ['en', 'Oh no :( sorry', ':(', 'Oh no 🙁 sorry'],
    ['en', 'lol xD', 'xD', 'lol 😄'],
    ['en', 'Yes :-)) great', ':-))', 'Yes 🙂 great'],
    ['en', 'ok ^^', '^^', 'ok 😊'],
    ['de', 'Gern geschehen ;-)', ';-)', 'Gern geschehen 😉'],
    ['sv', 'Tack för tålamodet <3', '<3', 'Tack för tålamodet ❤️'],
    ['en', 'No idea why ¯\\_(ツ)_/¯', '¯\\_(ツ)_/¯', 'No idea why 🤷'],
  ] as const)('%s: %s', (language, text, excerpt, fixed) => {
    expect(onlyFix(EMOTICON, text, language)).toEqual({ excerpt, fixed });
  });

  it.each([
    ['Not again (╯°□°)╯︵ ┻━┻ sorry', '(╯°□°)╯︵ ┻━┻'],
    ['Hmm ( ͡° ͜ʖ ͡°) ok', '( ͡° ͜ʖ ͡°)'],
    ['ಠ_ಠ really', 'ಠ_ಠ'],
  ])('text art: %s', (text, excerpt) => {
    const [finding] = findingsOf(EMOTICON, text, pack, { language: 'en' });
    expect(text.slice(finding!.start, finding!.end)).toBe(excerpt);
    expect(finding!.fixes.at(-1)!.label).toBe('Remove it');
  });

  it.each([
    'Meet us at 10:30',
    'Call at 3:30 or 15:45',
    'Ratio 1:3 and 16:9',
    'See http://acme.com/x and https://acme.com/:id',
    'Step a) open the app, b) tap Help',
    '8) Restart the router',
    'Delivery in <3 days',
    'It is 20°C today',
    'it´s fine',
    'Note: Dear customer',
    'C:\\Users\\me',
    'Sign-off ^JS',
    'Price: $5',
    'Acme :: Help',
    'Shopツ',
  ])('no finding in %s', (text) => {
    expect(excerpts(EMOTICON, text, pack, { language: 'en' })).toEqual([]);
  });
});
