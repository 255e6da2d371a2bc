/** A base path as a folder, "/" or "/sub/", however it was written ("sub", "/sub", "/sub/", "//sub//"). */
export function basePath(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}
