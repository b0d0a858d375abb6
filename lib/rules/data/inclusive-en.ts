import type { PhraseEntry, PhraseList } from './types';

/**
 * English word lists for the inclusive-language rules. Picked for what turns up in customer
 * replies; adapted from retext-equality's categories (MIT), the NCDJ disability style guide and
 * GLAAD's media reference, with multi-word forms wherever the single word has harmless uses.
 */

const SUFFERS_NOTE = 'Says a person suffers from a condition; say what they have instead.';

/** "suffers from autism" → "has autism", and the other two forms, for one condition. */
function suffersFrom(condition: string): PhraseEntry[] {
  return [
    { match: [`suffers from ${condition}`], replace: [`has ${condition}`], note: SUFFERS_NOTE },
    { match: [`suffer from ${condition}`], replace: [`have ${condition}`], note: SUFFERS_NOTE },
    {
      match: [
        `suffering from ${condition}`,
        `afflicted with ${condition}`,
        `stricken with ${condition}`,
      ],
      replace: [`living with ${condition}`],
      note: SUFFERS_NOTE,
    },
  ];
}

const DISABILITY_METAPHOR =
  'Uses a disability as a metaphor for something bad; say what you mean instead.';
const INSULT = 'Uses a mental or intellectual disability as an insult; say what is wrong instead.';
const OCD = 'OCD is an anxiety disorder, not a word for tidy or fussy.';
const SLUR_DISABILITY = 'A slur against disabled people; never use it in a reply.';

