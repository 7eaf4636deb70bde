package dev.crosswalk.core.port.in;

/**
 * Sends the webhook deliveries that are due. The host runs it on a schedule on one node at a time (the bundled server
 * uses a cluster-safe scheduler over its database); running it on two nodes at once can only send a delivery twice,
 * which at-least-once receivers tolerate. Thread-safe.
 *
 * @since 0.1
 */
public interface DeliverWebhooksUseCase {

    /**
     * Sends every delivery due now, each lane (endpoint and connection) in event order; a failure is rescheduled with
     * back-off and holds its lane until it is delivered or given up.
     *
     * @return how many requests were sent
     */
    int deliverDue();
}
