/**
 * The texts every engine in the rules section runs on. Deterministic: the same characters on
 * every run and every machine, so figures can be compared across commits.
 */

/**
 * A realistic public reply on X, 280 UTF-16 code units, with a few things for every engine to
 * find: a form-letter apology, a non-apology, deflection to e-mail, shouting, a run of
 * exclamation marks, a repeated emoji, an all-lower-case hashtag, "guys" and "crazy" (retext-equality),
 * "was damaged" and "really" (write-good).
 */
export const REPLY_280 =
  "Hey guys! We apologize for any inconvenience. I'm sorry you feel that way, but the order " +
  'was damaged by the courier and that is our policy. Please email support@acme-example.com ' +
  'and we will look into it ASAP!!! SO SORRY for this crazy delay, it is really not okay 🙏🙏🙏 #acmecare';

/**
 * Customer-care replies as they pile up in a thread or a day's queue: some good, some with
 * the usual problems (form letters, deflection, exclusionary words, shouting, emoji walls,
 * link shorteners, "click here", hashtags in the middle, long sentences).
 */
export const REPLIES: readonly string[] = [
  "Hi Maria, I'm sorry your order arrived damaged. That's not the experience we want for you. " +
    "I've asked the warehouse to send a replacement today, and you'll get a tracking link by " +
    "e-mail within two hours. If it hasn't arrived by Friday, reply here and I'll sort it out. ^JS",
  'Dear Valued Customer, we apologize for any inconvenience this may have caused. Your call is ' +
    'important to us. Please be advised that refunds are processed according to our policy. ' +
    'Please DM us your order number and e-mail address and a member of our team will get back ' +
    'to you as soon as possible. Thank you for your patience!!!',
  "Hey guys, thanks for reaching out! Our app isn't crazy slow for everyone, so it might be " +
    'your connection. Have you tried turning it off and on again? 😂😂😂😂 Click here for more ' +
    'info: https://bit.ly/3xYzAbc #TechSupport #AcmeApp #fixed #help',
  "Hello Sam, I can see why that's frustrating: the update changed where the export button is. " +
    "It's now under Settings > Data. I've passed your feedback to the design team, and I'll " +
    'let you know here when they reply. Does that help for now? ^AK',
  "We're sorry you feel that way. Unfortunately there's nothing I can do, as this is our policy. " +
    'We regret to inform you that the promotion ended yesterday. Please visit our website at ' +
    'https://acme-example.com/help and https://acme-example.com/faq for further assistance.',
  'THANK YOU SO MUCH FOR YOUR AMAZING FEEDBACK!!!! We love hearing from our customers and ' +
    'we really appreciate you taking the time to write to us about your experience with the ' +
    'new store layout which we introduced last month after a long period of planning and ' +
    'consultation with shoppers, staff and accessibility experts from across the region. 🎉🎉',
  'Hi Priya, sorry about the double charge. I checked your account and the second payment was ' +
    "a pre-authorisation: it'll drop off your statement within three working days. If it " +
    "doesn't, send me a message with the last four digits of the card and I'll chase the bank " +
    'myself. ^MR',
  'We apologize for the delay. Due to high volume, response times may be longer than usual. ' +
    'Our chairman and our salesmen are working hard to man the phones. Please let us know if ' +
    'you need assistance. Please let us know if you need further assistance. #support',
  "Thanks for the photo, Jonas. That seal shouldn't leak. I'm arranging a free repair: a " +
    "technician will call you tomorrow between 9 and 12 to book a visit. Sorry you've had to " +
    'deal with a wet kitchen floor on top of everything else. ^LB',
  "Hi! 𝐖𝐞'𝐫𝐞 𝐡𝐞𝐫𝐞 𝐭𝐨 𝐡𝐞𝐥𝐩! It is what it is, but your feedback has been noted and " +
    'will be passed on to the relevant department :) Please note that we are unable to comment ' +
    'on individual cases in public. Kind regards, The Customer Care Team',
];

/** Cuts a string at `length` UTF-16 units, moving back one unit rather than split a surrogate pair. */
function cut(text: string, length: number): string {
  const unit = text.charCodeAt(length - 1);
  return text.slice(0, unit >= 0xd800 && unit <= 0xdbff ? length - 1 : length);
}

/**
 * The replies, one paragraph each, repeated in order until the text is `length` characters
 * (UTF-16 units; one short when the cut would split an emoji).
 */
export function repliesText(length = 5000): string {
  let text = '';
  for (let i = 0; text.length < length; i++) {
    text += (i === 0 ? '' : '\n\n') + REPLIES[i % REPLIES.length];
  }
  return cut(text, length);
}

export const REPLIES_5000 = repliesText(5000);
