/**
 * Printing the checklist: the print view carries the date, so the host renders anew just before the
 * page is printed — from its Print button (rendered first, then printed) or the browser's own print
 * command (`beforeprint`, whose listeners' updates run before the page is laid out for paper).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly refresh = () => this.host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) window.addEventListener('beforeprint', this.refresh);
  }

  hostDisconnected(): void {
    if (!isServer) window.removeEventListener('beforeprint', this.refresh);
  }

  /** Prints the page once the host shows what it shows now. */
  async print(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    window.print();
  }
}
