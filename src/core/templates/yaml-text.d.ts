// Packaging files bundled as text (esbuild's `text` loader; test/unit/support/yaml-text.cjs under tsx).
declare module '*.packaging.yaml' {
  const text: string;
  export default text;
}
