/**
 * A compact dictionary for splitting all-lower-case hashtags ("#blackfriday" → Black Friday):
 * common words of customer care, marketing, days and seasons, in English, German and Swedish.
 *
 * Two classes per language:
 * - `joinable`: nouns, and stems German and Swedish glue into compounds. A German or Swedish tag
 *   made only of these is one compound word ("#kundenservice", "#kundtjänst") and is not flagged.
 * - `phrase`: function words, verbs, inflected adjectives and adverbs, which stand as separate
 *   words. A tag with one of these is a phrase written without spaces ("#frohesfest").
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
bank baum beratung bericht beruf bestellung betrieb bier bild blume brief brot buch büro
dank datum dezember dienst dienstag donnerstag dorf einkauf eltern ende energie erde ernte
erfolg essen fahrrad familie februar feier feiertag fenster ferien fest film firma fisch
flug frage frau freitag freude freund freunde frühling frühstück garten geburtstag geld
geschenk gesundheit gewinn gewinnspiel glück herbst heimat herz hilfe hitze hotel hund idee
info januar jahr juli juni kaffee kalender karte katze kind kinder kino kirche klima konto
kosten kuchen kunde kunden kundin kundinnen kundenservice kundendienst kunst küche land
leben lehrer licht liebe lieferung mai markt märz meer mensch menschen messe mittag mittwoch
monat montag morgen musik mutter nacht natur netz neujahr november oktober oma opa ostern
paket pause plan post preis problem produkt projekt rabatt rad rat rechnung regen reise
rezept rücksendung sache samstag schnee schule see sommer sonne sonntag spaß spiel sport
stadt stau stelle störung straße stunde support system tag tage team technik termin tier
umwelt unternehmen urlaub vater verkauf versand video vielfalt vorteil wald ware wasser
weihnachten welt werbung wetter winter woche wochenende wohnung zeit zug zukunft zuhause
service shop online team store news update sale app daten gutschein hotline neuheit
nachhaltigkeit verantwortung ausbildung weiterbildung bewerbung karriere mitarbeiter
mitarbeiterin mitarbeitende arbeitsplatz zusammenarbeit gemeinschaft freundschaft
schnell neu alt groß klein voll halb
`,
  phrase: `
der die das den dem des ein eine einen einem einer eines und oder aber auch noch nur schon
sehr mehr viel viele vielen alle allen jeder jede jedes mit für von zu zum zur bei nach aus
vor an auf in im ins am um über unter durch gegen ohne bis seit ist sind war waren wird
werden wurde bin bist seid sein hat haben habt hatte kann können will wollen muss müssen
soll sollen darf dürfen mag möchte ich du er sie es wir ihr uns euch mich dich mir dir
ihnen unser unsere unseren euer eure dein deine mein meine wie was wer wo wann warum hier
da dort jetzt heute immer nie gern gerne bitte danke ja nein nicht kein keine
frohe frohes frohen froher schöne schönes schönen schöner gute gutes guten guter neue
neues neuen neuer liebe lieben lieber tolle tolles tollen besten beste bestes herzlich
herzliche herzlichen viel vielen dank danke glücklich gesund zusammen stark bleib bleibt
bleiben macht machen mach gehen geht komm kommt kommen sag sagt sagen sieh seht hilf helfen
helft gewinne gewinnen kaufen kauf bestellen bestell jetzt sofort gleich bald endlich
wieder weiter mehr wirklich einfach richtig echt super gut
`,
};

export const SV_WORDS: WordClasses = {
  joinable: `
affär arbete april augusti barn bil bild blomma bok bord butik dag dagar december dator
familj februari fest film fika fisk fredag frukost fråga föräldrar glädje gård hav helg
helger hem hjälp hund hus höst idé information januari jobb jul juli juni kaffe kalas
kampanj kanal katt kille kund kunder kundservice kundtjänst kväll kärlek land leverans
liv lunch lördag maj mamma mars mat midsommar miljö morgon musik måndag månad natur natt
nyhet nyheter nyår november oktober onsdag order paket pappa påsk pris problem produkt
resa rea recept regn retur semester september service skola snö sol sommar sport stad
stöd support söndag tack team tid tisdag torsdag tävling vecka vinter vår vän vänner
värld år ägg erbjudande leverantör medlem medarbetare företag butiken mobil app nätet
hållbarhet kvalitet säkerhet trygghet gemenskap vänskap
stor ny snabb gammal
`,
  phrase: `
och eller men att som det den de en ett i på av för med till från om under över efter
före utan hos vid mot är var blir blev har hade kan ska skulle vill måste får jag du han
hon vi ni dem oss er mig dig sig min mitt mina din ditt dina vår vårt våra er ert era
vad vem var när varför hur här där nu idag alltid aldrig gärna tack ja nej inte ingen
inget glad glada glatt god goda gott trevlig trevliga trevligt härlig härliga härligt
fin fina fint skön sköna skönt bästa bra mycket mer mest många alla allt hela nya nytt
gammalt välkommen välkomna stanna hemma håll hålla hjälper hjälpa jobba jobbar söker
sök köp köpa handla beställ beställa följ följer vinn vinna tillsammans starka stark
redan snart äntligen igen direkt verkligen riktigt
`,
};