export const ableist = [
  {
    match: ['crazy'],
    replace: ['wild', 'unbelievable', 'ridiculous'],
    note: 'Uses mental illness as a word for "wild" or "bad"; say what you mean instead.',
    unless: { after: ['golf', 'paving', 'quilt', 'eights'] },
  },
  { match: ['crazy busy'], replace: ['really busy', 'extremely busy'], note: DISABILITY_METAPHOR },
  { match: ['like crazy'], replace: ['a lot', 'like mad'], note: DISABILITY_METAPHOR },
  {
    match: ['driving you crazy', 'driving you nuts', 'driving you mad'],
    replace: ['frustrating you', 'getting to you'],
    note: DISABILITY_METAPHOR,
  },
  {
    match: ['drives me crazy', 'drives me nuts'],
    replace: ['frustrates me', 'annoys me'],
    note: DISABILITY_METAPHOR,
  },
  {
    match: ['drive me crazy', 'drive me nuts'],
    replace: ['frustrate me', 'annoy me'],
    note: DISABILITY_METAPHOR,
  },
  {
    match: ['drive you crazy', 'drive you nuts'],
    replace: ['frustrate you', 'annoy you'],
    note: DISABILITY_METAPHOR,
  },
  {
    match: ['go nuts', 'go mental'],
    replace: ['get angry', 'lose patience'],
    note: DISABILITY_METAPHOR,
  },
  {
    match: ['going nuts', 'going mental'],
    replace: ['getting angry', 'losing patience'],
    note: DISABILITY_METAPHOR,
  },
  {
    match: ['went nuts', 'went mental'],
    replace: ['got angry', 'lost patience'],
    note: DISABILITY_METAPHOR,
  },
  {
    match: [
      "that's nuts",
      'that is nuts',
      "it's nuts",
      "that's mental",
      'that is mental',
      "it's mental",
    ],
    replace: ["that's wild", "that's unbelievable"],
    note: DISABILITY_METAPHOR,
  },
  { match: ['insane'], replace: ['unbelievable', 'ridiculous', 'wild'], note: DISABILITY_METAPHOR },
  { match: ['insanely'], replace: ['incredibly', 'extremely'], note: DISABILITY_METAPHOR },
  { match: ['insanity'], replace: ['chaos', 'madness'], note: DISABILITY_METAPHOR },
  {
    match: ['madhouse', 'loony bin', 'nuthouse', 'nut house', 'insane asylum', 'funny farm'],
    replace: ['chaos', 'mayhem'],
    note: 'Mocks psychiatric care; say the place is chaotic instead.',
  },
  {
    match: ['psycho', 'lunatic', 'loony', 'nutcase', 'nutjob', 'nut job', 'maniac', 'basket case'],
    replace: [],
    note: 'Uses mental illness as an insult; describe the behaviour instead.',
  },
  {
    match: ['schizophrenic', 'schizo'],
    replace: ['erratic', 'inconsistent'],
    note: 'Uses a mental illness as a metaphor for inconsistent; say "inconsistent" or "erratic".',
  },
  {
    match: ['bipolar'],
    replace: ['erratic', 'unpredictable'],
    note: 'Uses a mental illness as a metaphor for unpredictable; say what you mean instead.',
    unless: {
      after: [
        'disorder',
        'disorders',
        'ii',
        'i',
        'transistor',
        'transistors',
        'junction',
        'cells',
        'cell',
      ],
    },
  },
  {
    match: ['so ocd', 'totally ocd', 'super ocd'],
    replace: ['so particular', 'so picky'],
    note: OCD,
  },
  { match: ['bit ocd'], replace: ['bit particular', 'bit picky'], note: OCD },
  { match: ['little ocd'], replace: ['little particular', 'little picky'], note: OCD },
  { match: ["i'm ocd"], replace: ["i'm particular", "i'm picky"], note: OCD },
  {
    match: ['retard', 'retards', 'retarded', 'tard', 'short bus'],
    replace: [],
    note: SLUR_DISABILITY,
  },
  {
    match: ['mentally retarded', 'mentally handicapped'],
    replace: ['with an intellectual disability'],
    note: 'An outdated, hurtful label; say "with an intellectual disability".',
  },
  {
    match: ['spaz', 'spazz', 'spastic'],
    replace: ['clumsy'],
    note: SLUR_DISABILITY,
    unless: {
      after: ['paraplegia', 'diplegia', 'quadriplegia', 'hemiplegia', 'cerebral', 'colon'],
    },
  },
  { match: ['mongoloid', 'mong', 'midget', 'midgets'], replace: [], note: SLUR_DISABILITY },
  {
    match: [
      'idiot',
      'idiots',
      'imbecile',
      'imbeciles',
      'moron',
      'morons',
      'cretin',
      'cretins',
      'simpleton',
    ],
    replace: [],
    note: 'These were once labels for intellectual disability and are insults now; describe what went wrong instead.',
  },
  { match: ['idiotic', 'moronic', 'imbecilic'], replace: ['silly', 'absurd'], note: INSULT },
  { match: ['idiot proof'], replace: ['foolproof'], note: INSULT },
  {
    match: ['stupid'],
    replace: ['silly', 'pointless'],
    note: 'Reads as an insult, and comes from words for intellectual disability; say what is wrong instead.',
  },
  {
    match: ['dumb'],
    replace: ['silly', 'pointless'],
    note: 'Uses a word for people who cannot speak as an insult; say what is wrong instead.',
    unless: {
      after: [
        'phone',
        'phones',
        'terminal',
        'terminals',
        'tv',
        'tvs',
        'bell',
        'bells',
        'waiter',
        'waiters',
      ],
    },
  },
  {
    match: ['dumb down', 'dumbing down'],
    replace: ['simplify', 'simplifying'],
    note: DISABILITY_METAPHOR,
  },
  { match: ['dumbed down'], replace: ['simplified'], note: DISABILITY_METAPHOR },
  {
    match: ['deaf and dumb', 'deaf mute', 'deafmute', 'deaf and mute'],
    replace: ['deaf'],
    note: 'An outdated label; deaf people are not mute, say "deaf".',
  },
  {
    match: ['lame'],
    replace: ['disappointing', 'weak', 'boring'],
    note: 'Uses a word for people who cannot walk to mean "bad"; say what you mean instead.',
    unless: { after: ['duck', 'ducks'] },
  },
  {
    match: ['lame excuse', 'lame excuses'],
    replace: ['weak excuse', 'poor excuse'],
    note: DISABILITY_METAPHOR,
  },
  {
    match: ['crippled', 'crippling'],
    replace: ['hampered', 'severe'],
    note: 'Uses disability as a metaphor for damage; say "hampered", "severe" or what you mean.',
  },
  {
    match: ['cripple', 'cripples', 'gimp', 'gimps', 'invalids'],
    replace: [],
    note: 'An insult for disabled people; describe what you mean without it.',
  },
  { match: ['blind to'], replace: ['unaware of', 'ignoring'], note: DISABILITY_METAPHOR },
  { match: ['deaf to'], replace: ['ignoring', 'unmoved by'], note: DISABILITY_METAPHOR },
  {
    match: ['turn a blind eye', 'turning a blind eye'],
    replace: ['look away', 'ignore it'],
    note: DISABILITY_METAPHOR,
  },
  {
    match: ['turned a blind eye'],
    replace: ['looked away', 'ignored it'],
    note: DISABILITY_METAPHOR,
  },
  {
    match: [
      'fell on deaf ears',
      'fallen on deaf ears',
      'falls on deaf ears',
      'fall on deaf ears',
      'falling on deaf ears',
    ],
    replace: ['was ignored', 'went unheard'],
    note: DISABILITY_METAPHOR,
  },
  { match: ['the blind leading the blind'], replace: [], note: DISABILITY_METAPHOR },
  {
    match: ['tone deaf'],
    replace: ['out of touch', 'insensitive'],
    note: 'Uses deafness as a metaphor for insensitive; say "out of touch" or "insensitive".',
  },
  {
    match: ['is wheelchair bound', 'is confined to a wheelchair', 'is bound to a wheelchair'],
    replace: ['uses a wheelchair'],
    note: 'A wheelchair gives freedom, it does not confine; say "uses a wheelchair".',
  },
  {
    match: ['are wheelchair bound', 'are confined to wheelchairs', 'are confined to a wheelchair'],
    replace: ['use wheelchairs'],
    note: 'A wheelchair gives freedom, it does not confine; say "use wheelchairs".',
  },
  {
    match: [
      'wheelchair bound',
      'confined to a wheelchair',
      'bound to a wheelchair',
      'restricted to a wheelchair',
    ],
    replace: ['wheelchair-using', 'who uses a wheelchair'],
    note: 'A wheelchair gives freedom, it does not confine; say "wheelchair user" or "uses a wheelchair".',
  },
  {
    match: ['handicapped'],
    replace: ['disabled'],
    note: 'An outdated word; say "disabled", or "accessible" for places and facilities.',
  },
  {
    match: ['the handicapped'],
    replace: ['disabled people'],
    note: 'An outdated label that turns people into a group; say "disabled people".',
  },
  {
    match: [
      'handicapped parking',
      'handicap parking',
      'handicapped toilet',
      'handicapped bathroom',
      'handicapped restroom',
      'handicapped entrance',
      'handicapped seating',
      'handicapped accessible',
    ],
    replace: ['accessible'],
    note: 'Say "accessible" for facilities: "accessible parking", "accessible toilet".',
  },
  {
    match: ['differently abled', 'handicapable', 'handi capable', 'specially abled', 'diffability'],
    replace: ['disabled'],
    note: 'A euphemism many disabled people dislike; "disabled" is fine.',
  },
  {
    match: ['special needs'],
    replace: ['access needs', 'disabilities'],
    note: 'A euphemism many disabled people dislike; say "access needs" or "disabilities".',
  },
  {
    match: ['the mentally ill'],
    replace: ['people with mental illness'],
    note: 'Turns people into their diagnosis; say "people with mental illness".',
  },
  {
    match: ['hearing impaired'],
    replace: ['hard of hearing', 'deaf'],
    note: 'Most deaf and hard-of-hearing people prefer "deaf" or "hard of hearing".',
  },
  {
    match: ['an epileptic', 'epileptics'],
    replace: ['a person with epilepsy', 'people with epilepsy'],
    note: 'Names a person by a condition; say "person with epilepsy".',
  },
  {
    match: ['epileptic fit', 'epileptic fits'],
    replace: ['seizure', 'seizures'],
    note: 'Say "seizure"; "fit" is outdated.',
  },
  {
    match: ['birth defect', 'birth defects'],
    replace: ['congenital disability', 'congenital disabilities'],
    note: 'Calls a person defective; say "congenital disability".',
  },
  {
    match: ['harelip', 'hare lip'],
    replace: ['cleft lip'],
    note: 'An outdated, mocking term; say "cleft lip".',
  },
  {
    match: ['stroke victim', 'stroke victims'],
    replace: ['stroke survivor', 'stroke survivors'],
    note: 'Casts a person as a victim; say "stroke survivor".',
  },
  {
    match: ['vertically challenged'],
    replace: ['short'],
    note: 'A joke at short people’s expense; say "short".',
  },
  { match: ['demented', 'deranged'], replace: ['absurd', 'bizarre'], note: DISABILITY_METAPHOR },
  {
    match: ['sanity check', 'sanity checks'],
    replace: ['quick check', 'quick checks'],
    note: 'Implies others are not sane; say "quick check".',
  },
  {
    match: ['junkie', 'junkies'],
    replace: ['fan', 'fans'],
    note: 'Makes light of addiction; say "fan" or "enthusiast".',
  },
  ...suffersFrom('autism'),
  ...suffersFrom('dyslexia'),
  ...suffersFrom('epilepsy'),
  ...suffersFrom('cerebral palsy'),
  ...suffersFrom('down syndrome'),
  ...suffersFrom('a disability'),
  ...suffersFrom('disabilities'),
  ...suffersFrom('multiple sclerosis'),
] satisfies PhraseList;

