// What a user can ask the bot to forget. Their private chat's subscription and
// the news waiting for or sent to it, and imports they left unconfirmed. The
// audit log of admin writes is kept: it records who changed public data.

export interface Forgotten {
  subscription: boolean;
  deliveries: number;
  pendingImports: number;
}

export interface PersonalData {
  /** Deletes everything stored about this user (their private chat has their id), in one write. */
  forgetUser(userId: number): Promise<Forgotten>;
}
