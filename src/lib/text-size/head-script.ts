/**
 * The blocking script in <head> (src/components/ReaderComfortHead.astro) that applies the stored text
 * size before the first paint, so a page never shows at the usual size and then jumps.
 *
 * Plain ES5 text, inlined as is: it runs before anything else, in every browser. Reading storage can throw
 * (private modes, storage blocked): the page then simply starts at the usual size. Browsers without
 * module scripts could never run the button's script, so there the attribute is not set and the button
 * stays hidden. Content-Security-Policy: this exact text is hashed (an `is:inline` script is not hashed
 * by Astro on its own).
 */
import { TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_STORAGE_KEY } from './settings';

export const TEXT_SIZE_HEAD_SCRIPT =
  '(function(){var s="normal";' +
  `try{if(localStorage.getItem(${JSON.stringify(TEXT_SIZE_STORAGE_KEY)})==="large")s="large"}catch(e){}` +
  `if("noModule"in HTMLScriptElement.prototype)document.documentElement.setAttribute(${JSON.stringify(TEXT_SIZE_ATTRIBUTE)},s)})()`;
