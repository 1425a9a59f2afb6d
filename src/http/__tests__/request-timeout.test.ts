import type { AddressInfo } from 'node:net';
import express from 'express';
import { requestTimeout } from '../request-timeout';

describe('requestTimeout', () => {
  it('answers 503 REQUEST_TIMEOUT when the handler does not answer in time', async () => {
    const app = express();
    app.use(requestTimeout(100));
    app.get('/slow', () => undefined);
    app.get('/fast', (_req, res) => {
      res.json({ ok: true });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const slow = await fetch(`${base}/slow`);
      expect(slow.status).toBe(503);
      expect(await slow.json()).toEqual({ errors: [{ message: expect.stringContaining('100 毫秒'), extensions: { code: 'REQUEST_TIMEOUT' } }] });
      const fast = await fetch(`${base}/fast`);
      expect(await fast.json()).toEqual({ ok: true });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
