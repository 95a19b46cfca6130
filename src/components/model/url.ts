/** Link text for source URLs: short enough for a table cell, specific enough to tell sources apart. */

/** "https://www.arxiv.org/abs/1" → "arxiv.org". */
export function urlHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Host plus a shortened path: the first two and the last two path segments around an ellipsis.
 * "https://github.com/o/r/blob/sha/providers/azure/models/phi-4.toml" → "github.com/o/r/…/models/phi-4.toml".
 */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter(Boolean);
    const path = parts.length > 4 ? [...parts.slice(0, 2), '…', ...parts.slice(-2)] : parts;
    return [u.hostname.replace(/^www\./, ''), ...path].join('/');
  } catch {
    return url;
  }
}
