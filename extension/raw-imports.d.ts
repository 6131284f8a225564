/** Vite's `?raw` imports: a file's text, inlined at build time (the privacy page bundles docs/PRIVACY.md). */
declare module '*?raw' {
  const text: string;
  export default text;
}
