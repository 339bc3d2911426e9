// A stand-in for a bundler: reads the sources, writes dist/, and fails like a compiler on a syntax error.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import greeting from "greeting";

const main = readFileSync("src/main.js", "utf8");
if (main.includes("BREAK_BUILD")) {
  console.log("transforming src/main.js...");
  console.error("src/main.js:1:0: ERROR: Unexpected identifier \"BREAK_BUILD\"");
  process.exit(1);
}
console.log(`bundling with ${greeting.name}`);
rmSync("dist", { recursive: true, force: true });
mkdirSync("dist/assets", { recursive: true });
writeFileSync("dist/app.js", `// ${greeting.message()}\n${main}`);
writeFileSync("dist/assets/style.css", readFileSync("src/style.css", "utf8"));
writeFileSync("dist/index.html", readFileSync("index.html", "utf8"));
cpSync("public", "dist", { recursive: true });
writeFileSync("dist/build-info.json", JSON.stringify({ node: process.version, execPath: process.execPath }) + "\n");
console.error("dist written");
