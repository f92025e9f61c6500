/**
 * People's words inside Boussole's markdown subset (src/core/replies.ts). A keyword typed
 * `*urgent*` or a topic `_brouillon_` must show as typed, not bold or italic, and an unmatched
 * `*` must not swallow Boussole's own bold. So a value is written with CommonMark's escape — a
 * backslash before each character the subset gives a meaning — and each renderer shows the
 * character itself: Teams' Markdown honours the backslash (checked in Microsoft's renderer), the
 * others are told how by `renderEscapes`. Web addresses are left whole: an escape would break them.
 */
const SPECIAL = /[\\*_~`[\]]/g;
const URL = /https?:\/\/\S+/g;

export function literal(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL)) {
    out += text.slice(last, match.index).replace(SPECIAL, '\\$&') + match[0];
    last = match.index + match[0].length;
  }
  return out + text.slice(last).replace(SPECIAL, '\\$&');
}

/** An escaped character, as `literal` writes it. */
const ESCAPED = /\\([\\*_~`[\]])/g;

/** The text a reader sees where no markdown is read (a button's label, plain text). */
export function withoutEscapes(text: string): string {
  return text.replace(ESCAPED, '$1');
}

// Private-use characters stand for the escaped ones while a renderer converts the markup around them.
const BASE = 0xe000;
const CHARS = '\\*_~`[]';
const HELD = /[\ue000-\ue006]/g;

/** The text with each escaped character held aside as a private-use stand-in (no markup rule sees it). */
export function holdEscapes(text: string): string {
  return text.replace(ESCAPED, (_, char: string) => String.fromCharCode(BASE + CHARS.indexOf(char)));
}

/** Each held character put back as `restore` writes it for the platform. */
export function restoreHeld(text: string, restore: (char: string) => string): string {
  return text.replace(HELD, (c) => restore(CHARS[c.charCodeAt(0) - BASE]!));
}

/** `render` applied to the text with its escaped characters held aside, then put back by `restore`. */
export function renderEscapes(text: string, render: (text: string) => string, restore: (char: string) => string): string {
  return restoreHeld(render(holdEscapes(text)), restore);
}