const GENDERED_ADDRESS = 'Addresses a mixed audience as men; say "everyone" or "all".';
const GENDERED_JOB = 'A gendered job title; the neutral one covers everyone doing the job.';
const ENDEARMENT =
  'A pet name from a brand reads as patronising, and lands mostly on women; use their name.';

export const gendered = [
  { match: ['hi guys'], replace: ['hi everyone', 'hi all'], note: GENDERED_ADDRESS },
  { match: ['hey guys'], replace: ['hey everyone', 'hey all'], note: GENDERED_ADDRESS },
  { match: ['hello guys'], replace: ['hello everyone', 'hello all'], note: GENDERED_ADDRESS },
  { match: ['thanks guys'], replace: ['thanks everyone', 'thanks all'], note: GENDERED_ADDRESS },
  {
    match: ['thank you guys'],
    replace: ['thank you all', 'thank you everyone'],
    note: GENDERED_ADDRESS,
  },
  { match: ['you guys'], replace: ['you all', 'you'], note: GENDERED_ADDRESS },
  {
    match: ['hi ladies', 'hey ladies', 'hi fellas', 'hey fellas', 'hi gents', 'hey gents'],
    replace: ['hi everyone', 'hi all'],
    note: 'Assumes everyone reading is one gender; say "everyone".',
  },
  {
    match: ['ladies and gentlemen', 'ladies and gents'],
    replace: ['everyone', 'folks'],
    note: 'Leaves out people who are neither; say "everyone".',
  },
  {
    match: ['dear sir or madam', 'dear sir or madame', 'dear sirs', 'dear madam or sir'],
    replace: ['hello', 'hi'],
    note: 'Guesses at gender and reads as a form letter; use the person’s name.',
  },
  {
    match: ['he or she', 'she or he'],
    replace: ['they'],
    note: 'Leaves out people who are neither; "they" covers everyone.',
  },
  {
    match: ['him or her', 'her or him'],
    replace: ['them'],
    note: 'Leaves out people who are neither; "them" covers everyone.',
  },
  {
    match: ['his or her', 'her or his'],
    replace: ['their'],
    note: 'Leaves out people who are neither; "their" covers everyone.',
  },
  {
    match: ['himself or herself', 'herself or himself'],
    replace: ['themselves'],
    note: 'Leaves out people who are neither; "themselves" covers everyone.',
  },
  {
    match: ['mankind'],
    replace: ['humankind', 'humanity'],
    note: 'Uses "man" for all people; say "humankind".',
  },
  {
    match: ['manpower'],
    replace: ['staff', 'workforce'],
    note: 'Uses "man" for all workers; say "staff" or "workforce".',
  },
  {
    match: ['man hours', 'manhours', 'man hour', 'manhour'],
    replace: ['work hours', 'staff hours'],
    note: 'Uses "man" for all workers; say "work hours".',
  },
  {
    match: ['man made', 'manmade'],
    replace: ['artificial', 'synthetic'],
    note: 'Uses "man" for all people; say "artificial" or "synthetic".',
    // "The man made a mistake": a verb, not the adjective.
    unless: {
      after: [
        'a',
        'an',
        'the',
        'it',
        'this',
        'that',
        'sure',
        'me',
        'us',
        'you',
        'him',
        'her',
        'them',
        'his',
        'their',
        'my',
        'our',
        'some',
        'no',
        'up',
        'clear',
        'his',
        'its',
      ],
    },
  },
  {
    match: ['manned'],
    replace: ['staffed', 'crewed'],
    note: 'Assumes the staff are men; say "staffed".',
  },
  {
    match: ['unmanned'],
    replace: ['unstaffed', 'uncrewed'],
    note: 'Assumes the staff are men; say "unstaffed" or "uncrewed".',
  },
  {
    match: ['man the phones'],
    replace: ['answer the phones', 'staff the phones'],
    note: 'Assumes the staff are men; say "staff" or "answer".',
  },
  {
    match: ['manning the phones'],
    replace: ['answering the phones', 'staffing the phones'],
    note: 'Assumes the staff are men; say "staffing" or "answering".',
  },
  {
    match: ['man up'],
    replace: ['step up', 'be brave'],
    note: 'Ties courage to being a man; say "step up".',
  },
  { match: ['chairman', 'chairwoman'], replace: ['chair', 'chairperson'], note: GENDERED_JOB },
  { match: ['chairmen', 'chairwomen'], replace: ['chairs', 'chairpersons'], note: GENDERED_JOB },
  {
    match: ['spokesman', 'spokeswoman'],
    replace: ['spokesperson', 'representative'],
    note: GENDERED_JOB,
  },
  {
    match: ['spokesmen', 'spokeswomen'],
    replace: ['spokespeople', 'representatives'],
    note: GENDERED_JOB,
  },
  {
    match: ['businessman', 'businesswoman'],
    replace: ['businessperson', 'entrepreneur'],
    note: GENDERED_JOB,
  },
  {
    match: ['businessmen', 'businesswomen'],
    replace: ['businesspeople', 'entrepreneurs'],
    note: GENDERED_JOB,
  },
  {
    match: ['salesman', 'saleswoman', 'saleslady'],
    replace: ['salesperson', 'sales rep'],
    note: GENDERED_JOB,
  },
  {
    match: ['salesmen', 'saleswomen', 'salesladies'],
    replace: ['salespeople', 'sales reps'],
    note: GENDERED_JOB,
  },
  {
    match: ['repairman', 'repairmen', 'repairwoman'],
    replace: ['technician', 'technicians'],
    note: GENDERED_JOB,
  },
  { match: ['handyman'], replace: ['repair person', 'handyperson'], note: GENDERED_JOB },
  {
    match: ['delivery guy', 'delivery man', 'deliveryman', 'delivery boy'],
    replace: ['delivery driver', 'courier'],
    note: 'Assumes the courier is a man; say "delivery driver" or "courier".',
  },
  {
    match: ['delivery guys', 'delivery men', 'deliverymen', 'delivery boys'],
    replace: ['delivery drivers', 'couriers'],
    note: 'Assumes the couriers are men; say "delivery drivers" or "couriers".',
  },
  {
    match: ['mailman', 'postman', 'mailwoman', 'postwoman'],
    replace: ['mail carrier', 'postal worker'],
    note: GENDERED_JOB,
  },
  {
    match: ['mailmen', 'postmen'],
    replace: ['mail carriers', 'postal workers'],
    note: GENDERED_JOB,
  },
  { match: ['fireman', 'firemen'], replace: ['firefighter', 'firefighters'], note: GENDERED_JOB },
  { match: ['policeman', 'policewoman'], replace: ['police officer'], note: GENDERED_JOB },
  { match: ['policemen', 'policewomen'], replace: ['police officers'], note: GENDERED_JOB },
  { match: ['cameraman', 'camerawoman'], replace: ['camera operator'], note: GENDERED_JOB },
  { match: ['foreman', 'forewoman'], replace: ['supervisor'], note: GENDERED_JOB },
  {
    match: ['middleman', 'middlemen'],
    replace: ['intermediary', 'intermediaries'],
    note: 'Uses "man" for anyone in between; say "intermediary".',
  },
  {
    match: ['layman', 'laywoman'],
    replace: ['layperson', 'non-expert'],
    note: 'Uses "man" for anyone; say "layperson".',
  },
  {
    match: ["layman's terms", 'laymans terms', "laymen's terms"],
    replace: ['plain terms', 'plain language'],
    note: 'Say "plain terms" or "plain language".',
  },
  { match: ['stewardess', 'air hostess'], replace: ['flight attendant'], note: GENDERED_JOB },
  { match: ['stewardesses', 'air hostesses'], replace: ['flight attendants'], note: GENDERED_JOB },
  { match: ['waitress'], replace: ['server'], note: GENDERED_JOB },
  { match: ['waitresses'], replace: ['servers', 'waiting staff'], note: GENDERED_JOB },
  { match: ['cleaning lady', 'cleaning woman'], replace: ['cleaner'], note: GENDERED_JOB },
  { match: ['cleaning ladies', 'cleaning women'], replace: ['cleaners'], note: GENDERED_JOB },
  {
    match: ['housewife'],
    replace: ['homemaker'],
    note: 'Assumes the person at home is a woman; say "homemaker".',
  },
  {
    match: ['housewives'],
    replace: ['homemakers'],
    note: 'Assumes the people at home are women; say "homemakers".',
  },
  {
    match: [
      'lady doctor',
      'male nurse',
      'woman driver',
      'lady driver',
      'female engineer',
      'male secretary',
    ],
    replace: [],
    note: 'Marks gender where it does not matter, as if it were unusual; leave it out.',
  },
  {
    match: ['maiden name'],
    replace: ['birth name', 'previous name'],
    note: 'Assumes only women change their name; say "birth name" or "previous name".',
  },
  {
    match: ['maiden names'],
    replace: ['birth names', 'previous names'],
    note: 'Assumes only women change their name; say "birth names".',
  },
  {
    match: ['maiden voyage', 'maiden flight'],
    replace: ['first voyage', 'first flight'],
    note: 'Say "first".',
  },
  {
    match: ['mums and dads', 'moms and dads', 'mothers and fathers'],
    replace: ['parents'],
    note: 'Leaves out many families; "parents" covers everyone.',
  },
  {
    match: ['best man for the job'],
    replace: ['best person for the job'],
    note: 'Assumes the best candidate is a man.',
  },
  {
    match: ['the average man', 'the common man', 'the man on the street', 'the man in the street'],
    replace: ['the average person', 'most people'],
    note: 'Uses "man" for everyone; say "person" or "people".',
  },
  {
    match: ["gentleman's agreement", 'gentlemens agreement', "gentlemen's agreement"],
    replace: ['informal agreement', 'handshake deal'],
    note: 'Say "informal agreement".',
  },
  {
    match: ['old wives tale', 'old wives tales'],
    replace: ['myth', 'myths'],
    note: 'Blames older women for superstition; say "myth".',
  },
  {
    match: ['like a girl'],
    replace: [],
    note: 'Uses "girl" to mean weak; say what you mean instead.',
  },
  { match: ['sportsmanship'], replace: ['fair play'], note: 'Say "fair play".' },
  {
    match: ['forefathers'],
    replace: ['ancestors', 'founders'],
    note: 'Leaves out the women who were there; say "ancestors" or "founders".',
  },
  {
    match: ['sweetie', 'sweetheart', 'hun', 'hunny', 'darling', 'babe', 'sweetpea', 'my dear'],
    replace: [],
    note: ENDEARMENT,
  },
] satisfies PhraseList;

