import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isPortFree, portBusyMessage, WEB_HOST, WEB_PORT } from '../../scripts/web.mjs';
import viteConfig from '../../vite.config';

describe('web mode address', () => {
  let server: net.Server | null = null;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  it("serves on Sextant's own port on the loopback address, never 4173, and never moves", () => {
    expect(WEB_HOST).toBe('127.0.0.1');
    expect(WEB_PORT).toBe(47815);
    expect(viteConfig).toMatchObject({ preview: { host: '127.0.0.1', port: 47815, strictPort: true } });
  });

  it('finds a port that another program holds busy, and a released one free', async () => {
    server = net.createServer();
    await new Promise<void>((r) => server!.listen(0, WEB_HOST, () => r()));
    const port = (server.address() as net.AddressInfo).port;
    expect(await isPortFree(port)).toBe(false);
    await new Promise<void>((r) => server!.close(() => r()));
    server = null;
    expect(await isPortFree(port)).toBe(true);
  });

  it('says which address is busy, why it will not move, and what to do', () => {
    const message = portBusyMessage(47815);
    expect(message).toContain('http://127.0.0.1:47815/ is already in use');
    expect(message).toContain('empty journal');
    expect(message).toContain('run npm run web again');
  });
});
