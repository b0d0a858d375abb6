import { describe, expect, it } from 'vitest';
import { check } from '../../../../lib/rules';
import type { Language } from '../../../../lib/voice/schema';
import { makePack } from '../helpers';

const pack = makePack({ vocabulary: { terms: ['iPhone', 'PostNord', 'Acme'] } });

// Real-world replies that an accessibility check must leave alone: false alarms cost trust.
const CLEAN: [Language, string][] = [
  ['en', 'Your order #12345 ships today'],
  ['en', 'Meet us at 10:30 or 3:30, whichever suits you.'],
  ['en', "We're #1 in customer care thanks to you."],
  ['en', 'Order via the iPhone app, it takes a minute.'],
  ['en', 'Our CEO and CFO will both be at NASA tomorrow.'],
  ['en', 'Step a) open Settings, step b) tap Account.'],
  ['en', 'Glad I could help! #AcmeCares'],
  ['en', 'Your refund is on its way 🎉'],
  [
    'en',
    "Hi Sam, I'm so sorry your order hasn't arrived yet. I've checked and it's with DHL, due tomorrow before 6pm. I'll keep an eye on it for you ^JS",
  ],
  [
    'en',
    'Hey Priya 👋 thanks for flagging this! Our app team fixed the login bug in version 4.2.1 – could you update and try again? Let me know how it goes 🙂',
  ],
  [
    'en',
    "Hi Tom, that's not the experience we want for you. Can you DM me your order number (e.g. #A12345) so I can sort a refund today?",
  ],
  [
    'en',
    'Good news: the outage is over and everything is back to normal. Sorry for the trouble this morning! Status page: https://status.acme.com',
  ],
  ['en', 'Q: When do you ship? A: Mon–Fri, 9:00–17:00 CET.'],
  [
    'de',
    'Hallo Jana, das tut mir wirklich leid! Dein Paket liegt im Depot und kommt morgen bis 12 Uhr. Hier kannst du es verfolgen: https://acme.de/track ^MK',
  ],
  [
    'de',
    'Hi Max, danke für dein Feedback 😊 Ich habe es an unser Produktteam weitergegeben. Melde dich gern, wenn noch etwas ist!',
  ],
  [
    'de',
    'Guten Morgen! Die Störung ist behoben, alle Systeme laufen wieder. Sorry für die Unannehmlichkeiten heute früh. #Kundenservice',
  ],
  ['de', 'Die Kundenzufriedenheit ist uns wichtig, z.B. bei Rücksendungen. #kundenservice'],
  [
    'sv',
    'Hej Anna! Vad tråkigt att paketet är försenat 😕 Jag har kollat med PostNord och det kommer i morgon före kl. 12. Hör av dig om något mer dyker upp! /Elin',
  ],
  [
    'sv',
    'Tack för att du hörde av dig, Erik! Skicka ditt ordernummer i DM så löser jag en ny leverans direkt, t.ex. till ett ombud nära dig.',
  ],
  ['sv', 'Hej! Vi har öppet 9–17 på vardagar. Läs mer på acme.se/kundtjanst 🙌'],
  ['sv', 'Smörgåsar, äppelpaj och kanelbullar finns på vårt café i Malmö. #kundtjänst'],
];

describe('real replies with no accessibility finding', () => {
  it.each(CLEAN)('%s: %s', (language, text) => {
    const findings = check(text, pack, { language }).filter((f) =>
      f.ruleId.startsWith('accessibility.'),
    );
    expect(findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});