const SLUR = 'A slur; never use it in a reply.';

export const racial = [
  {
    match: ['whitelist', 'white list'],
    replace: ['allowlist', 'allow list'],
    note: 'Ties white to good; "allowlist" says what it does.',
  },
  {
    match: ['whitelisted'],
    replace: ['allowlisted', 'allowed'],
    note: 'Ties white to good; "allowlisted" says what it does.',
  },
  {
    match: ['whitelisting'],
    replace: ['allowlisting', 'allowing'],
    note: 'Ties white to good; "allowlisting" says what it does.',
  },
  {
    match: ['blacklist', 'black list'],
    replace: ['blocklist', 'block list'],
    note: 'Ties black to bad; "blocklist" says what it does.',
  },
  {
    match: ['blacklisted'],
    replace: ['blocklisted', 'blocked'],
    note: 'Ties black to bad; "blocked" says what it does.',
  },
  {
    match: ['blacklisting'],
    replace: ['blocklisting', 'blocking'],
    note: 'Ties black to bad; "blocking" says what it does.',
  },
  {
    match: ['master slave', 'master and slave'],
    replace: ['primary and replica', 'leader and follower'],
    note: 'Evokes slavery; say "primary and replica".',
  },
  {
    match: ['grandfathered'],
    replace: ['legacy', 'exempt'],
    note: 'Comes from laws that kept Black Americans from voting; say "legacy" or "exempt".',
  },
  {
    match: ['grandfathered in'],
    replace: ['exempt', 'kept on the old terms'],
    note: 'Comes from laws that kept Black Americans from voting; say "exempt".',
  },
  {
    match: ['grandfather clause'],
    replace: ['legacy clause'],
    note: 'Comes from laws that kept Black Americans from voting; say "legacy clause".',
  },
  {
    match: ['gypped', 'gyped', 'gyp'],
    replace: ['cheated', 'ripped off'],
    note: 'A slur against Roma people; say "cheated".',
  },
  {
    match: ['gypsy', 'gypsies', 'gipsy', 'gipsies'],
    replace: [],
    note: 'A slur for Roma and Travellers; for people say Roma, for a style say boho.',
  },
  {
    match: ['eskimo'],
    replace: ['Inuit', 'Inuk'],
    note: 'Many Inuit and Yupik people reject this word; name the people.',
  },
  {
    match: ['eskimos'],
    replace: ['Inuit'],
    note: 'Many Inuit and Yupik people reject this word; name the people.',
  },
  {
    match: ['oriental', 'orientals'],
    replace: ['Asian', 'East Asian'],
    note: 'Dated and othering for people; say "Asian", or name the country.',
  },
  {
    match: ['colored people', 'coloured people', 'coloreds', 'coloureds'],
    replace: ['people of color', 'people of colour'],
    note: 'Dated and offensive; say "people of colour" or be specific.',
  },
  {
    match: ['half breed', 'halfbreed', 'half caste', 'mulatto'],
    replace: ['mixed race'],
    note: 'An offensive term for people of mixed heritage; say "mixed race".',
  },
  {
    match: ['illegal alien', 'illegal immigrant'],
    replace: ['undocumented immigrant'],
    note: 'No person is illegal; say "undocumented".',
  },
  {
    match: ['illegal aliens', 'illegal immigrants', 'illegals'],
    replace: ['undocumented immigrants'],
    note: 'No person is illegal; say "undocumented".',
  },
  {
    match: ['spirit animal'],
    replace: ['hero', 'inspiration'],
    note: 'Trivialises a sacred idea in some Indigenous cultures; say "hero" or "inspiration".',
  },
  {
    match: ['pow wow', 'powwow'],
    replace: ['meeting', 'chat'],
    note: 'A sacred Indigenous gathering, not a meeting; say "meeting" or "chat".',
  },
  {
    match: ['off the reservation'],
    replace: ['off script', 'out of line'],
    note: 'Refers to Native Americans leaving reservations; say "off script".',
  },
  {
    match: ['on the warpath'],
    replace: ['furious', 'up in arms'],
    note: 'Plays on a stereotype of Native Americans; say "furious".',
  },
  {
    match: ['our tribe', 'join the tribe', 'join our tribe'],
    replace: ['our community', 'join the community', 'join our community'],
    note: 'Borrows a word for Indigenous peoples for a fan base; say "community".',
  },
  {
    match: ['too many chiefs'],
    replace: ['too many cooks'],
    note: 'Part of a saying about Native Americans; say "too many cooks".',
  },
  {
    match: ['totem pole'],
    replace: ['ladder', 'pecking order'],
    note: 'A sacred Indigenous object, not a ranking; say "ladder" or "pecking order".',
  },
  {
    match: ['chinese whispers'],
    replace: ['broken telephone'],
    note: 'Implies Chinese speech is unclear; say "broken telephone".',
  },
  {
    match: ['so ghetto', "that's ghetto"],
    replace: ['so run-down', "that's run-down"],
    note: 'Uses a word tied to Black and Jewish communities to mean cheap; say what you mean.',
  },
  {
    match: ['uppity'],
    replace: ['arrogant'],
    note: 'Historically aimed at Black people who stood up for themselves; say "arrogant".',
  },
  {
    match: ['jew down', 'jewed', 'jewing'],
    replace: ['haggle down', 'haggled'],
    note: 'An antisemitic slur; say "haggle".',
  },
  {
    match: [
      'nigger',
      'niggers',
      'nigga',
      'niggas',
      'negro',
      'negroes',
      'coon',
      'coons',
      'spic',
      'spics',
      'wetback',
      'wetbacks',
      'kike',
      'kikes',
      'gook',
      'gooks',
      'jap',
      'japs',
      'paki',
      'pakis',
      'raghead',
      'ragheads',
      'towelhead',
      'towelheads',
      'redskin',
      'redskins',
      'wop',
      'wops',
    ],
    replace: [],
    note: SLUR,
    unless: { after: ['and'] },
  },
  { match: ['chink', 'chinks'], replace: [], note: SLUR, unless: { after: ['in', 'of'] } },
] satisfies PhraseList;

