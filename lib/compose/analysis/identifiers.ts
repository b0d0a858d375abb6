/**
 * The shapes of e-mail addresses, order and ticket numbers and tracking codes in a customer's
 * message. No imports: customer memory's link evidence uses them in the background, which must
 * not pull in the rest of the analysis (compromise).
 */

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

// A number after a word that says what it is, in any of the three languages ("order 1234-567",
// "Bestellnummer 889911", "ärende 55120"), or written with "#". At least three digits, so
// "order 2" or "#1 fan" are not order numbers.
export const ORDER_KEYWORDS =
  'orders?|order no|order number|ticket|case|tracking(?: number| no| id)?|reference|ref|invoice|rma|bestellung|bestellnummer|bestell-nr|auftrag|auftragsnummer|sendung|sendungsnummer|ticketnummer|rechnungsnummer|rechnung|kundennummer|fall|vorgang|vorgangsnummer|ordernummer|ordernr|beställning|beställningsnummer|ärende|ärendenummer|kollinummer|kolli-id|fakturanummer|faktura|referens|referensnummer|spårningsnummer';

/** The number after one of `keywords` (an alternation), captured in group 1. */
export function numberAfterKeyword(keywords: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}])(?:${keywords})(?:\\s*(?:no\\.?|nr\\.?|number|nummer|id|#|:))*\\s*#?([A-Z]{0,4}-?\\d[\\dA-Z-]*\\d)`,
    'giu',
  );
}

// The identifier alone: "#48213" is 48213, the "#" is how it was written, not part of it.
export const HASH_NUMBER = /(?<![\p{L}\p{N}&])#([A-Z]{0,4}-?\d{3,}[\dA-Z-]*)/giu;
// Carrier tracking codes: letters then many digits ("JJD0001234567", "SE123456789").
export const TRACKING = /(?<![\p{L}\p{N}])[A-Z]{2,4}\d{8,}[A-Z]{0,2}(?![\p{L}\p{N}])/gu;
