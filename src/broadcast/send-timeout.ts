/**
 * A broadcast send that takes longer is given up on, and retried later. The
 * configuration holds leases well above it: a send is started only when it can
 * finish within the lease.
 */
export const SEND_TIMEOUT_SECONDS = 10;
