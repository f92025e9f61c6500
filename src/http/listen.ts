import { createServer, type Server } from 'node:http';
import type { Express } from 'express';

export class PortInUse extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use: stop the other program or set PORT to a free port.`);
    this.name = 'PortInUse';
  }
}

export function listen(app: Express, port: number, host = '0.0.0.0'): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    // Slack and Bot Framework keep connections alive; bound the idle time so shutdown is quick.
    server.keepAliveTimeout = 5000;
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUse(port) : error);
    });
    server.listen(port, host, () => resolve(server));
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
