/**
 * A Chinese (Han) character: what tells Chinese text from other text. One definition, for the checks,
 * the pages and the browser scripts; HAN_CHARACTER is its source, for patterns built around it.
 */
export const HAN_CHARACTER = String.raw`\p{Script=Han}`;
export const HAN = new RegExp(HAN_CHARACTER, 'u');
