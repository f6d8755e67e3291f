// A real browser (Debian's headless Chromium driven by playwright-core) loads the playground
// with every request to anything but 127.0.0.1 aborted, runs the headline query and sees the
// answer in the result pane. Saves a screenshot under web/test-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-artifacts');

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

test('the playground runs the headline query offline', { timeout: 120000, skip: !existsSync(executablePath) && `no browser at ${executablePath} (apt-get install -y chromium)` }, async () => {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const blocked = [];
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1') return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    const introspections = [];
    page.on('response', async (res) => {
      if (res.url().endsWith('/graphql') && (res.request().postData() || '').includes('__schema')) {
        introspections.push(await res.json());
      }
    });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(server.url + '/', { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30000 });
    const editor = await page.locator('.graphiql-query-editor').innerText();
    assert.match(editor, /actor\(name: "Russia"\)/);
    await page.click('.graphiql-execute-button');
    const result = page.locator('.graphiql-response');
    await result.getByText('Budapest Memorandum').first().waitFor({ timeout: 30000 });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'playground.png') });
    assert.match(await result.innerText(), /Budapest Memorandum/);
    assert.deepEqual(blocked, [], 'the playground tried to reach the network');
    assert.deepEqual(pageErrors, []);
    assert.ok(introspections.length > 0, 'GraphiQL did not load the schema');
    for (const r of introspections) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  } finally {
    await browser.close();
  }
});
