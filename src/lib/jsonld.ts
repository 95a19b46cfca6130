/**
 * JSON for a <script type="application/ld+json"> block. JSON.stringify alone lets a data string
 * containing "</script>" close the element and inject markup, so <, > and & are escaped as JSON
 * unicode escapes (still the same JSON value for parsers).
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
