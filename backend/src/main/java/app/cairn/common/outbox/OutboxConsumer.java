package app.cairn.common.outbox;

/**
 * One independent reader of the outbox (notifications, mail, webhooks, …): a CDI bean implementing
 * this is found by the outbox without any registration. Each consumer gets its own delivery row per
 * event it accepts, so a slow or failing consumer never holds the others back.
 *
 * <p>{@link #handle} runs in a transaction of its own, which also marks the delivery done: what a
 * consumer writes to the database happens exactly once. Effects outside the database (SMTP, HTTP) are
 * at least once: a crash between sending and committing sends again. Throwing retries the delivery
 * later with back-off; after the last attempt it is kept as failed, with its error.
 */
public interface OutboxConsumer {

    /** A stable name (stored with each delivery): never rename a consumer that has pending deliveries. */
    String name();

    /** Whether this consumer wants events of this type (decided when the event is published). */
    boolean accepts(String type);

    void handle(OutboxEvent event) throws Exception;
}
