// Why the webhook server could not listen, naming the setting to change:
// Node's own error ("listen EADDRINUSE: address already in use :::8787")
// names neither PORT nor HOST.

export function listenProblem(error: unknown, port: number, host: string | undefined): string {
  const code = (error as { code?: unknown } | null)?.code;
  const where = host === undefined ? "every interface" : host;
  switch (code) {
    case "EADDRINUSE":
      return `PORT: ${port} is already in use on ${where}: stop what uses it, or set another PORT`;
    case "EACCES":
      return `PORT: ${port} may not be opened by this user (ports below 1024 need privileges): set another PORT`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `HOST: ${host} is not an address of this machine: set HOST to one (e.g. 127.0.0.1), or leave it unset`;
    default:
      return `the webhook server could not listen on ${where} port ${port} (${String(code ?? error)}): check PORT and HOST`;
  }
}
