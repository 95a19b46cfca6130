/**
 * What a reader sees on a built pair page and in its JSON twin, checked for the faults issue 7
 * names: a saving phrase told more than twice, internal tokens in visible text, and float noise
 * in JSON. Plain functions over strings, so `scripts/audit-words.mjs`-style reports and the
 * built-site tests count the same things.
 */

/** The saving phrase of savingPhrase() in src/lib/compare/cost.ts: "costs 49% less" / "is 2.1× cheaper". */
export const SAVING_PHRASE = /\b(?:costs (?:<1|>99|\d+)% less|is \d+(?:\.\d)?× cheaper)\b/g;
/** A page may state the saving in the verdict and in its home, the cost section. */
export const SAVING_PHRASE_MAX = 2;

/**
 * Tokens that only make sense to the code: verdict rule ids shown as such, raw tag ids, and the
 * "not sourced" reading of a benchmark row that has scores.
 */
export const INTERNAL_TOKENS: { name: string; re: RegExp }[] = [
  { name: 'rule id shown', re: /Rule applied:|\b(?:cheaper-untested|cheaper-and-ahead|cheaper-scores-level|price-vs-quality|same-cost-one-ahead|cost-unknown-one-ahead|insufficient-data)\b/ },
  { name: 'raw tag id', re: /\b(?:open-weights|tool-use|long-context|function-calling|multi-modal)\b/ },
];

/** Visible text of a page: the body without scripts, styles and tags, whitespace collapsed. */
export function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  return body
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}

export function savingPhraseCount(text: string): number {
  return (text.match(SAVING_PHRASE) ?? []).length;
}

export function internalTokens(text: string): string[] {
  return INTERNAL_TOKENS.filter((t) => t.re.test(text)).map((t) => t.name);
}

/**
 * Numbers in JSON text carrying binary float noise: seven or more decimals ("879.0000000000001",
 * "0.30000000000000004"). Rounded money has two decimals and scores one to three.
 */
export function floatNoise(json: string): string[] {
  return json.match(/-?\d+\.\d{7,}/g) ?? [];
}
