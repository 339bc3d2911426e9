import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The window loads http://localhost:1420 in dev mode (build.devUrl in tauri.conf.json) and dist/ otherwise.
export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    watch: { ignored: ["**/target/**", "**/src/main/**", "**/src/test/**"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
  },
});
