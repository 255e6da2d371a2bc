/** The page's address without a paragraph anchor: metadata describes the whole page, not `#p-3`. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
