// Finds the Entente server the tests talk to: ENTENTE_URL when set (a running `entente serve`
// loaded with test/facts.jsonl), otherwise a devserver started here on a free 127.0.0.1 port.
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
  // Build first and run the binary itself: `go run` would not pass our SIGTERM on.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-devserver-'));
  const bin = path.join(dir, 'devserver');
  execFileSync('go', ['build', '-o', bin, './server/internal/devserver'], { cwd: repo, stdio: 'inherit' });
  const child = spawn(bin, [
    '-addr', '127.0.0.1:0',
    '-facts', 'web/test/facts.jsonl',
    '-playground-dir', 'web/node_modules'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('devserver did not start in 120s: ' + stderr)), 120000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`devserver exited ${code}: ${stderr}`)); });
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
