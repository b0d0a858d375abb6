/**
 * A compact dictionary for splitting all-lower-case hashtags ("#blackfriday" → Black Friday):
 * common words of customer care, marketing, days and seasons, in English, German and Swedish.
 *
 * English: any split into two or more words is a phrase ("#blackfriday"); its two classes only
 * keep the list readable (`joinable`: nouns; `phrase`: everything else).
 *
 * German and Swedish glue words into compounds ("#kundenservice", "#kundtjänst", "mitkommen"), so
 * a split alone proves nothing there. `phrase` holds the words that *start* a phrase and never a
 * compound: articles, pronouns, possessives, inflected adjectives of greetings ("frohes",
 * "guten", "trevlig"), "danke"/"tack" and a few finite verbs ("bleibt", "är"). A German or Swedish
 * tag is flagged when its split starts with one of them ("#frohesfest", "#trevlighelg"), or when
 * it splits into English words only ("#blackfriday"). `joinable` holds everything else.
 *
 * English closed compounds ("weekend", "together", "password", "somewhere") are listed whole, so
 * they are never split into smaller words ("to get her"). Suffix-like words ("ship", "less",
 * "able", "het", "bar") are left out or may not follow another word (see segment.ts).
 */
export interface WordClasses {
  joinable: string;
  phrase: string;
}

