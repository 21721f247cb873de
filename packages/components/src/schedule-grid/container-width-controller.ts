import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * The host's own width (not the viewport's), so a schedule in a narrow sidebar switches to
 * the list view even on a wide screen.
 */
export class ContainerWidthController implements ReactiveController {
  width = Infinity;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? Infinity;
      if (width === this.width) return;
      this.width = width;
      // Re-render on the next frame, not inside the observer's callback: switching between
      // grid and list changes the size being observed, which would loop within one frame.
      requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
