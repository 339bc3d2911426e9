// The fixture's frontend build, without packages: copies src/ to dist/ as a bundler would.
import { cpSync, mkdirSync } from 'node:fs';
mkdirSync('dist', { recursive: true });
cpSync('src', 'dist', { recursive: true });
console.log('frontend built into dist/');
