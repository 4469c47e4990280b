/**
 * How long a broadcast send waits for Telegram's answer. One unanswered by
 * then may still arrive, so it is not sent again by itself (it is failed, for
 * an operator to retry). Long, so that a slow Telegram is waited for; the
 * configuration holds leases above it, and a send is started only when it can
 * finish within its lease.
 */
export const SEND_TIMEOUT_SECONDS = 30;