const LGBTQ_SLUR = 'A slur against LGBTQ people; never use it in a reply.';

export const lgbtq = [
  {
    match: ['sexual preference'],
    replace: ['sexual orientation'],
    note: 'Implies orientation is a choice; say "sexual orientation".',
  },
  {
    match: ['sexual preferences'],
    replace: ['sexual orientations'],
    note: 'Implies orientation is a choice; say "sexual orientation".',
  },
  {
    match: ['homosexual'],
    replace: ['gay'],
    note: 'Clinical and often used to demean; say "gay" or "lesbian".',
  },
  {
    match: ['homosexuals'],
    replace: ['gay people'],
    note: 'Clinical and often used to demean; say "gay people".',
  },
  {
    match: [
      'gay lifestyle',
      'homosexual lifestyle',
      'lgbt lifestyle',
      'lgbtq lifestyle',
      'transgender lifestyle',
    ],
    replace: [],
    note: 'Being LGBTQ is not a lifestyle; talk about people’s lives.',
  },
  {
    match: ['gay agenda', 'homosexual agenda', 'trans agenda'],
    replace: [],
    note: 'A phrase used to cast LGBTQ people as a threat.',
  },
  {
    match: ['transgendered'],
    replace: ['transgender'],
    note: '"Transgender" is an adjective; nothing happened to the person.',
  },
  {
    match: ['transgenders'],
    replace: ['transgender people', 'trans people'],
    note: '"Transgender" is an adjective, not a noun; say "transgender people".',
  },
  {
    match: ['a transgender'],
    replace: ['a transgender person'],
    note: '"Transgender" is an adjective, not a noun; say "a transgender person".',
    unless: {
      after: [
        'person',
        'people',
        'man',
        'woman',
        'men',
        'women',
        'customer',
        'customers',
        'community',
        'employee',
        'colleague',
        'teen',
        'child',
        'kid',
        'friend',
        'member',
        'athlete',
        'actor',
        'activist',
        'user',
        'individual',
        'and',
        'or',
        'rights',
        'flag',
      ],
    },
  },
  {
    match: ['transsexual', 'transsexuals'],
    replace: ['transgender', 'trans'],
    note: 'Dated and clinical; say "transgender" unless a person uses it for themselves.',
  },
  {
    match: ['transvestite', 'transvestites'],
    replace: ['cross-dresser', 'cross-dressers'],
    note: 'Dated and often derogatory; say "cross-dresser".',
  },
  {
    match: ['sex change', 'sex change operation', 'sex change surgery'],
    replace: ['gender-affirming surgery', 'transition'],
    note: 'Outdated and sensational; say "gender-affirming surgery".',
  },
  {
    match: ['preferred pronouns', 'preferred pronoun'],
    replace: ['pronouns', 'pronoun'],
    note: 'Pronouns are not a preference; say "pronouns".',
  },
  {
    match: ['born a man', 'biologically male', 'genetically male'],
    replace: ['assigned male at birth'],
    note: 'Say "assigned male at birth", if it needs saying at all.',
  },
  {
    match: ['born a woman', 'biologically female', 'genetically female'],
    replace: ['assigned female at birth'],
    note: 'Say "assigned female at birth", if it needs saying at all.',
  },
  {
    match: ['hermaphrodite', 'hermaphrodites'],
    replace: ['intersex person', 'intersex people'],
    note: 'Outdated and stigmatising; say "intersex".',
  },
  {
    match: ["that's so gay", 'that is so gay', "that's gay", "it's so gay", 'this is so gay'],
    replace: ["that's so silly", "that's silly"],
    note: 'Uses "gay" as an insult; say what you mean instead.',
  },
  {
    match: [
      'fag',
      'fags',
      'faggot',
      'faggots',
      'dyke',
      'dykes',
      'homo',
      'homos',
      'lesbo',
      'lesbos',
      'poof',
      'poofs',
      'poofter',
      'tranny',
      'trannies',
      'shemale',
      'she male',
      'shemales',
      'sodomite',
      'sodomites',
    ],
    replace: [],
    note: LGBTQ_SLUR,
    unless: { after: ['sapiens', 'erectus', 'break'] },
  },
] satisfies PhraseList;

