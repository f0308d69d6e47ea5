import { absoluteUrl } from "../core/web-paths.js";

/**
 * Absolute URLs for canonical links, Open Graph and the sitemap: PUBLIC_URL when it is set,
 * else the origin the request came to (a local install at http://127.0.0.1:3000).
 */
export function siteUrlFor(publicUrl: string | undefined, requestUrl: string): (path: string) => string {
  const base = publicUrl ?? new URL(requestUrl).origin;
  return (path) => absoluteUrl(base, path);
}