export const EN_WORDS: WordClasses = {
  joinable: `
account address advice age agent air airport airline alert anniversary answer app apple area art
article artist assistant attention autumn award baby back background bag bakery balance bank bar
base basket bathroom battery beach beauty bed bedroom beer benefit bike bill bird birthday
blog board boat body book booking boss bottle box boy brand bread breakfast bridge brother
brunch budget bug building bus business butter button buyer cake call camera camp campaign car
card care career cart case cash cat celebration center centre challenge champion chance change
channel charity chat cheese chef chicken child children chocolate choice christmas church city
class classroom client climate clothes cloud club coach coast code coffee college colour color
community company competition complaint computer concert connection contest control cookie cost
country coupon course court cover craft cream creator credit crew culture cup customer cyber
dad data date daughter day deal delivery demo design designer desk detail developer device diary
dinner discount doctor dog door dream dress drink driver drive earth easter economy education
email employee end energy engine engineer environment equality error event evening exchange
expert experience eye face fact factory faith family fan farm fashion father feature fee
feedback festival field film finance fire fish fitness flight floor flower food football
forest form freedom friday friend friendship fruit fun future game garden gift girl
glass goal gold grandma grandpa grocery group growth guest guide gym hair half hand
happiness hardware hashtag head health healthcare heart heat help helpdesk hero history
holiday home homework hope hospital hotel hour house idea inbox income industry info
information innovation insight instagram internet invoice island issue item job joy juice
key kid kids kitchen knowledge lab lake land language laptop launch law leader leadership
learning lesson letter level library life lifestyle light line link list login
love lunch machine mail maintenance manager market marketing match meal media meeting member
memory men message milk mind minute mission mobile model mom moment monday money month
morning mother motivation mountain movie mum museum music nature network news newsletter night
note notebook number nurse ocean office offer order outage outdoor owner pack package page
pain paper parent park part partner party password patience payment peace pen people pet phone
photo picture piece pizza place plan plant plastic platform play player podcast point police
policy portal post power practice present price pride problem product profile progress project
promo promotion pumpkin purchase quality question queue race rain rainbow reader reading
receipt recipe record recovery refund region release repair report research reset rest
restaurant result retail return review reward river road room rule safety sale salad saturday
school science sea season seat security selfie service session setup shape share shipping
shoe shop shopping show side sign signup size skin skincare sky sleep smile snow soap
software solution song sound space speed sport spring staff stage star start status stock
store story street strength student studio style success summer sun sunday sunset sunshine
supply support surprise system table talent task taste tax tea teacher team teamwork tech
technology test thanksgiving thing thought thursday ticket time tip today tomorrow tonight
tool tour town toy track tracking trade training travel tree trend trip truth tuesday tv
university update upgrade user valentine value vacation video view village vision visit voice
volunteer vote wall warranty watch water wave way weather website wedding wednesday week
weekend welcome wellbeing wellness wifi wind window winter wine wisdom woman women word work
workout workshop world writer yard year yoga youth zone
january february march april may june july august september october november december
halloween easter pride diversity inclusion accessibility sustainability awareness
throwback giveaway takeaway checkout feedback smartphone online
offline website homemade handmade lifetime everyone everything everybody someone something
somebody anyone anything anybody nobody nothing everywhere anywhere somewhere nowhere
together however whatever whenever wherever therefore without within into onto upon
yourself myself ourselves themselves himself herself itself cannot maybe already always
almost also although anyway sometimes meanwhile otherwise forever become because before
another understand forget forgive forward office notice heart honest often important
manage management message damage target season reason person personal carpet island
instead indeed inform insight install update upset income outcome input output download
upload inside outside behind beyond below became toward towards therapist breakfast
hashtags goodbye friendly weekday weekdays cupcake pancake popcorn
sunflower butterfly firework fireworks wildlife worldwide waterproof skincare haircare
healthcare livestream playlist grandparents grandmother grandfather girlfriend boyfriend
headline headphones keyboard desktop network newborn overnight seafood showroom snowman
timeline toothbrush upcoming watermelon footwear daylight downtown earthquake classroom
background bathroom bedroom airline aircraft basketball baseball football handbag hairstyle
database databases homepage overview newspaper newspapers marketplace afternoon everyday
handbook somewhat workplace overseas firewall bookstore underwear highlight highlights baseline
soundtrack showcase cookbook overcome riverside overhead homeland incoming nightlife livestock
highland postcard postcards motherboard highway highways greenhouse fireplace playback hometown
thereafter snowboard guidelines keyword keywords paperback hardcover wallpaper wallpapers
becoming trackback guestbook showtimes photoshop powerpoint undertake lightbox hereby whereas
sunglasses eyewear bestseller bestsellers lifelong longtime meantime mainland landmark landscape
lighthouse textbook notebook passport pathway railway roadmap rooftop skyline smartwatch
sportswear stakeholder storyline storytelling superhero teammate touchdown trademark waterfall
weekday wildfire windmill wristband yearbook offline outfit output outreach overall overtime
payroll paycheck checklist hashtag headquarters heartbeat heartfelt layout lineup login logout
makeup matchmaking newcomer nonprofit nowadays offspring oneself online ongoing onboarding
outlet outlook pinpoint sunscreen sunbathing barefoot blackboard bodyguard breakthrough
briefcase broadband clockwise countdown courtyard crossroads dashboard deadline doorstep
downside downtime dropdown earring elsewhere feedback filmmaker fingerprint flashback folklore
footprint freelance goldfish grassroots groundwork hairdresser handwriting hardworking headset
heartbreak homeowner horseback housewife keynote knowhow lifeguard lifespan lifestyle limelight
lipstick livelihood loophole lowercase uppercase mailbox mankind masterpiece milestone moonlight
network nevertheless newborn nickname nobody offshore overdue overload oversee overlook popcorn
printout rainfall salesman scarecrow seashore setback shortcut sidewalk slideshow someday
sometime spotlight springtime standby standpoint stepmother sunlight sunrise superstar takeover
teapot throughout tiptoe toothpaste turnover undergo underground underline understand upbeat
upgrade upside upstairs uptown viewpoint warehouse wavelength weekend whatsoever wheelchair
whenever whiteboard widespread windshield wonderland workflow workforce workload worldwide
wrongdoing yourself everybody
moreover visitor visitors connector projector facebook youtube instagram linkedin tiktok whatsapp
paypal ebay iphone ipad bluetooth
`,
  phrase: `
a i an the and or but so if of to in on at by for with from up down out off over under about
after again all any are am is was were be been being do does did doing done have has had having
go goes going went gone get gets getting got make makes making made take takes taking took see
sees seeing saw seen look looking come comes coming came give gives giving gave know knowing
knew think thinking feel feeling felt find finding found tell telling told ask asking asked
try trying tried need needing needed want wanting wanted use using used helping helped
keep keeping kept let lets stay staying stayed run running move moving live living believe
bring bringing happen happening write writing read learn lead follow
following stop stopping create creating speak speaking spend spending grow growing open opening
win winning offering remember wait waiting serve serving send sending expect build
join joining sharing save saving caring loving like liking thank thanks enjoy enjoying
celebrate celebrating supporting shine dreaming explore exploring discover discovering
traveling travelling cook cooking eat eating drinking wear sleeping smiling laugh laughing
dancing sing singing hire hiring hired apply applying launching launched ship shipped
deliver delivering delivered fix fixing fixed ordering ordered updated booked checking
checked connect connecting meet voting click tap swipe subscribe follow listen
watching playing working worked changing changed started starting closing closed
is are be we you they he she it me us them my your our their his her its this that these
those what when where who why how which there here not no yes very too more most less least
so such just only even still now then soon new old good great best better big
small little long short high low hot cold warm cool happy merry sad nice kind fresh free
easy hard fast quick slow early late right wrong true full empty real safe healthy strong
proud ready sorry glad lucky lovely beautiful amazing awesome special local global green
black white red blue pink first last next every each other own same different many much few
some any never again away well ever
limited exclusive official
digital mental social public open live latest daily weekly monthly annual yearly
sweet funny cute wild smart clean fair natural organic vegan local perfect
`,
};

