/**
 * Mistakes an editor makes, as edits of the basics fixture, shared by the tests that need the same
 * one (the same edits give the same build, built once per run).
 */
import type { Edits } from './build';

/** A shop whose branch is misspelt: a reference to an entry that does not exist. */
export const danglingBranch: Edits = {
  'merchants/test-shop.md': (text) => text.replace('branch: test-zhibu', 'branch: test-zhibuu'),
};
