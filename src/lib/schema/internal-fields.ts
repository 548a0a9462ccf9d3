/**
 * Schema fields that are never shown on a page, each with the reason: every other field is rendered
 * somewhere (tests/unit/fields-rendered.test.ts), so nothing an editor writes is silently dropped.
 * Keys are `<collection>.<field path>` (list items unnumbered).
 */
export const INTERNAL_FIELDS: Readonly<Record<string, string>> = {
  'merchants.contact.consent': 'the record of the written consent behind published contact data: kept for the office, never published',
  'merchants.contact.consent.id': 'the consent form’s number, for the office’s files',
  'site.officialNames': 'the names check:content holds all text to (src/lib/content/official-names.ts): a rule for the editors, not text of a page',
  'site.officialNames.wrong': 'known wrong forms of an official name, for the same check',
  'site.freshness': 'how current check:content and the build ask the site to be kept: a rule, not text of a page',
  'merchants.contact.consent.date': 'the day the consent was signed, for the office’s files (a day in the future is an error)',
};
