/** Whether `pathname` is `path` itself or below it (`/a/b` is below `/a`, `/ab` is not); a trailing `/` on `path` changes nothing. */
export function isPathAtOrBelow(pathname: string, path: string): boolean {
  const base = path.endsWith('/') ? path.slice(0, -1) : path;
  return pathname === base || pathname.startsWith(`${base}/`);
}