export const DE_WORDS: WordClasses = {
  joinable: `
abend aktion alltag angebot anfrage antwort april arbeit arzt auftrag august ausflug auto bahn
bank baum beratung bericht beruf bestellung betrieb bier bild blume brief brot buch büro dank
datum dezember dienst dienstag donnerstag dorf einkauf eltern ende energie erde ernte erfolg
essen fahrrad familie februar feier feiertag fenster ferien fest film firma fisch flug frage
frau freitag freude freund freunde frühling frühstück garten geburtstag geld geschenk gesundheit
gewinn gewinnspiel glück herbst heimat herz hilfe hitze hotel hund idee info januar jahr juli
juni kaffee kalender karte katze kind kinder kino kirche klima konto kosten kuchen kunde kunden
kundin kundinnen kundenservice kundendienst kunst küche land leben lehrer licht lieferung mai
markt märz meer mensch menschen messe mittag mittwoch monat montag morgen musik mutter nacht
natur netz neujahr november oktober oma opa ostern paket pause plan post preis problem produkt
projekt rabatt rad rat rechnung regen reise rezept rücksendung sache samstag schnee schule see
sommer sonne sonntag spaß spiel sport stadt stau stelle störung straße stunde support system tag
tage team technik termin tier umwelt unternehmen urlaub vater verkauf versand video vielfalt
vorteil wald ware wasser weihnachten welt werbung wetter winter woche wochenende wohnung zeit
zug zukunft zuhause service shop online store news update sale app daten gutschein hotline
neuheit nachhaltigkeit verantwortung ausbildung weiterbildung bewerbung karriere mitarbeiter
mitarbeiterin mitarbeitende arbeitsplatz zusammenarbeit gemeinschaft freundschaft schnell neu
alt groß klein voll halb ein eines und oder aber auch noch nur schon sehr mehr viel alle allen
jeder jede jedes mit für von zu zum zur bei nach aus vor an auf in im ins am um über unter durch
gegen ohne bis seit war waren wird werden wurde sein hat haben hatte kann können will wollen
muss müssen soll sollen darf dürfen mag möchte er mich dich mir dir ihnen unseren wie was wer wo
wann warum hier da dort heute immer nie gern gerne bitte ja nein nicht kein keine neuer herzlich
glücklich gesund zusammen stark bleiben macht machen mach gehen geht komm kommt kommen sag sagt
sagen sieh seht hilf helfen helft gewinne gewinnen kaufen kauf bestellen bestell sofort gleich
bald endlich wieder weiter wirklich einfach richtig echt super gut grüße grüsse wünsche
feiertage nachricht geduld treue angebote nachtisch appetit
`,
  phrase: `
der die das den dem des eine einen einem einer ich du sie es wir ihr uns euch unser unsere euer
eure dein deine mein meine frohe frohes frohen froher schöne schönes schönen schöner gute gutes
guten guter neue neues neuen liebe lieben lieber tolle tolles tollen beste besten bestes
herzliche herzlichen vielen viele alles danke hallo bleibt bleib ist sind seid bin bist habt
jetzt
`,
};

export const SV_WORDS: WordClasses = {
  joinable: `
affär arbete april augusti barn bil bild blomma bok bord butik dag dagar december dator familj
februari fest film fika fisk fredag frukost fråga föräldrar glädje gård hav helg helger hem
hjälp hund hus höst idé information januari jobb jul juli juni kaffe kalas kampanj kanal katt
kille kund kunder kundservice kundtjänst kväll kärlek land leverans liv lunch lördag maj mamma
mars mat midsommar miljö morgon musik måndag månad natur natt nyhet nyheter nyår november
oktober onsdag order paket pappa påsk pris problem produkt resa rea recept regn retur semester
september service skola snö sol sommar sport stad stöd support söndag team tid tisdag torsdag
tävling vecka vinter vår vän vänner värld år ägg erbjudande leverantör medlem medarbetare
företag butiken mobil app nätet hållbarhet kvalitet säkerhet trygghet gemenskap vänskap stor ny
snabb gammal och eller men att som det den de en ett i på av för med till från om under över
efter före utan hos vid mot var blev har hade kan ska skulle vill måste får dem oss er mig dig
sig ert era vad vem när varför hur här där nu idag alltid aldrig gärna ja nej inte ingen inget
glatt fin fina fint skön sköna skönt bra mycket mer mest många alla allt hela nya nytt gammalt
hemma håll hålla hjälper hjälpa jobba jobbar söker sök köp köpa handla beställ beställa följ
följer vinn vinna tillsammans starka stark redan snart äntligen igen direkt verkligen riktigt
hjälpen tålamod
`,
  phrase: `
jag vi ni du han hon min mitt mina din ditt dina vårt våra glad glada god goda gott trevlig
trevliga trevligt härlig härliga härligt bästa stort stora tack hej välkommen välkomna är blir
stanna
`,
};