const CONDESCENDING = 'Tells the customer they should have known; leave it out.';
const REPEATED =
  'Reads as "I already told you"; restate the answer without pointing at the repeat.';

export const condescending = [
  { match: ['obviously'], replace: [], note: CONDESCENDING },
  {
    match: [
      "it's obvious",
      'it is obvious',
      "it's pretty obvious",
      'it should be obvious',
      'as is obvious',
    ],
    replace: [],
    note: CONDESCENDING,
  },
  {
    match: [
      'clearly states',
      'clearly stated',
      'clearly says',
      'clearly said',
      'clearly shows',
      'clearly shown',
      'clearly marked',
      'clearly mentioned',
    ],
    replace: [],
    note: CONDESCENDING,
  },
  { match: ['as you can clearly see'], replace: [], note: CONDESCENDING },
  {
    match: ['simply'],
    replace: [],
    note: 'Makes the step sound trivial, which blames whoever found it hard; leave it out.',
    unless: { after: ['not', 'put', 'unacceptable', "wasn't", "isn't", 'too'] },
  },
  {
    match: ['of course you need', 'of course you need to'],
    replace: ["you'll need", "you'll need to"],
    note: CONDESCENDING,
  },
  { match: ['of course you have to'], replace: ["you'll have to"], note: CONDESCENDING },
  {
    match: ['of course you should', 'of course you must'],
    replace: ['you should', 'you need to'],
    note: CONDESCENDING,
  },
  {
    match: ['you should have known', 'as you should know', 'as everyone knows', 'everyone knows'],
    replace: [],
    note: CONDESCENDING,
  },
  {
    match: [
      "it's easy",
      'it is easy',
      "it's really easy",
      "it's very easy",
      "it's super easy",
      "it's so easy",
      "it's quite easy",
      "that's easy",
      'easy peasy',
    ],
    replace: ['it should be quick', "here's how"],
    note: 'Calling it easy blames the customer who just told you it did not work; show the steps instead.',
  },
  {
    match: [
      "it's straightforward",
      'it is straightforward',
      "it's pretty straightforward",
      "it's simple",
      'it is simple',
      "it's really simple",
      "it's very simple",
      "it's trivial",
      'it is trivial',
    ],
    replace: ['it should be quick', "here's how"],
    note: 'Calling it simple blames the customer who just told you it did not work; show the steps instead.',
  },
  { match: ['not rocket science', "isn't rocket science"], replace: [], note: CONDESCENDING },
  {
    match: [
      'as i said',
      'as i already said',
      'as i have said',
      "as i've said",
      'like i said',
      'as i mentioned',
      'as i already mentioned',
      "as i've already mentioned",
      'as we said',
      'as we mentioned',
      'as already mentioned',
      'as previously mentioned',
      'as mentioned before',
      'as mentioned previously',
      'as mentioned above',
      'as previously stated',
      'as stated before',
      'as stated above',
      'as previously advised',
      'as already explained',
      'as previously explained',
      "as we've already explained",
      'as i explained',
    ],
    replace: ['to recap'],
    note: REPEATED,
  },
  {
    match: ['calm down', 'please calm down'],
    replace: [],
    note: 'Telling an upset customer to calm down escalates; acknowledge what happened instead.',
  },
  {
    match: ['no need to shout', 'no need to get upset', 'no need to be upset'],
    replace: [],
    note: 'Polices the customer’s tone; respond to what happened instead.',
  },
  {
    match: ['with all due respect'],
    replace: [],
    note: 'Signals that disrespect follows; leave it out.',
  },
  {
    match: ['you failed to'],
    replace: ["you didn't"],
    note: 'Frames it as the customer’s failure; say what happened neutrally.',
  },
  {
    match: ['user error', 'operator error'],
    replace: [],
    note: 'Blames the customer; explain what to do differently instead.',
  },
  {
    match: [
      'if you had read',
      "if you'd read",
      'if you read the instructions',
      'if you had read the instructions',
    ],
    replace: [],
    note: CONDESCENDING,
  },
] satisfies PhraseList;

