/**
 * The raw material of the memory benchmark's texts and people: common English words of customer
 * service (so the texts compress on disk roughly as real messages do, not as random letters or
 * one repeated sentence would), names, products and topics.
 */

export const CUSTOMER_WORDS = `
i my me we our you your it is was the a an and or but not no yes so to of in on at for with from
this that there here still again just now today yesterday week days order parcel package delivery
tracking number refund money back charged twice card payment account login password email app
update broken crash error working stopped screen phone laptop store shop online help please thanks
thank really very quite bit waiting since last month ago never arrived wrong size colour color item
box damaged missing return label address changed support team chat agent told said would should
could can can't won't didn't doesn't isn't haven't been have has had get got make made want need
love great awesome terrible awful disappointed frustrated happy sad annoyed honestly seriously why
when how what who where which anyone someone nothing everything something time hours minutes call
phoned emailed messaged replied answer response reply sorry problem issue fix fixed sort sorted
cancel cancelled subscription plan price discount code coupon sale free shipping express standard
courier driver door neighbour left outside photo picture attached screenshot receipt invoice bill
`
  .trim()
  .split(/\s+/);

export const REPLY_WORDS = `
hi hello thanks thank you for reaching out getting in touch sorry to hear about this that we I'm
we're really appreciate your patience let me look into it check have a look can could would
please send us a DM direct message with your order number email address so we can sort this out
right away I've passed this on to our team the courier delivery should arrive within two three
working days business refund has been issued processed will show on your statement in five to ten
we understand how frustrating annoying this must be is and apologise apologize for the trouble
inconvenience delay let us know if there's anything else we can help with happy to help have a
great day weekend evening morning our colleagues are working on a fix the app update version
password reset link account settings page you can also find more on our help centre center
support article here follow these steps try again after clearing the cache restarting reinstalling
`
  .trim()
  .split(/\s+/);

export const FIRST_NAMES = `
Maya Liam Olivia Noah Emma Elijah Ava Lucas Sophia Mateo Isabella Levi Mia Ezra Amelia Kai Harper
Leo Evelyn Arjun Priya Wei Mei Hiroshi Yuki Fatima Omar Aisha Hassan Zara Ines Lucia Sofia Diego
Camila Pablo Anna Jonas Lena Felix Mila Lukas Emil Saga Astrid Nils Freja Oskar Elin Ingrid Tariq
Nadia Kofi Ama Chidi Ngozi Thabo Lerato Sipho Anya Dmitri Olga Ivan Katya Marek Zofia Jakub Petra
Tomas Eva Sean Aoife Ciara Declan Niamh Rhys Seren Cerys Owen Gwen Ruth Esther David Miriam Samuel
Grace Daniel Chloe James Ella Henry Lily Jack Ruby Oscar Isla Finn Rosa Hugo Alba Marco Giulia
`
  .trim()
  .split(/\s+/);

export const LAST_NAMES = `
Patel Smith Johnson Nguyen Garcia Muller Schmidt Schneider Fischer Weber Andersson Johansson
Karlsson Nilsson Eriksson Larsson Olsen Hansen Jensen Nielsen Kowalski Nowak Wisniewski Novak
Horvat Rossi Russo Ferrari Esposito Bianchi Romano Martin Bernard Dubois Thomas Robert Richard
Petit Durand Leroy Moreau Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus
Sousa Fernandes Goncalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Kim
Lee Park Choi Jung Kang Cho Yoon Jang Lim Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura
Kobayashi Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Okafor Mensah Adeyemi Abebe Haddad
Khan Ahmed Ali Hussain Shah Singh Kumar Sharma Gupta Murphy Kelly Byrne Walsh Ryan OBrien Evans
`
  .trim()
  .split(/\s+/);

export const PRODUCTS = `
headphones trainers jacket blender kettle backpack charger smartwatch lamp sunglasses hoodie
jeans sofa cushion mattress speaker camera tablet keyboard monitor
`
  .trim()
  .split(/\s+/);

export const TOPICS = [
  'parcel delayed',
  'refund not received',
  'charged twice',
  'app keeps crashing',
  'cannot log in',
  'wrong size delivered',
  'item arrived damaged',
  'discount code not working',
  'cancel subscription',
  'change delivery address',
  'missing item in order',
  'password reset email',
  'loves the new update',
  'question about sizes',
  'store opening hours',
  'outage this morning',
  'feature request dark mode',
  'price match',
  'tracking not updating',
  'return label',
];
