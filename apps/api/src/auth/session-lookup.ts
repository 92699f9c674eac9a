import type { UserRole } from '../users/user-role';

/**
 * The statement of every signed-in request: the session by the hash of its token, with the columns of its
 * user that make an actor. Kept apart so that the benchmark's baseline runs the very same statement.
 */
export const LIVE_SESSION_SQL = `SELECT session.id AS session_id, session.last_seen_at, session.expires_at,
          app_user.id AS user_id, app_user.organisation_id, app_user.role, app_user.email,
          app_user.display_name, app_user.preferred_language, app_user.disabled_at
     FROM user_session session
     JOIN app_user ON app_user.id = session.user_id
    WHERE session.id = $1 AND session.revoked_at IS NULL`;

/** A row of `LIVE_SESSION_SQL`. */
export interface LiveSessionRow {
  session_id: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  organisation_id: string;
  role: UserRole;
  email: string;
  display_name: string;
  preferred_language: string;
  disabled_at: Date | null;
}
