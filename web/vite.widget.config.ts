import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The website chat widget: one small framework-free script, `dist/widget.js`, that sites embed with a script tag.
 * Built after the app, into the same `dist` (so the output directory is not emptied).
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    // wider than the app's default: the sites' visitors bring older browsers than the inbox's operators
    // (ES2022: Safari 15.4, Chrome 94); private class fields stay native, so the minifier shortens their names
    target: 'es2022',
    lib: {
      entry: fileURLToPath(new URL('./src/widget/main.ts', import.meta.url)),
      // required for iife; main.ts exports nothing, so no global is created
      name: 'SwitchboardWidgetBundle',
      formats: ['iife'],
      fileName: () => 'widget.js',
    },
    rolldownOptions: {
      output: { codeSplitting: false },
    },
  },
});
