// The send timeout lives with the settings it bounds (src/config.ts), so that
// config imports no layer; the delivery code reads it from here as before.
export { SEND_TIMEOUT_SECONDS } from "../config.ts";