export const suicide = [
  {
    match: ['commit suicide'],
    replace: ['die by suicide', 'take their own life'],
    note: '"Commit" suggests a crime; say "die by suicide".',
  },
  {
    match: ['committed suicide'],
    replace: ['died by suicide', 'took their own life'],
    note: '"Commit" suggests a crime; say "died by suicide".',
  },
  {
    match: ['commits suicide'],
    replace: ['dies by suicide'],
    note: '"Commit" suggests a crime; say "dies by suicide".',
  },
  {
    match: ['committing suicide'],
    replace: ['dying by suicide'],
    note: '"Commit" suggests a crime; say "dying by suicide".',
  },
  {
    match: ['successful suicide', 'completed suicide'],
    replace: ['death by suicide'],
    note: 'A death is not a success; say "death by suicide".',
  },
  {
    match: ['failed suicide', 'unsuccessful suicide', 'failed suicide attempt'],
    replace: ['suicide attempt'],
    note: 'Surviving is not a failure; say "suicide attempt".',
  },
  {
    match: [
      'want to kill myself',
      'wanna kill myself',
      'going to kill myself',
      'gonna kill myself',
      'could kill myself',
    ],
    replace: ['want to scream'],
    note: 'Suicide as a joke hurts people who live with it; say how frustrating it is instead.',
  },
  {
    match: ['kill myself'],
    replace: [],
    note: 'Suicide as a joke hurts people who live with it; say how frustrating it is instead.',
  },
  {
    match: ['kill yourself', 'kys', 'go kill yourself'],
    replace: [],
    note: 'Tells someone to die; never appropriate, even as a joke.',
  },
  {
    match: ['just shoot me', 'shoot me now', 'kill me now', 'hang myself', 'slit my wrists'],
    replace: [],
    note: 'Suicide as a joke hurts people who live with it; say how frustrating it is instead.',
  },
  {
    match: ['suicidal'],
    replace: ['reckless'],
    note: 'Use suicide words only when a life is at stake; otherwise say "reckless".',
    unless: { before: ['feel', 'feeling', 'felt', 'feels', 'am', "i'm", "you're", 'are', 'were'] },
  },
  {
    match: ['suicide mission'],
    replace: ['long shot', 'risky move'],
    note: 'Use suicide words only when a life is at stake; say "long shot".',
  },
] satisfies PhraseList;

