import type { App, ReceiverEvent } from "@slack/bolt";

/**
 * How long an event's HTTP 200 may wait for the event's thread claim. Slack counts a delivery as
 * failed when no 200 came within 3 s and retries it; the ack must leave well inside that, so a
 * claim slower than this is acked before it lands (the one window left in which a replica killed
 * before its claim loses the thread). A first sighting in the delivery ledger is held just as long.
 */
export const EVENT_ACK_HOLD_MS = 1_500;

/**
 * Events API acks held back until the event's work is safe. Bolt acks an event before any listener
 * runs, so a replica killed before its thread claim left Slack with a 200 and no retry coming: the
 * thread was lost. Holding the ack means a killed replica never answered, and Slack's retry (to
 * another replica) brings the event back. Commands and interactions keep Bolt's own ack.
 */
export interface HeldEventAcks {
  /** The app as the HTTP receiver should dispatch to it: an event's ack waits for `release`. */
  dispatcher(app: App): App;
  /** Sends the event's held ack now; nothing for a body whose ack is not held (or already sent). */
  release(body: unknown): void;
}

/** A failed step, carried as a value until the ack has been sent. */
interface Failure {
  error: unknown;
}

function isEventCallback(body: ReceiverEvent["body"]): boolean {
  const event = body.event as { type?: unknown } | undefined;
  // function_executed is acked by its own listener (Bolt leaves that ack to the app).
  return body.type === "event_callback" && event?.type !== "function_executed";
}

export function holdEventAcks(holdMs = EVENT_ACK_HOLD_MS): HeldEventAcks {
  const releases = new WeakMap<object, () => void>();
  return {
    dispatcher(app) {
      const processEvent = async (event: ReceiverEvent): Promise<void> => {
        if (!isEventCallback(event.body)) return app.processEvent(event);
        let release = () => {};
        const released = new Promise<void>((resolve) => {
          release = resolve;
        });
        // Released by the listener, by the hold running out, or at the latest when the work ends.
        const timer = setTimeout(release, holdMs);
        releases.set(event.body, release);
        let sent: Promise<Failure | undefined> = Promise.resolve(undefined);
        const heldAck: ReceiverEvent["ack"] = async (response) => {
          // Bolt awaits this before its middleware runs: the ack is only scheduled, not sent.
          // A failed send is caught at once (never an unhandled rejection) and rethrown below.
          sent = released
            .then(() => event.ack(response))
            .then(
              () => undefined,
              (error: unknown) => ({ error }),
            );
        };
        const processed = await app.processEvent({ ...event, ack: heldAck }).then(
          () => undefined,
          (error: unknown): Failure => ({ error }),
        );
        release();
        clearTimeout(timer);
        releases.delete(event.body);
        const ackFailure = await sent;
        // The receiver answers a failure as Bolt's own processEvent would have made it do.
        const failure = processed ?? ackFailure;
        if (failure) throw failure.error;
      };
      // Everything else the receiver may read stays the app's own.
      return Object.assign(Object.create(app) as App, { processEvent });
    },
    release(body) {
      if (typeof body === "object" && body !== null) releases.get(body)?.();
    },
  };
}
