/** esbuild loads `.css` as text (see scripts/build-plugin.mjs). */
declare module "*.css" {
  const text: string;
  export default text;
}
