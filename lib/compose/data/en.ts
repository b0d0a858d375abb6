import type { LanguageData } from './types';

/** English lexicons. Sources are regex (whole words, case-insensitive, straight apostrophes). */
export const EN: LanguageData = {
  functionWords:
    "the and you your is are to we i it for of that this with our be have not was will can please thanks thank sorry hi hey what when where why how there they just get been would my me do does did don't can't won't still any anyone again yet in on at a an no all so but or if from about out up yes got going im i'm it's its which who as some know think want need help everything nothing something time day week because since already".split(
      ' ',
    ),
  intents: {
    question: [
      ['how (?:do|can|long|much|many|does|is|are|to)', 2],
      ["(?:what|when|where|which|who)(?:'s| is| are| do| does| time)?", 1],
      ['why', 1],
      ['(?:can|could|would|will) (?:you|i|we|someone|anyone)', 1.5],
      ['(?:do|does|did|is|are) (?:you|it|this|there|they|the)', 1.5],
      ['any (?:idea|update|news|chance|way)', 1.5],
      ['is it possible', 2],
      [
        '(?:in stock|back in stock|restock|available in|come in|ship to|deliver to|price|cost|discount|sizes?|colou?rs?|compatible)',
        1.5,
      ],
      ['wondering|curious|question', 1.5],
      ['hello|hi|anyone there|anybody', 0.5],
    ],
    complaint: [
      [
        'broken|broke|damaged|faulty|defective|cracked|ripped|torn|fell apart|falling apart|stopped working|poor quality|cheap(?:ly made)?',
        2,
      ],
      [
        'disappointed|disappointing|unacceptable|ridiculous|terrible|awful|horrible|worst|useless|pathetic|joke|shocking|appalling|disgrace(?:ful)?|rubbish|garbage|trash|shameful',
        2,
      ],
      [
        'not (?:good enough|ok|okay|acceptable|fair|right)|never again|last time i|fed up|sick (?:of|and tired)|had enough',
        2,
      ],
      [
        'still waiting|no one (?:answers|replies|responds|has replied)|nobody (?:answers|replies|helps)|ignored|ignoring|no reply|no response|waste of (?:time|money)',
        2,
      ],
      ['complain(?:t|ing)?|wrong (?:size|item|colou?r|product)|missing|rude|unhelpful', 1.5],
      ["(?:doesn't|does not|didn't|did not|don't) (?:fit|work|last)", 1.5],
      ['again|seriously|honestly|wtf|ugh', 0.5],
    ],
    praise: [
      ['thanks?|thank you|thx|ty|cheers|grateful|appreciate(?:d)?', 2],
      [
        'love(?:d|s)?|loving|amazing|awesome|great|excellent|fantastic|brilliant|wonderful|perfect|best|incredible|superb|lovely|beautiful|impressed|happy|glad|pleased|delighted|satisfied|stunning|fab(?:ulous)?|top notch|spot on',
        1.5,
      ],
      [
        "(?:well|nicely) done|kudos|shout ?out|hats off|good job|nice work|you rock|you guys rock|you're the best|10/10|five stars|5 stars|a star",
        2,
      ],
      ['good|nice|helpful|quick|fast|smooth|easy|friendly', 0.5],
    ],
    delivery: [
      [
        'parcels?|packages?|deliver(?:y|ies|ed)?|shipping|shipment|shipped|dispatch(?:ed)?|courier|tracking|tracking number|postage|postman|mailman|royal mail|dhl|ups|fedex|usps|dpd|hermes|evri|postnord|gls',
        2,
      ],
      [
        "(?:hasn't|has not|haven't|have not|didn't|did not|never|still not|not yet) (?:arrived|come|shown up|turned up|been delivered|received|got it|gotten)",
        3,
      ],
      [
        'arriv(?:e|ed|al)|received|where is my|out for delivery|left at|on the doorstep|lost in the post|in transit|estimated|eta',
        1.5,
      ],
      ['orders?|ordered', 1],
    ],
    refund: [
      ['refunds?|refunded|reimburse(?:ment|d)?|money back|my money|chargeback|charge ?back', 3],
      [
        'charged (?:twice|two times|double|again|me twice)|double[- ]?charged|(?:billed|charged) (?:for|me for) something|overcharged|wrong (?:amount|price|charge)',
        3,
      ],
      [
        'billing|bill|invoice|receipt|payment|paid|charged?|charges|debit(?:ed)?|bank statement|credit card|subscription fee|renewal|auto-?renew(?:ed|al)?|cancel(?:led)? (?:my )?subscription|return label|returns?|send it back|paypal|klarna',
        1.5,
      ],
      ['cost|price|money|£\\d+|\\$\\d+|€\\d+|\\d+ ?(?:€|eur|euros?|dollars|pounds|kr|sek)', 0.5],
    ],
    outage: [
      [
        "(?:app|site|website|page|server|service|system|checkout|login page|feed|stream|platform)s? (?:is |are )?(?:down|dead|offline|broken|not loading|won't load|keeps crashing|crashing|crashed|frozen|unusable)",
        3,
      ],
      [
        'crash(?:es|ed|ing)?|outage|down for everyone|is it down|bug(?:gy|s)?|glitch(?:es|y)?|error(?: message| code)?|blank (?:screen|page)|white screen|black screen|loading forever|keeps loading|stuck (?:on|at) (?:loading|the)|500|404|503|timeout|times out|freez(?:es|ing)|frozen|lag(?:gy|s)?',
        2,
      ],
      [
        "(?:doesn't|does not|won't|will not|isn't|is not|not|can't|cannot) (?:work|working|load|loading|open|opening|sync|syncing|connect|connecting|update|updating|play)",
        1.5,
      ],
      ['app|update|website|site|server', 0.5],
    ],
    'feature-request': [
      [
        '(?:please|pls|can you|could you|would you|will you) (?:add|bring back|make|build|introduce|consider|support|offer|let us|allow)',
        2.5,
      ],
      [
        "(?:would|it'd) (?:be|love) (?:great|nice|cool|awesome|amazing|helpful|good)(?: if| to)?|would love (?:to see|it if|a|an)|i wish (?:you|there|it|the app)|wish list|feature request|suggestion|idea for|why (?:is there no|isn't there|can't i|don't you have)|any plans (?:to|for)",
        2.5,
      ],
      ['dark mode|an option to|a way to|integration|widget|feature|setting for', 1.5],
    ],
    account: [
      [
        'log ?in|logging in|log ?on|sign ?in|signing in|password|passcode|locked out|lock(?:ed)? my account|2fa|two[- ]factor|verification code|authenticat(?:or|ion)|one[- ]time code|otp|reset (?:link|email|my password)|username|user name',
        3,
      ],
      [
        'account|profile|email address|verify|verification|deactivat(?:e|ed)|suspended|banned|hacked|recovery',
        1.5,
      ],
    ],
    abuse: [
      [
        'idiots?|morons?|imbeciles?|clowns|muppets|dumbass(?:es)?|losers|scumbags?|criminals|thieves|crooks|liars|frauds?|con artists',
        2.5,
      ],
      [
        '(?:you|u|ya) (?:suck|stink|are (?:a )?(?:joke|useless|pathetic|clowns|idiots|morons|a scam|scammers|liars|criminals))|(?:f+u+c+k+|screw|f) (?:you|u|off|this company)|go to hell|shut up|bots?|trash company|garbage company|shit company|scam(?:mers)?|scam company|rip-?off merchants|die in a fire|kys',
        2.5,
      ],
      ['worst company (?:ever|in the world)|boycott|everyone should avoid|stay away from', 1],
    ],
    mention: [
      [
        'shout ?out|check (?:it|this|them) out|just (?:got|bought|saw|found)|look what|unboxing|haul|my new|new in|ootd|@\\w+|#\\w+|wearing|spotted|saw your ad|in the wild',
        1,
      ],
    ],
  },
  negators: [
    'not',
    "n't",
    'no',
    'never',
    'hardly',
    'nothing',
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "can't",
    'cannot',
    'neither',
    'nor',
    'less',
    'far from',
  ],
  annoyed: [
    [
      'disappoint(?:ed|ing)|annoy(?:ed|ing)|frustrat(?:ed|ing)|irritat(?:ed|ing)|not impressed|unhappy|upset|confus(?:ed|ing)|again|still|seriously|ugh|meh|come on|hello\\?|anyone\\?|waiting|yet another|another delay|whatever',
      0.18,
    ],
    [
      'unacceptable|ridiculous|terrible|awful|horrible|poor|useless|fed up|sick of|tired of|had enough|not good enough|bad|worse|rubbish|joke|pathetic|wtf|ffs|smh|jeez',
      0.3,
    ],
  ],
  angry: [
    [
      'furious|livid|fuming|outraged|outrageous|disgusted|disgusting|disgrace(?:ful)?|appalling|shocking|worst|scam(?:med)?|thieves|criminal|liars?|lied|never (?:again|ever)|rip-?off|robbery|daylight robbery|done with you|done with this|absolute joke|beyond (?:a joke|ridiculous|frustrat\\w*)|enough is enough|boycott',
      0.45,
    ],
    ['angry|mad|pissed(?: off)?|hate|hated|sick and tired', 0.35],
  ],
  distress: [
    [
      "crying|in tears|cried|sobbing|scared|afraid|terrified|frightened|panic(?:king|ked)?|desperate|desperately|devastated|heartbroken|helpless|hopeless|anxious|anxiety|stressed out|breaking down|at my wit'?s end|don't know what (?:else )?to do|i'm begging|begging you",
      0.4,
    ],
    [
      "please help|please,? please|help me|i need (?:this|it|help)|i can't afford|can't afford|my last (?:money|penny|pound)|rent|my (?:kid|kids|child|children|son|daughter|baby|mum|mom|mother|dad|father|grandma|grandmother|wife|husband)(?:'s)?|(?:birthday|funeral|wedding|christmas) present|medication|medicine|insulin|disabled|disability|wheelchair|hospital|alone|elderly|pension|food",
      0.2,
    ],
  ],
  intensifiers: [
    'so',
    'very',
    'really',
    'extremely',
    'absolutely',
    'totally',
    'completely',
    'utterly',
    'super',
    'incredibly',
    'beyond',
    'fucking',
    'bloody',
    'freaking',
    'damn',
    'such',
    'most',
  ],
  sarcasm: [
    'thanks for nothing|thank you for nothing|thanks a lot\\b.{0,20}(?:not|nothing)|great job(?: guys)?\\.{3}|well done\\.{3}|yeah,? right|sure,? sure|oh,? (?:great|wonderful|perfect|brilliant|lovely|fantastic)|(?:great|wonderful|perfect|brilliant|lovely|fantastic|love (?:it|that)),? (?:another|yet another|again|more|no|zero|still)|so helpful,? (?:not|thanks)|not\\.|love how|love that i|gotta love|got to love|you had one job|amazing service,? (?:not|really)|stellar|cool cool|wow,? just wow|what a (?:surprise|shock)|/s',
  ],
  profanity: [
    'f+u+c+k+\\w*|shit\\w*|bullshit|crap|crappy|damn|dammit|bloody|bollocks|piss(?:ed)?|arse|ass|asshole|bastards?|wtf|ffs|stfu|fml',
  ],
  escalation: {
    legal: [
      'lawyers?|attorneys?|solicitors?|sue (?:you|them|your|the company|this company)|suing|sued|lawsuit|legal action|take (?:you|this) to court|court|small claims|trading standards|consumer rights|ombudsman|class action|report (?:you|this) to (?:the )?(?:bbb|ftc|cma|police|authorities)|bbb|ftc|chargeback dispute|my legal team|legal department',
    ],
    safety: [
      'injur(?:ed|y|ies)|hurt (?:myself|me|my|him|her|them|us)|got hurt|cut (?:myself|my)|burn(?:ed|t|s)? (?:me|my|myself|his|her)|caught fire|on fire|fire hazard|smoke (?:came|coming|started)|sparks? (?:came|flew|coming)|sparked|exploded|explosion|electric shock|electrocuted|shocked me|overheat(?:ed|ing|s)?|melted|choking|choked|hospital|a&e|emergency room|ambulance|allergic reaction|reaction to|anaphyla\\w*|epipen|rash|poison(?:ed|ing)?|food poisoning|made (?:me|my \\w+) sick|got sick|threw up|vomit\\w*|mould|mold|glass in|metal in|unsafe|dangerous|toxic|carbon monoxide|gas leak|health risk',
    ],
    harassment: [
      "i know where you live|i know where (?:you|your \\w+) (?:work|are)|(?:i'll|i will|gonna|going to) (?:find|hurt|kill|get|come for|beat|destroy|shoot|stab) (?:you|him|her|them|your|the agent|whoever)|watch your back|you(?:'ll| will) regret|you(?:'re| are) dead|kill (?:you|him|her|them|the)|burn (?:your|the) (?:store|shop|office|place|building) down|dox(?:x)?(?:ed|ing)?|your home address|post (?:her|his|your) address|(?:her|his) (?:address|number) is|stalk(?:ing)?|rape|threaten(?:ing|ed)?",
      // Hate aimed at a group; kept short on purpose, the pack adds its own words.
      'go back to (?:your|where)|subhuman|vermin',
    ],
    'self-harm': [
      "kill(?:ing)? myself|end my life|end it all|ending it all|take my (?:own )?life|suicid\\w*|self[- ]harm|want to die|wanna die|wish i (?:was|were) dead|better off dead|(?:don't|do not) want to (?:be here|live|wake up|go on)(?: anymore| any more)?|no reason to (?:live|go on)|can't go on|not (?:be|being) here (?:anymore|any more|tomorrow)|give up on (?:life|everything)|nothing to live for|say goodbye to everyone|overdose",
    ],
    press: [
      'journalists?|reporters?|press|newspaper|newsroom|on the news|bbc|a story (?:about|on)|writing (?:a|an) (?:story|article|piece|thread|exposé|expose)|(?:my|a) blog|blogger|my (?:\\d+(?:[.,]\\d+)?\\s?[km]?|thousands of|all my) (?:followers|subscribers|readers|viewers)|\\d+(?:[.,]\\d+)?\\s?[km] (?:followers|subscribers)|go(?:ing)? viral|influencer|(?:youtube|tiktok) video about|tiktok about',
    ],
    privacy: [
      "data breach|breach|leak(?:ed|s)?|hacked|someone else'?s (?:order|data|details|account|address|name|parcel|package|invoice)|(?:another|other) (?:customer|person|people)'?s? (?:data|details|order|address|info|information|account)|not my (?:order|address|name|details|account)|my (?:address|phone number|number|email|details|data|personal (?:data|details|information|info)) (?:is|are|was|were|got|has been|have been) (?:public|visible|posted|shared|leaked|exposed|online|out there)|gdpr|data protection (?:breach|complaint|authority)|privacy (?:breach|violation|issue|concern)|sold my (?:data|details|email)|can see (?:other|someone|another)|identity theft|phishing",
    ],
  },
  benign: [
    'press release',
    'press(?:ed)? (?:the |a |that )?button',
    'press(?:ing)? (?:on|it|here|enter|send|play)',
    'social media',
    'media (?:player|kit|library)',
    'news ?letter',
    'good news',
    'followers? (?:count )?(?:feature|button|tab|list)',
    'killer (?:deal|price|look|jacket|feature|app|combo|offer)',
    '(?:this|that|it|the \\w+) is (?:a )?killer',
    'dying to (?:try|get|see|buy|know|have|wear)',
    "(?:i'm|im|i am) dying(?: lol| haha|😂|🤣)",
    'dead (?:cute|good|easy|simple|on)',
    'kill(?:ing)? it',
    'killed it',
    'to die for',
    'my data (?:plan|allowance|usage|roaming)',
    'data (?:plan|allowance|usage|roaming)',
    'mobile data',
    'sue(?: me)? (?:lol|haha)',
    'fire(?:d)? up',
    '(?:this|that|it|they|you|these|those) (?:is|are|look|looks|was|were) fire',
    'fire 🔥',
    'on fire(?: 🔥)?(?= today| this| with| lately)',
    'cut (?:the|my) (?:price|hair|order|subscription)',
    'hurt my (?:feelings|wallet|bank)',
    'hurts? my (?:feelings|wallet|bank)',
    'allergic to (?:mondays|work|waiting)',
    'blog post',
    'news ?feed',
  ],
  topicNouns: [
    {
      match:
        'zip(?:per)?|button|seam|sole|strap|handle|lid|screen|battery|charger|cable|lens|hinge|heel|lace|buckle',
    },
    {
      match:
        'parcel|package|delivery|shipment|order|item|items|tracking number|tracking|return|exchange',
    },
    {
      match:
        'refund|money|payment|invoice|bill|charge|subscription|voucher|gift card|discount code|promo code|receipt',
    },
    {
      match:
        'app|website|site|checkout|login|password|account|profile|update|notifications|search|basket|cart',
    },
    {
      match:
        'jacket|coat|shoes?|boots?|trainers|sneakers|dress|shirt|t-shirt|jeans|trousers|bag|backpack|phone|headphones|earbuds|watch|laptop|tablet|speaker|sofa|chair|table|lamp|mattress|bike|helmet|hoodie|jumper|sweater|socks|scarf|hat',
    },
    {
      match:
        'support|service|customer service|reply|answer|ticket|case|complaint|driver|courier|store|shop',
    },
  ],
  possessives: {
    my: 'your',
    our: 'your',
    your: 'the',
    ur: 'the',
    the: 'the',
    this: 'the',
    that: 'the',
    these: 'the',
    those: 'the',
  },
  dates: [
    '(?:last|next|this|on|since|by|until|till|before|after)? ?(?:mon|tues|wednes|thurs|fri|satur|sun)day',
    '(?:yesterday|today|tomorrow|tonight|last (?:week|month|night|year)|this (?:week|month|morning)|(?:two|three|four|five|six|\\d+) (?:days|weeks|months) ago|a (?:week|month) ago)',
    '(?:on |since |by )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(?:on |since |by )?(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?) \\d{1,2}(?:st|nd|rd|th)?',
    '\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}',
  ],
  introductions: [
    "(?:my name is|my name's|this is|i'm|i am|it's|name's) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)",
  ],
  notNames:
    'Sorry So Not Very Really Just Still Done Happy Angry Fine Good Okay Ok Tired Sick Fed Furious Done Disappointed Back Here There Going Trying Waiting Unhappy The A An I Your Customer Always Never Thanks Afraid Scared Desperate Confused'.split(
      ' ',
    ),
};
