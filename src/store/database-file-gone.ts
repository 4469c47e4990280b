// The error of an embedded database file deleted or replaced while in use
// (file-guard.ts raises it). Its own file, free of Node imports, so that the
// health check, which the Worker bundles too, can recognise it.

/** The file at the database's path is no longer the one opened. */
export class DatabaseFileGone extends Error {
  override readonly name = "DatabaseFileGone";
}
