// A fault-injecting HTTP proxy between the browser and the reference server. Every
// request passes through unless a rule set by the test matches it; a rule makes the
// backend look down (the connection is closed without an answer), answers a status of
// its own (500, 503 or 429 with Retry-After), holds the answer back (a slow server),
// or holds the request forever (an upload that never ends). The proxy logs every
// request it sees, so a test can count the attempts of the client.

import http from 'node:http';
import { before, afterEach, after } from 'node:test';

/**
 * Starts a proxy to `target` (e.g. `http://127.0.0.1:8080`) on a free port of
 * 127.0.0.1. Returns `{ url, fail, clear, seen, waitFor, close }`.
 */
export async function startFaultProxy(target) {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  /** Active rules, first match wins: { match, fault, times, used }. */
  let rules = [];
  /** Every request: { method, url, at, headers, fault }. */
  const log = [];
  /** Sockets held open by a `hang` rule, closed by `clear` or `close`. */
  const held = new Set();
  const waiters = [];

  function ruleFor(req) {
    const rule = rules.find((r) => r.used < r.times && r.match(req));
    if (rule) rule.used += 1;
    return rule;
  }

  function forward(req, res, onResponse) {
    const proxied = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (answer) => onResponse(answer),
    );
    proxied.on('error', () => res.destroy());
    req.pipe(proxied);
  }

  function passThrough(answer, res) {
    res.on('error', () => {});
    if (res.destroyed) {
      answer.resume();
      return;
    }
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  }

  const server = http.createServer((req, res) => {
    const rule = ruleFor(req);
    const fault = rule?.fault ?? { kind: 'pass' };
    const entry = {
      method: req.method,
      url: req.url,
      at: Date.now(),
      headers: { ...req.headers },
      fault: fault.kind,
    };
    log.push(entry);
    for (const w of waiters.splice(0)) w();
    res.on('error', () => {});
    switch (fault.kind) {
      case 'down':
        // As if the backend were gone: the connection closes with no answer.
        req.resume();
        req.socket.destroy();
        break;
      case 'status': {
        req.resume();
        const body = JSON.stringify({
          type: 'about:blank',
          title: http.STATUS_CODES[fault.status],
          status: fault.status,
        });
        res.writeHead(fault.status, {
          'content-type': 'application/problem+json',
          ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}),
        });
        res.end(body);
        break;
      }
      case 'slow':
        // The server handles the request at once; its answer is held back.
        forward(req, res, (answer) => {
          const timer = setTimeout(() => passThrough(answer, res), fault.ms);
          res.on('close', () => {
            if (!res.writableEnded) {
              clearTimeout(timer);
              answer.resume();
            }
          });
        });
        break;
      case 'hang':
        // The request never gets an answer and never reaches the server.
        req.resume();
        held.add(req.socket);
        req.socket.on('close', () => held.delete(req.socket));
        break;
      default:
        forward(req, res, (answer) => passThrough(answer, res));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    /**
     * Adds a rule: requests for which `match(req)` holds get `fault` (`{kind: 'down'}`,
     * `{kind: 'status', status, retryAfter}`, `{kind: 'slow', ms}`, `{kind: 'hang'}`),
     * `times` times (every time when left out), then pass through.
     */
    fail(match, fault, times = Infinity) {
      rules.push({ match, fault, times, used: 0 });
    },
    /** Removes every rule and drops held requests: everything passes through again. */
    clear() {
      rules = [];
      for (const s of held) s.destroy();
      held.clear();
    },
    /** The requests seen so far that `match` selects. */
    seen(match = () => true) {
      return log.filter((e) => match(e));
    },
    /** Resolves once `count` requests that `match` selects have been seen. */
    async waitFor(match, count = 1) {
      while (log.filter((e) => match(e)).length < count) {
        await new Promise((resolve) => waiters.push(resolve));
      }
    },
    async close() {
      for (const s of held) s.destroy();
      agent.destroy();
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Starts a proxy to `target` before the file's tests, takes its rules away after each
 * test and stops it after the last. The object given is the proxy once the tests run.
 */
export function useFaultProxy(target) {
  const proxy = {};
  before(async () => {
    Object.assign(proxy, await startFaultProxy(target));
  });
  afterEach(() => proxy.clear());
  after(async () => {
    await proxy.close?.();
  });
  return proxy;
}

/** Matches the submissions of one service (a request, or an entry of the log). */
export function submissionsOf(service) {
  return (r) => r.method === 'POST' && r.url.startsWith(`/api/v1/services/${service}/submissions`);
}

/** Matches file uploads (a request, or an entry of the log). */
export function uploads(r) {
  return r.method === 'POST' && r.url.startsWith('/api/v1/attachments');
}
