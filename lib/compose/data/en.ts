import type { LanguageData } from './types';

/** English lexicons. Sources are regex (whole words, case-insensitive, straight apostrophes). */
export const EN: LanguageData = {
  functionWords:
    "the and you your is are to we i it for of that this with our be have not was will can please thanks thank sorry hi hey what when where why how there they just get been would my me do does did don't can't won't still any anyone again yet in on at a an no all so but or if from about out up yes got going im i'm it's its which who as some know think want need help everything nothing something time day week because since already".split(
      ' ',
    ),
  intents: {
    question: [
      [
        '^(?:has|have|was|were|will|should) (?:you|it|this|there|they|the|anyone)|sale|offer|deal|promo|in store|stores?',
        1,
      ],
      [
        '(?:is|are) (?:ur|your|the) [a-z ]{0,25}(?:open|closed)|open(?:ing)? (?:hours|times)|open (?:on )?(?:sunday|saturday|monday|tuesday|wednesday|thursday|friday|today|tomorrow)|do you (?:do|sell|have|ship|deliver|accept|take)|can i (?:pay|use|order|buy|get|return|collect)|who can i (?:speak|talk) to|for comment',
        2,
      ],
      ['^how (?:do|can|long|much|many|does|is|are|to)', 2],
      ["(?:what|when|where|which|who)(?:'s| is| are| do| does| time)?", 1],
      ['why', 1],
      ['^(?:can|could|would|will) (?:you|i|we|someone|anyone)', 1.5],
      ['^(?:do|does|did|is|are) (?:you|it|this|there|they|the|ur|your|my)', 1.5],
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
        'on hold|cut off|hung up|heard nothing(?: back)?|no(?: ?one|body) (?:got back|replied|answered|called back|has got back)|(?:emailed|messaged|called|written|wrote|asked) (?:you )?(?:twice|three times|\\d+ times|again|several times|multiple times)|never (?:heard|got) back|no answer|(?:waiting|wait) (?:for|on) (?:a|an|your) (?:reply|answer|response|call ?back)',
        2,
      ],
      [
        'came off|fell apart|fell to bits|peeled|frayed|faded|shrank|bobbled|pilling|snapped|split',
        2,
      ],
      [
        "ruined|soaked|scratched|stained|leak(?:s|ing|ed)|smell(?:s)?|hurts? after|uncomfortable|itchy|quietsch\\w*|squeak(?:s|y|ing)?|stopped|fell off|came off|peeling|shrunk|faded|rude|unprofessional|no apology|expect an apology|formal notice|consumer rights|legal action|small claims|lawyer|solicitor|data breach|someone else'?s (?:order|data|details)|burn(?:ed|t)|blister(?:ed|ing|s)?|rash|on fire|caught fire|dangerous|unsafe|calling me names|posting my (?:photos|pictures|address)|done nothing|did nothing|last chance|what is in this",
        2,
      ],
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
        '(?:\\d+|two|three|four|five|six|several|many) (?:days|weeks|months) (?:of )?waiting|waiting (?:for )?(?:\\d+|two|three|four|five|six|several|many) (?:days|weeks|months)|still waiting|no one (?:answers|replies|responds|has replied)|nobody (?:answers|replies|helps)|ignored|ignoring|no reply|no response|waste of (?:time|money)',
        2,
      ],
      ['complain(?:t|ing)?|wrong (?:size|item|colou?r|product)|missing|rude|unhelpful', 1.5],
      ["(?:doesn't|does not|didn't|did not|don't) (?:fit|work|last)", 1.5],
      ['again|seriously|honestly|wtf|ugh', 0.5],
    ],
    praise: [
      [
        "insane|obsessed|killer|slaps|banger|goat|elite|chef'?s kiss|obsessed with|could kill for|i'?m dead|im dead|send help|the only thing getting me through|getting me through|made my day|you'?re killing it|killing it|on fire today|fine",
        1.5,
      ],
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
        '(?:got|received|sent me|came in) (?:an?|the) (?:\\w+ )?(?:size|xl|xxl|xs|small|medium|large|wrong)|ordered (?:a |an |the )?[^.!?]{0,25} (?:and|but) (?:got|received)',
        2.5,
      ],
      [
        "never (?:came|come|arrived|showed up|turned up)|didn't (?:come|arrive)|hasn't come|still hasn't",
        3,
      ],
      [
        '(?:waiting|wait) (?:on|for) (?:my|the|an?) (?:order|parcel|package|delivery|item)|still nothing|nothing has (?:come|arrived)|wrong (?:item|size|colou?r|product|order)|(?:delivery|shipping) address|change (?:the|my) address|marked (?:as )?delivered|says delivered|delay(?:ed|s)?|late|lost|left (?:my|the) (?:parcel|package|box)|the box|guaranteed by|where is my (?:order|parcel|package|stuff|delivery)',
        2,
      ],
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
      [
        'reminder (?:letters?|emails?)|debt collect\\w*|collections? agency|owe (?:them|you|money)|credit (?:score|rating)',
        2.5,
      ],
      [
        'returned (?:it|them|the)|sent (?:it|them|the \\w+) back|no refund|still no (?:refund|money)|(?:charged|billed|paid) (?:me )?(?:£|\\$|€)?\\d',
        2.5,
      ],
      ['paypal|klarna|returns?|pay(?:ing)? with', 0.5],
      [
        "(?:taking|took|take|charging|charged|debiting) (?:my )?money|(?:want|get|getting|have) (?:it|all of it|my money|the money) back|money (?:is|isn't|is not) back|still (?:being )?(?:charged|charging|taking|billed)|invoice disputed|disputed|membership|cancelled my (?:membership|subscription|order)|rent money",
        3,
      ],
      ['refunds?|refunded|reimburse(?:ment|d)?|money back|my money|chargeback|charge ?back', 3],
      [
        'charged (?:twice|two times|double|again|me twice)|double[- ]?charged|(?:billed|charged) (?:for|me for) something|overcharged|wrong (?:amount|price|charge)',
        3,
      ],
      [
        'billing|bill|invoice|receipt|payment|paid|charged?|charges|debit(?:ed)?|bank statement|credit card|subscription fee|renewal|auto-?renew(?:ed|al)?|cancel(?:led)? (?:my )?subscription|return label|returned|send it back',
        1.5,
      ],
      ['cost|price|money|£\\d+|\\$\\d+|€\\d+|\\d+ ?(?:€|eur|euros?|dollars|pounds|kr|sek)', 0.5],
    ],
    outage: [
      ['server error|error (?:code )?\\d{3}|(?:is|are) (?:you|your \\w+) down', 2.5],
      [
        "for everyone|everyone(?:'s| is) (?:getting|having|seeing)|is it just me|anyone else (?:having|getting|seeing|can't|unable)|not just me|all (?:users|customers)|nobody can|no one can",
        3.5,
      ],
      [
        "logs? me out|keeps? logging me out|logged me out|spins? forever|(?:just )?spinning|loading forever|won't let me|doesn't let me|not letting me|every time i (?:open|try)",
        2,
      ],
      [
        "(?:has|have) been down|(?:is|was|are|still|keeps going) down|status page|api|returns? (?:a )?(?:500|502|503|404|error)|error \\d{3}|\\d{3} error|fix (?:the|your) (?:app|site|website|checkout)|won't pair|pairing|pair(?:ed)? with|since the (?:last )?update|after the (?:last )?update|update (?:broke|killed)|throws|cant load|can't load|can not load",
        3,
      ],
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
        "(?:please|pls|plz|can you|could you|would you|will you|you should|any chance (?:you(?:'ll| will| could| can)?)?)[^.?!]{0,30}(?:add|bring back|publish|make|build|introduce|support|offer|release|launch|stock|do)|bring back|should (?:add|have|bring)|needs? (?:a|an) [a-z]+ (?:mode|option|button|feature)|dark mode",
        3,
      ],
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
        '(?:delete|close|deactivate|remove) (?:my|the) account|(?:my )?account (?:was |got |has been )?(?:taken over|hacked|compromised)|took over my account|reset (?:email|mail|code)|code goes to|old number|sign-?in',
        3,
      ],
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
      ['(?:so|is|are|kinda|pretty|mega) mid|l brand|cope harder|touch grass', 2.5],
      [
        'imagine (?:paying|buying|using)|who (?:even )?buys|ratio|cringe|should be fired|go bankrupt|go bust|hope you go|garbage|trash|i know (?:which|what|where) (?:store|shop|branch|office)? ?(?:he|she|they|you) (?:works?|lives?)|(?:had )?better watch (?:himself|herself|themselves|yourself|your back)|🤡',
        2.5,
      ],
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
      ['(?:has|have) anyone (?:compared|tried|used)|anyone (?:compared|comparing)', 3],
      [
        "(?:has|have) anyone (?:compared|tried|used|bought)|anyone (?:compared|comparing)|spotted|tagging|tag (?:a|your) friend|annual report|job post(?:ing)?|we(?:'re| are) hiring|conference|first!?|reading (?:the|about)",
        2,
      ],
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
      'on hold|cut off|hung up|heard nothing(?: back)?|no(?: ?one|body) (?:got back|replied|answered|called back|has got back)|(?:emailed|messaged|called|written|wrote|asked) (?:you )?(?:twice|three times|\\d+ times|again|several times|multiple times)|never (?:heard|got) back|no answer|(?:waiting|wait) (?:for|on) (?:a|an|your) (?:reply|answer|response|call ?back)',
      0.25,
    ],
    [
      "not here|isn't here|hasn't updated|no update|still no|still not|still nothing|still haven't|still hasn't|came off|fell off|fell apart|ripped|torn|peeling|stopped working|logs? me out|spins? forever",
      0.25,
    ],
    [
      "down|crash(?:es|ed|ing)?|error|not loading|won't load|keeps? (?:crashing|freezing|failing)|(?:hasn't|has not|haven't|have not|didn't|did not|never) (?:arrived|come|came|turned up|shown up)",
      0.2,
    ],
    [
      "broke|broken|ruined|soaked|damaged|cracked|scratched|faulty|missing|wrong (?:item|size|colou?r|order)|never (?:arrives?|arrived|came|works?)|can'?t (?:log|load|access)|cant (?:log|load|access)|doesn'?t work|not working|anymore|any more|not what i expect(?:ed)?|shame|pity|no emails|nothing\\.|done nothing|did nothing|stuck",
      0.2,
    ],
    [
      'disappoint(?:ed|ing)|annoy(?:ed|ing)|frustrat(?:ed|ing)|irritat(?:ed|ing)|not impressed|unhappy|upset|confus(?:ed|ing)|again|still|seriously|ugh|meh|come on|hello\\?|anyone(?: else)?\\?|(?:days|weeks|months) (?:of )?waiting|waiting (?:for )?(?:\\d+|two|three|four|five|six|several|many) (?:days|weeks|months)|waiting|yet another|another delay|whatever',
      0.18,
    ],
    [
      'unacceptable|ridiculous|terrible|awful|horrible|poor|useless|fed up|sick of|tired of|had enough|not good enough|bad|worse|rubbish|joke|pathetic|wtf|ffs|smh|jeez',
      0.3,
    ],
  ],
  angry: [
    [
      "idiots?|morons?|imbeciles?|clowns|muppets|scumbags?|crooks|frauds?|con artists|incompetent|or (?:else|i'll|i will)|otherwise i(?:'ll| will)|i demand|by (?:tomorrow|friday|monday|the end of (?:the )?(?:day|week))|final (?:warning|chance)|fix (?:it|this) now|sort (?:it|this) out now",
      0.45,
    ],
    [
      'so rude|expect an apology|formal notice|last chance|final warning|taking (?:you|legal action)|small claims|lawyer|solicitor|i want (?:all of it|my money|it) back|screenshots taken|serious|go bankrupt|shut up|watch (?:himself|herself|yourself)|i know (?:which|where)|nobody|no one|done nothing|you have done nothing',
      0.45,
    ],
    [
      'furious|livid|fuming|outraged|outrageous|disgusted|disgusting|disgrace(?:ful)?|appalling|shocking|worst|scam(?:med)?|thieves|criminal|liars?|lied|never (?:again|ever)|rip-?off|robbery|daylight robbery|done with you|done with this|absolute joke|beyond (?:a joke|ridiculous|frustrat\\w*)|enough is enough|boycott',
      0.45,
    ],
    ['angry|mad|pissed(?: off)?|hate|hated|sick and tired', 0.35],
  ],
  distress: [
    [
      "stressed|really stressed|freaking out|worried|worried sick|upset|can'?t sleep|want to disappear|better off without me|don'?t see the point|no point|calling me names|posting my photos|scared for|blister(?:ing|ed)?|rash all over|at the gp|a&e|burned my|my hand",
      0.4,
    ],
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
      "blister(?:ed|ing|s)?|boiling water|scald(?:ed|ing|s)?|went all over my (?:hand|arm|leg|face|feet|foot)|burns? on my|fire hazard|smelled of burning|smell of burning|melting|life-threatening|could have (?:killed|burned|hurt)|choking hazard|sharp edge|cut my (?:hand|finger|foot)|bleeding|stitches|swollen|swelling|hives|breathing|couldn't breathe|can't breathe|unconscious|fainted|seizure",
      'injur(?:ed|y|ies)|hurt (?:myself|me|my|him|her|them|us)|got hurt|cut (?:myself|my)|burn(?:ed|t|s)? (?:me|my|myself|his|her)|caught fire|on fire|fire hazard|smoke (?:came|coming|started)|sparks? (?:came|flew|coming)|sparked|exploded|explosion|electric shock|electrocuted|shocked me|overheat(?:ed|ing|s)?|melted|choking|choked|hospital|a&e|emergency room|ambulance|allergic reaction|reaction to|anaphyla\\w*|epipen|rash|poison(?:ed|ing)?|food poisoning|made (?:me|my \\w+) sick|got sick|threw up|vomit\\w*|mould|mold|glass in|metal in|unsafe|dangerous|toxic|carbon monoxide|gas leak|health risk',
    ],
    harassment: [
      "(?:your|the|a|one of your) (?:delivery )?(?:driver|courier|delivery (?:guy|man|person|driver)|staff(?: member)?|employee|worker|technician|engineer|installer|rep|cashier|manager|security guard|guy from your \\w+)(?: \\w+){0,5} (?:keeps?|kept|has been|have been|was|is|started|won't stop|will not stop|wouldn't stop) (?:texting|messaging|calling|following|watching|dming|contacting|stalking|touching|harassing|threatening)|(?:texting|messaging|calling|following|dming) me (?:since|ever since|after|every day|all the time|at night|on (?:whatsapp|instagram|facebook))|(?:don't|do not|didn't|no longer) feel safe|made me (?:feel )?(?:unsafe|uncomfortable|scared)|knows where i live|followed me (?:home|to my car|out|around)|(?:touched|grabbed|groped) me|sexual (?:comments?|remarks?|messages?)|asked (?:me )?for my (?:number|address)",
      "(?:keeps?|kept|is|are|been|started) (?:posting|sharing|uploading|reposting) (?:my|photos of me|pictures of me)|(?:photos|pictures|videos) of me|calling me (?:names|ugly|fat|stupid|a \\w+|an \\w+)|making fun of me|mocking me|insulting me|won't leave me alone|following me (?:around|home|everywhere)|i(?:'m| am) being (?:harassed|stalked|bullied|threatened|trolled)|i (?:will|'ll) (?:find|hurt|get|deal with) (?:him|her|them)|(?:he|she|they) (?:had|has|have|'d) better|better watch (?:out|it)|something (?:bad )?(?:will|might|is going to) happen to (?:him|her|you|them)|i know where (?:he|she|they) (?:is|are|lives?|works?)|(?:waiting|wait) for (?:him|her) after|after (?:his|her) shift",
      "(?:i'll|i will|i'm going to|gonna) (?:be )?(?:waiting (?:for (?:you|him|her) )?outside|wait outside|pay (?:you|him|her|them) a visit|find out where|make (?:you|him|her) pay|make (?:his|her|your) life hell)|i know (?:what car|where (?:he|she|you) park|(?:his|her) (?:name|address|number|kids?))|(?:he|she|they) (?:won't|will not|keeps?|kept) (?:stop )?(?:messag|text|call|follow|dm)\\w*(?: me)?|(?:keeps?|kept) (?:messaging|texting|calling|following|dming) me|turned up at my (?:house|home|door|work)|(?:creepy|inappropriate|threatening|abusive|disgusting) (?:messages?|texts?|dms?|comments?)|asked me out|death threats?|rape threats?|threats? (?:in|on|under)|(?:bullied|bullying|attacking|harassing|abusing|stalking) me|(?:racist|sexist|homophobic|transphobic) (?:abuse|comments?|slurs?)|slurs?|(?:sharing|posted|posting|shared) (?:my|pictures of my|photos of my) (?:photos|pictures|address|number|home|kids|children)|got my number from",
      'i know (?:which|what|where) (?:store|shop|branch|office)? ?(?:he|she|they|you) (?:works?|lives?)(?: at| in)?|(?:had )?better watch (?:himself|herself|themselves|yourself|your back)|keeps? posting my (?:photos|pictures|address|details)|calling me names|harass(?:ing|ed|ment)?|threatening me|sending me threats',
      "i know where you live|i know where (?:you|your \\w+) (?:work|are)|(?:i'll|i will|gonna|going to) (?:find|hurt|kill|get|come for|beat|destroy|shoot|stab) (?:you|him|her|them|your|the agent|whoever)|watch your back|you(?:'ll| will) regret|you(?:'re| are) dead|kill (?:you|him|her|them|the)|burn (?:your|the) (?:store|shop|office|place|building) down|dox(?:x)?(?:ed|ing)?|your home address|post (?:her|his|your) address|(?:her|his) (?:address|number) is|stalk(?:ing)?|rape|threaten(?:ing|ed)?",
      // Hate aimed at a group; kept short on purpose, the pack adds its own words.
      'go back to (?:your|where)|subhuman|vermin',
    ],
    'self-harm': [
      "(?:just )?want to disappear|(?:everyone|they|you all|the world) (?:would be|is|are|'d be) better off without me|better off without me|(?:don'?t|do not|can'?t) see the point (?:of|in) (?:anything|living|life|going on)|no point (?:in )?(?:anything|living|going on) anymore|don'?t want to wake up|not worth living",
      "kill(?:ing)? myself|end my life|end it all|ending it all|take my (?:own )?life|suicid\\w*|self[- ]harm|want to die|wanna die|wish i (?:was|were) dead|better off dead|(?:don't|do not) want to (?:be here|live|wake up|go on)(?: anymore| any more)?|no reason to (?:live|go on)|can't go on|not (?:be|being) here (?:anymore|any more|tomorrow)|give up on (?:life|everything)|nothing to live for|say goodbye to everyone|overdose",
    ],
    press: [
      '\\d+(?:[.,]\\d+)?\\s?[km]\\+? (?:followers|subscribers|viewers|readers)|my (?:\\d+(?:[.,]\\d+)?\\s?[km]?) (?:followers|subscribers)|write a post about this for my|video about (?:this|you|how)',
      'journalists?|reporters?|press|newspaper|newsroom|on the news|bbc|a story (?:about|on)|writing (?:a|an) (?:story|article|piece|thread|exposé|expose)|(?:my|a) blog|blogger|my (?:\\d+(?:[.,]\\d+)?\\s?[km]?|thousands of|all my) (?:followers|subscribers|readers|viewers)|\\d+(?:[.,]\\d+)?\\s?[km] (?:followers|subscribers)|go(?:ing)? viral|influencer|(?:youtube|tiktok) video about|tiktok about',
    ],
    privacy: [
      "(?:changed|updated|reset) (?:the|my) (?:email|e-mail|password|phone number|address|login|delivery address)(?: address)? (?:on|of|for|in) my (?:\\w+ )?account|(?:ordered|bought|paid|purchased|shopped|spent) (?:\\w+ ){0,3}(?:with|using|on) my (?:saved |stored )?(?:card|payment details|paypal|credit card|debit card)|i (?:didn't|did not|never|haven't|have not) (?:authori[sz]ed?|approved?|agreed to) (?:any|anything|this|that|it|these)",
      '(?:someone|somebody|a stranger|they) (?:has |have )?logged in (?:from|to|on)|logged in from (?:another country|abroad|russia|china|a different country|somewhere)|my (?:\\w+ )?(?:card|bank card|credit card|debit card|paypal) (?:was|got|has been|had been) (?:used|charged|stolen)|saved (?:card|payment|address)(?:es)? (?:was |were |has been |got )?(?:used|changed|stolen)',
      "(?:using|used|has|have|got) my (?:login|password|credentials|log-?in details|sign-?in details)|(?:orders?|purchases?|payments?|logins?|devices?|addresses?|charges?) (?:that )?i (?:don't|do not|didn't|did not|never) (?:recogni[sz]e|know|make|place|authori[sz]e)|(?:address|addresses) i(?:'ve| have)? never (?:heard of|seen|been to|lived at)|my (?:email|e-mail|password|phone number|address|login)(?: address)? (?:was|has been|got|were|had been) (?:changed|reset|updated)(?! by me)|i (?:didn't|did not|never) (?:do|change|request|reset) (?:it|that|this|the password|my password)",
      '(?:emails?|invoices?|receipts?|confirmations?|details|codes?|statements?)s? (?:was |were |got |are |is )?(?:sent|going|went|emailed|mailed) to (?:a different|the wrong|someone else|another|a stranger)|fake (?:account|profile|page|support)|pretending to be (?:you|your|support|customer service)|impersonat\\w*|asked (?:me )?(?:for|to send|to share|to post) my (?:password|card|pin|login|bank|security code|full card)',
      "(?:my )?ex (?:still )?(?:has access|can see|can log|logged|knows my)|(?:still )?has access to my (?:\\w+ )?account|(?:someone|somebody|they|anyone|strangers?|he|she) (?:can|could) see my (?:new )?(?:address|orders|details|data|card|phone number|history)|(?:password )?reset (?:email|link|code|mail)s? (?:for|to|from) (?:an account|someone|a stranger|another)|account (?:i|that i) (?:don't|do not|never) (?:have|own|made|created|opened)|(?:opened|created|made) an account (?:in|with|using) my (?:name|email|details)|(?:using|used) my (?:email|name|card|address|details) (?:to|for|without)|my (?:card|bank card|credit card) (?:was|got|has been) used|card (?:details|number) (?:stolen|leaked|exposed|visible)|read out my (?:card|address|details|password)|(?:someone|somebody) (?:has|had|got) my (?:password|card details|login)",
      "(?:someone|somebody|a stranger) (?:has )?(?:got|gotten|broke|logged|been) (?:into|in) my (?:\\w+ )?account|(?:someone|somebody) (?:is |has been )?(?:ordering|ordered|placed orders?|bought|buying|spending|spent) (?:stuff |things |items )?(?:on|from|with|using|through) my (?:\\w+ )?account|orders? (?:on|from|in) my (?:\\w+ )?account (?:that|which) i (?:didn't|did not|never)|(?:the |my )?(?:email|password|phone number|address|login)s? (?:on|of|for) my (?:\\w+ )?account (?:was|were|has been|got) changed|(?:someone|somebody) else (?:is )?(?:using|in|logged into|has access to) my (?:\\w+ )?account|account takeover|(?:unknown|strange|weird|unrecognised|unrecognized) (?:orders|purchases|device|login|sign-?in)|(?:login|sign-?in) from (?:an unknown|a strange|another|a new) (?:device|location|country)|wasn't me|was not me",
      "sent (?:me )?(?:someone|somebody) else'?s|(?:details|address|name|order|invoice|data) (?:of|belonging to|for) (?:someone|somebody|another (?:person|customer))|(?:your|the|one of your) (?:agent|staff|employee|team|support|rep|colleague|social media team)s? (?:\\w+ )?(?:posted|shared|published|replied with|tweeted|screenshotted|exposed) my|my (?:full )?(?:address|phone number|details|email|name) (?:publicly|in public|for everyone to see)|for (?:everyone|the whole world|all) to see|someone (?:used|is using|took over|got into|has got into|accessed|hijacked) my (?:\\w+ )?account|my (?:\\w+ )?account (?:was|got|has been) (?:taken over|hijacked|compromised|used by someone)|changed my (?:email|password|address|phone number) without|i (?:didn't|did not|never) (?:authori[sz]e|approve)",
      "(?:posted|shared|published|leaked|showed|revealed|gave out|gave away) my (?:full )?(?:address|home address|phone number|number|email|details|order details|personal details|data|name and address)|(?:my|our) (?:address|phone number|number|email|details) (?:in|on) (?:a |your )?(?:public )?(?:reply|post|comment|tweet|screenshot)|(?:someone|somebody|a stranger) (?:logged|logging) into my (?:\\w+ )?account|someone (?:has )?(?:changed|reset) my (?:password|email|login)|orders? i (?:didn't|did not|never) (?:make|place)|i (?:didn't|did not|never) (?:make|place|order) (?:these|this|that|them)|(?:other|another) (?:customers?|people)'?s? (?:emails?|email addresses|names|addresses|orders|invoices|details)|in (?:cc|the cc)|(?:received|got) (?:someone|somebody) else'?s (?:invoice|parcel|package|email|order|receipt|details)|(?:my )?account (?:was |has been |got )?(?:hacked|breached|accessed)|unauthori[sz]ed (?:access|login|orders?|purchases?|payment)",
      "(?:took|taken|take) over my (?:\\w+ )?account|account (?:was |got |has been )?(?:taken over|hijacked|compromised)|another person'?s (?:saved )?(?:addresses|address|card|details|data|order)|someone elses? (?:order|data|details)|full name and (?:home )?address|publish(?:ed|ing)? (?:my|her|his) (?:address|number|details)",
      "data breach|breach|leak(?:ed|s)?|hacked|someone else'?s (?:order|data|details|account|address|name|parcel|package|invoice)|(?:another|other) (?:customer|person|people)'?s? (?:data|details|order|address|info|information|account)|not my (?:order|address|name|details|account)|my (?:address|phone number|number|email|details|data|personal (?:data|details|information|info)) (?:is|are|was|were|got|has been|have been) (?:public|visible|posted|shared|leaked|exposed|online|out there)|gdpr|data protection (?:breach|complaint|authority)|privacy (?:breach|violation|issue|concern)|sold my (?:data|details|email)|can see (?:other|someone|another)|identity theft|phishing",
    ],
  },
  benign: [
    "(?:delete|close|remove) (?:my )?(?:account|data)|keep my data|privacy policy|could kill for|kill for a|i'?m dead|im dead|send help|not (?:gonna|going to) sue|nobody is suing|wouldn'?t sue|on fire today|is on fire",
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
    '(?:by |on |until |before |after )?the \\d{1,2}(?:st|nd|rd|th)|(?:last|this|tomorrow|yesterday) (?:morning|night|evening|afternoon)|tonight',
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
  rewrites: [
    ['not (?:too |that |so |half )?bad', 'fine'],
    ['no (?:complaints|problems?) (?:here|at all)', 'fine'],
  ],
};
