/**
 * A Chinese (Han) character: what tells Chinese text from other text. The two browser scripts that
 * need it (the shop filter island, the search view) keep their own one-line copy: importing this from
 * both makes the bundler split it into a chunk of its own, one more request for every visitor.
 */
export const HAN = /\p{Script=Han}/u;
