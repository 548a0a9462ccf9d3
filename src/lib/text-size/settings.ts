/**
 * Large-text mode (大字模式): the reader's choice, kept in this browser, shown as an attribute on <html>
 * that global.css turns into bigger text and targets. Shared by the head script and the header's button.
 */

/** localStorage key; the value is "large", or nothing for the usual size. */
export const TEXT_SIZE_STORAGE_KEY = 'text-size';

/** On <html>: "large" or "normal" once the head script has run; absent without JavaScript (the button is then hidden). */
export const TEXT_SIZE_ATTRIBUTE = 'data-text-size';

export type TextSize = 'normal' | 'large';
