/**
 * Where people reach Boussole's HTTP server, for the links it hands out: `https://PUBLIC_HOSTNAME`
 * when set, else this machine on the port it listens on (known once listening; local use only).
 */
export class PublicUrl {
  private port = 3978;

  constructor(private readonly hostname: string | undefined) {}

  listening(port: number): void {
    this.port = port;
  }

  /** An absolute URL for a path of Boussole's HTTP server (`/calendar/….ics`). */
  to(path: string): string {
    const base = this.hostname ? `https://${this.hostname}` : `http://localhost:${this.port}`;
    return new URL(path, base).toString();
  }
}
