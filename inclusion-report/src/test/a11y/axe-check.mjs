// Checks every HTML report in a folder with axe-core in Debian's headless Chromium (never a
// downloaded browser). Fails on any serious or critical violation, and on any request that
// leaves the file (a report must be self-contained). Usage: node axe-check.mjs <folder>
import { chromium } from 'playwright-core';
import { mkdtempSync, readdirSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const folder = resolve(process.argv[2] ?? '../../../target/reports');
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const files = readdirSync(folder).filter((name) => name.endsWith('.html')).sort();
if (files.length === 0) {
  console.error(`No HTML reports in ${folder}. Run ./mvnw -B verify first: the golden-file test writes them.`);
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'axe-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let passed = 0;
let failed = 0;
try {
  for (const name of files) {
    const page = await context.newPage();
    const outside = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) {
        return route.continue();
      }
      outside.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(join(folder, name)).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const results = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
    await page.close();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const minor = results.violations.filter((v) => !blocking.includes(v));
    if (blocking.length === 0 && outside.length === 0) {
      passed++;
      console.log(`ok    ${name}${minor.length ? ` (${minor.length} minor: ${minor.map((v) => v.id).join(', ')})` : ''}`);
    } else {
      failed++;
      console.log(`FAIL  ${name}`);
      for (const v of blocking) {
        console.log(`  ${v.impact} ${v.id}: ${v.help}`);
        for (const node of v.nodes.slice(0, 5)) {
          console.log(`    ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
        }
      }
      for (const url of outside) {
        console.log(`  request outside the file: ${url}`);
      }
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`axe-core: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
