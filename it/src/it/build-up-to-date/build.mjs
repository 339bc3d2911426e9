// The fixture's frontend build: no dependencies, writes dist/ the way a bundler would.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
// Counts the runs outside dist/ (and outside the build's inputs), so the IT can tell how often it ran.
appendFileSync('build-runs.txt', 'frontend build ran\n');
// src/ is an input of the frontend build: changing this file must make the next build run.
const greeting = readFileSync('src/greeting.txt', 'utf8').trim();
mkdirSync('dist', { recursive: true });
writeFileSync('dist/index.html', `<!doctype html>
<html>
<head><meta charset="utf-8"><title>IT App</title></head>
<body>
<p id="greeting"></p>
<script>document.getElementById('greeting').textContent = 'Hello from an inline script';</script>
<script type="module" src="app.js"></script>
</body>
</html>
`);
writeFileSync('dist/app.js', `console.log(${JSON.stringify(greeting)});\n`);
console.log('frontend built into dist/');