const MILD = 'Mild, but a brand account swearing gets screenshotted; leave it out.';
const SWEAR = 'A swear word from a brand account gets screenshotted; say it without.';

export const profanity = [
  {
    match: [
      'fuck',
      'fucks',
      'fucked',
      'fucker',
      'fuckers',
      'fuckup',
      'fuck up',
      'fucked up',
      'motherfucker',
      'motherfuckers',
      'motherfucking',
      'wtf',
      'stfu',
      'ffs',
      'omfg',
      'fml',
    ],
    replace: [],
    note: SWEAR,
  },
  { match: ['fucking', 'fuckin', 'effing', 'frigging'], replace: ['really'], note: SWEAR },
  {
    match: [
      'shit',
      'shite',
      'shits',
      'horseshit',
      'shitshow',
      'shit show',
      'shitstorm',
      'shit storm',
      'holy shit',
      'apeshit',
    ],
    replace: [],
    note: SWEAR,
  },
  { match: ['shitty', 'crappy'], replace: ['poor', 'rubbish'], note: SWEAR },
  { match: ['bullshit'], replace: ['nonsense'], note: SWEAR },
  { match: ['crap'], replace: ['rubbish', 'junk'], note: SWEAR },
  { match: ['damn', 'goddamn', 'goddamned', 'damned'], replace: ['darn'], note: MILD },
  { match: ['damn it', 'dammit', 'damnit', 'goddammit'], replace: ['darn it'], note: MILD },
  { match: ['what the hell'], replace: ['what on earth'], note: MILD },
  {
    match: ['the hell', 'hell no', 'bloody hell', 'go to hell', 'hell of a', 'hellhole'],
    replace: [],
    note: MILD,
  },
  {
    match: ['bloody'],
    replace: ['really'],
    note: MILD,
    unless: { after: ['nose', 'noses', 'mary', 'marys', 'stool', 'stools'] },
  },
  { match: ['pissed off', 'pissed'], replace: ['fed up', 'angry'], note: SWEAR },
  {
    match: ['piss', 'pissing', 'piss off', 'take the piss', 'taking the piss'],
    replace: [],
    note: SWEAR,
  },
  {
    match: ['screwed up', 'screw up'],
    replace: ['messed up', 'mess up'],
    note: 'Crude in a brand reply; say "messed up".',
  },
  { match: ['screw you', 'screw that', 'screw it'], replace: [], note: SWEAR },
  {
    match: [
      'ass',
      'asses',
      'arse',
      'arses',
      'asshole',
      'assholes',
      'arsehole',
      'arseholes',
      'dumbass',
      'jackass',
      'smartass',
      'kick ass',
      'half assed',
      'half arsed',
      'arsed',
      'badass',
    ],
    replace: [],
    note: SWEAR,
  },
  {
    match: ['bitch', 'bitches', 'bitching', 'bitchy', 'son of a bitch'],
    replace: [],
    note: 'A swear word that also demeans women; say it without.',
  },
  { match: ['bastard', 'bastards'], replace: [], note: SWEAR },
  {
    match: [
      'bollocks',
      'bugger',
      'buggered',
      'sod off',
      'wanker',
      'wankers',
      'twat',
      'twats',
      'tosser',
      'knobhead',
      'prat',
    ],
    replace: [],
    note: SWEAR,
  },
  { match: ['cunt', 'cunts'], replace: [], note: SWEAR },
  {
    match: ['dick', 'dicks', 'dickhead', 'dickheads', 'prick', 'pricks', 'douche', 'douchebag'],
    replace: [],
    note: SWEAR,
    unless: {
      before: ['moby', 'van', 'philip', 'pin', 'needle', 'finger', 'weather'],
      after: ['van', 'tracy', 'sporting'],
    },
  },
  { match: ['sucks balls', 'suck balls'], replace: [], note: SWEAR },
] satisfies PhraseList;
