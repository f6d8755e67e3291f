// Finds the Entente server the tests talk to: ENTENTE_URL when set (a running `entente serve`
// loaded with test/facts.jsonl), otherwise the real `entente` binary, which loads
// test/facts.jsonl into a fresh data directory and serves it on a free 127.0.0.1 port.
import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function startServer() {
  if (process.env.ENTENTE_URL) {
    return { url: process.env.ENTENTE_URL.replace(/\/$/, ''), stop: async () => {} };
  }
  // The real CLI: `make test-web` passes ENTENTE_BIN; otherwise build it here. Run the binary
  // itself, not `go run`, so our SIGTERM reaches it.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-web-test-'));
  let bin = process.env.ENTENTE_BIN;
  if (!bin) {
    bin = path.join(dir, 'entente');
    execFileSync('go', ['build', '-o', bin, './cmd/entente'], { cwd: repo, stdio: 'inherit' });
  }
  const data = path.join(dir, 'data');
  execFileSync(bin, ['load', '--quiet', '--data-dir', data, 'web/test/facts.jsonl'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  const child = spawn(bin, ['serve', '--no-default-corpus', '--data-dir', data,
    '--addr', '127.0.0.1:0', '--playground-dir', 'web/node_modules'], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('entente serve did not start in 120s: ' + stderr)), 120000);
    child.stderr.on('data', (d) => {
      stderr += d;
      const m = stderr.match(/msg=serving url=(http:\/\/\S+?)\/? /);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`entente serve exited ${code}: ${stderr}`)); });
  });
  return {
    url,
    stop: async () => {
      child.removeAllListeners('exit');
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// gql posts one query and returns the decoded answer.
export async function gql(url, query, variables) {
  const res = await fetch(url + '/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}
