#!/usr/bin/env node
// Renders the extension's icon, media/icon.svg (drawn for this project), to the 128×128 PNG the Marketplace shows.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const media = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'media');
const svg = fs.readFileSync(path.join(media, 'icon.svg'));
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 128 }, font: { loadSystemFonts: false } }).render().asPng();
fs.writeFileSync(path.join(media, 'icon.png'), png);
console.log(`media/icon.png: 128×128, ${png.length} bytes`);
