/**
 * The versions a team lead publishes at one URL, for the subscription tests (unit and e2e):
 * v1, v2 (changes in words), a broken v3, a v4 whose own examples fail.
 */
const passing = {
  text: 'Hi Dana, I am sorry the parcel is late. I will check it now and write back today.',
  customerName: 'Dana',
  expect: 'pass',
};

export const V1 = {
  id: 'acme-care',
  name: 'Acme care',
  version: '1.0.0',
  languages: ['en'],
  vocabulary: { banned: [{ term: 'cheap', reason: 'say affordable' }] },
  examples: [
    passing,
    {
      text: 'Hi Dana, this is a cheap fix.',
      customerName: 'Dana',
      expect: { trips: ['brand.banned'] },
    },
  ],
};

export const V2 = {
  ...V1,
  version: '2.0.0',
  vocabulary: {
    terms: ['Kettle Pro'],
    banned: [...V1.vocabulary.banned, { term: 'ASAP', reason: 'say when' }],
  },
};

/** Not a semantic version, and an override of a rule that does not exist. */
export const V3_BROKEN = { ...V2, version: '3.0', overrides: { 'brand.no-such-rule': 'off' } };

/** Valid, but its example says "cheap" and still expects no finding. */
export const V4_FAILING = {
  ...V2,
  version: '4.0.0',
  examples: [{ ...passing, text: 'Hi Dana, the cheap kettle is on its way today.' }],
};

export const json = (pack: unknown): string => JSON.stringify(pack, null, 2);
