/* store_schema.h: the ordered migrations of Parley's database (see store.c). */
#ifndef PARLEY_STORE_SCHEMA_H
#define PARLEY_STORE_SCHEMA_H

/* 'PRLY': marks a SQLite file as Parley's (PRAGMA application_id). */
#define STORE_APPLICATION_ID 0x50524c59

/*
 * The statements of each migration, in order: the ones marked N bring a
 * database from user_version N-1 to N, in one transaction. Append only:
 * never edit a migration that has shipped (1 has).
 */
struct store_migration {
	int version;
	const char *sql;
};

static const struct store_migration store_migrations[] = {
	/* 1: the whole meeting of SPEC section 1. */
	{ 1,
	"CREATE TABLE person ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
	"  side TEXT CHECK (side IN ('sales', 'marketing'))"
	");" },
	{ 1,
	"CREATE TABLE meeting ("
	"  id INTEGER PRIMARY KEY,"
	"  title TEXT NOT NULL,"
	"  agenda_path TEXT,"
	"  agenda_text TEXT NOT NULL,"
	"  started_at TEXT NOT NULL,"
	"  ended_at TEXT,"
	"  status TEXT NOT NULL DEFAULT 'live'"
	"    CHECK (status IN ('live', 'ended')),"
	"  planned_minutes INTEGER NOT NULL CHECK (planned_minutes > 0),"
	"  current_pos INTEGER NOT NULL DEFAULT 0,"
	"  clock_started_at INTEGER,"
	"  heartbeat_at INTEGER,"
	/* The question parroted last, for the room view; never private. */
	"  room_question TEXT"
	");" },
	{ 1,
	/* At most one meeting in progress per database. */
	"CREATE UNIQUE INDEX meeting_one_live ON meeting (status)"
	"  WHERE status = 'live';" },
	{ 1,
	"CREATE TABLE attendee ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting ON DELETE CASCADE,"
	"  person_id INTEGER NOT NULL REFERENCES person,"
	"  side TEXT CHECK (side IN ('sales', 'marketing')),"
	"  rating INTEGER CHECK (rating BETWEEN 1 AND 10),"
	"  PRIMARY KEY (meeting_id, person_id)"
	");" },
	{ 1,
	"CREATE TABLE item ("
	"  id INTEGER PRIMARY KEY,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting ON DELETE CASCADE,"
	"  pos INTEGER NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  title TEXT NOT NULL,"
	"  minutes INTEGER NOT NULL CHECK (minutes > 0),"
	"  elapsed_s INTEGER NOT NULL DEFAULT 0,"
	"  UNIQUE (meeting_id, pos)"
	");" },
	{ 1,
	/* Notes, decisions, parking-lot topics, private notes, wins. */
	"CREATE TABLE entry ("
	"  id INTEGER PRIMARY KEY,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting ON DELETE CASCADE,"
	"  item_id INTEGER REFERENCES item ON DELETE CASCADE,"
	"  kind TEXT NOT NULL"
	"    CHECK (kind IN ('note', 'decision', 'parking', 'private', 'win',"
	"                    'customer')),"
	"  side TEXT CHECK (side IN ('sales', 'marketing')),"
	"  text TEXT NOT NULL,"
	"  created_at TEXT NOT NULL"
	");" },
	{ 1,
	"CREATE INDEX entry_meeting ON entry (meeting_id, item_id);" },
	{ 1,
	/* Statements parroted in the room, and prospect objections (Q1). */
	"CREATE TABLE objection ("
	"  id INTEGER PRIMARY KEY,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting ON DELETE CASCADE,"
	"  item_id INTEGER REFERENCES item ON DELETE SET NULL,"
	"  side TEXT CHECK (side IN ('sales', 'marketing')),"
	"  statement TEXT NOT NULL,"
	"  question TEXT,"
	"  answer TEXT,"
	"  outcome TEXT CHECK (outcome IN ('action', 'followup', 'resolved')),"
	/* Private: for sales management, never on the shared screen. */
	"  followup TEXT,"
	"  followup_done_at TEXT,"
	"  created_at TEXT NOT NULL"
	");" },
	{ 1,
	"CREATE TABLE prospect_objection ("
	"  id INTEGER PRIMARY KEY,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting ON DELETE CASCADE,"
	"  topic TEXT NOT NULL COLLATE NOCASE,"
	"  text TEXT NOT NULL,"
	"  created_at TEXT NOT NULL"
	");" },
	{ 1,
	"CREATE INDEX prospect_objection_topic ON prospect_objection (topic);" },
	{ 1,
	"CREATE TABLE action ("
	"  id INTEGER PRIMARY KEY,"
	"  title TEXT NOT NULL,"
	"  owner_id INTEGER REFERENCES person,"
	"  due TEXT,"
	"  status TEXT NOT NULL DEFAULT 'open'"
	"    CHECK (status IN ('open', 'done', 'dropped')),"
	"  meeting_id INTEGER REFERENCES meeting ON DELETE SET NULL,"
	"  item_id INTEGER REFERENCES item ON DELETE SET NULL,"
	"  objection_id INTEGER REFERENCES objection ON DELETE SET NULL,"
	"  prospect_objection_id INTEGER"
	"    REFERENCES prospect_objection ON DELETE SET NULL,"
	"  created_at TEXT NOT NULL,"
	"  closed_at TEXT"
	");" },
	{ 1,
	"CREATE INDEX action_status ON action (status, due);" },
	{ 1,
	/* Every change to an action item: who owned it when, dates, status. */
	"CREATE TABLE action_event ("
	"  id INTEGER PRIMARY KEY,"
	"  action_id INTEGER NOT NULL REFERENCES action ON DELETE CASCADE,"
	"  meeting_id INTEGER REFERENCES meeting ON DELETE SET NULL,"
	"  at TEXT NOT NULL,"
	"  what TEXT NOT NULL CHECK (what IN ('created', 'title', 'owner', 'due',"
	"                                    'status', 'kept', 'escalated')),"
	"  old TEXT,"
	"  new TEXT"
	");" },
	{ 1,
	"CREATE INDEX action_event_action ON action_event (action_id);" },
	{ 1,
	"CREATE TABLE metric ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting ON DELETE CASCADE,"
	"  source TEXT NOT NULL,"
	"  leads INTEGER NOT NULL, mqls INTEGER NOT NULL, sqls INTEGER NOT NULL,"
	"  opportunities INTEGER NOT NULL, won INTEGER NOT NULL,"
	"  lost INTEGER NOT NULL, revenue REAL NOT NULL, cycle_days REAL NOT NULL,"
	"  PRIMARY KEY (meeting_id, source)"
	");" },
	{ 1,
	"CREATE TABLE mql_version ("
	"  id INTEGER PRIMARY KEY,"
	"  version INTEGER NOT NULL UNIQUE,"
	"  meeting_id INTEGER REFERENCES meeting ON DELETE SET NULL,"
	"  proposed_at TEXT NOT NULL,"
	"  sales_agreed_at TEXT,"
	"  marketing_agreed_at TEXT"
	");" },
	{ 1,
	"CREATE TABLE mql_criterion ("
	"  version_id INTEGER NOT NULL REFERENCES mql_version ON DELETE CASCADE,"
	"  pos INTEGER NOT NULL,"
	"  key TEXT NOT NULL,"
	"  value TEXT NOT NULL,"
	"  PRIMARY KEY (version_id, key)"
	");" },
	{ 1,
	"CREATE TABLE pulse ("
	"  meeting_id INTEGER NOT NULL REFERENCES meeting ON DELETE CASCADE,"
	"  side TEXT NOT NULL CHECK (side IN ('sales', 'marketing')),"
	"  tension INTEGER CHECK (tension BETWEEN 1 AND 5),"
	"  friction INTEGER CHECK (friction BETWEEN 1 AND 5),"
	"  PRIMARY KEY (meeting_id, side)"
	");" },
/*
	 * 2: editing and undo in the meeting. A capture deleted is kept,
	 * marked deleted_at, so undo can restore it and its history stays;
	 * every edit of a note, decision, parked topic or statement is a line
	 * in capture_event (action items keep theirs in action_event). The
	 * indexes serve the meeting view, which reads a meeting's captures.
	 */
	{ 2, "ALTER TABLE entry ADD COLUMN deleted_at TEXT;" },
	{ 2, "ALTER TABLE objection ADD COLUMN deleted_at TEXT;" },
	{ 2, "ALTER TABLE action ADD COLUMN deleted_at TEXT;" },
	{ 2,
	"CREATE TABLE capture_event ("
	"  id INTEGER PRIMARY KEY,"
	"  meeting_id INTEGER REFERENCES meeting ON DELETE CASCADE,"
	"  entry_id INTEGER REFERENCES entry ON DELETE CASCADE,"
	"  objection_id INTEGER REFERENCES objection ON DELETE CASCADE,"
	"  at TEXT NOT NULL,"
	"  what TEXT NOT NULL CHECK (what IN ('edited', 'deleted', 'restored')),"
	/* What was edited: text (an entry), statement or answer. */
	"  field TEXT,"
	"  old TEXT,"
	"  new TEXT,"
	"  CHECK ((entry_id IS NULL) <> (objection_id IS NULL))"
	");" },
	{ 2, "CREATE INDEX capture_event_entry ON capture_event (entry_id);" },
	{ 2,
	"CREATE INDEX capture_event_objection ON capture_event (objection_id);" },
	{ 2, "CREATE INDEX action_meeting ON action (meeting_id, item_id);" },
	{ 2, "CREATE INDEX action_item ON action (item_id);" },
	{ 2,
	"CREATE INDEX action_objection ON action (objection_id)"
	"  WHERE objection_id IS NOT NULL;" },
	{ 2, "CREATE INDEX objection_meeting ON objection (meeting_id, item_id);" },
	{ 2, "CREATE INDEX action_event_meeting ON action_event (meeting_id);" },
	/*
	 * 3: full-text search over what meetings said. One FTS5 row per
	 * capture, its rowid the capture's id times 8 plus its source (0 entry,
	 * 1 statement with question and answer, 2 private follow-up, 3 action),
	 * so triggers find it again in one step. Private text is indexed and
	 * marked, for search --include-private; deleted captures are not.
	 */
	{ 3,
	"CREATE VIRTUAL TABLE search USING fts5(body, kind UNINDEXED,"
	"  meeting_id UNINDEXED, item_id UNINDEXED, private UNINDEXED,"
	"  tokenize = 'unicode61 remove_diacritics 2');" },
	{ 3,
	"CREATE TRIGGER search_entry_insert AFTER INSERT ON entry"
	"  WHEN new.deleted_at IS NULL BEGIN"
	"  INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  VALUES (new.id * 8, new.text, new.kind, new.meeting_id, new.item_id,"
	"    new.kind = 'private');"
	"  END;" },
	{ 3,
	"CREATE TRIGGER search_entry_update AFTER UPDATE OF text, deleted_at"
	"  ON entry BEGIN"
	"  DELETE FROM search WHERE rowid = old.id * 8;"
	"  INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  SELECT new.id * 8, new.text, new.kind, new.meeting_id, new.item_id,"
	"    new.kind = 'private' WHERE new.deleted_at IS NULL;"
	"  END;" },
	{ 3,
	"CREATE TRIGGER search_entry_delete AFTER DELETE ON entry BEGIN"
	"  DELETE FROM search WHERE rowid = old.id * 8;"
	"  END;" },
	{ 3,
	"CREATE TRIGGER search_objection_insert AFTER INSERT ON objection"
	"  WHEN new.deleted_at IS NULL BEGIN"
	"  INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  VALUES (new.id * 8 + 1, new.statement || char(10) ||"
	"    coalesce(new.question, '') || char(10) || coalesce(new.answer, ''),"
	"    'statement', new.meeting_id, new.item_id, 0);"
	"  INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  SELECT new.id * 8 + 2, new.followup, 'followup', new.meeting_id,"
	"    new.item_id, 1 WHERE new.followup IS NOT NULL;"
	"  END;" },
	{ 3,
	"CREATE TRIGGER search_objection_update AFTER UPDATE OF statement,"
	"  question, answer, followup, deleted_at ON objection BEGIN"
	"  DELETE FROM search WHERE rowid IN (old.id * 8 + 1, old.id * 8 + 2);"
	"  INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  SELECT new.id * 8 + 1, new.statement || char(10) ||"
	"    coalesce(new.question, '') || char(10) || coalesce(new.answer, ''),"
	"    'statement', new.meeting_id, new.item_id, 0"
	"  WHERE new.deleted_at IS NULL;"
	"  INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  SELECT new.id * 8 + 2, new.followup, 'followup', new.meeting_id,"
	"    new.item_id, 1"
	"  WHERE new.followup IS NOT NULL AND new.deleted_at IS NULL;"
	"  END;" },
	{ 3,
	"CREATE TRIGGER search_objection_delete AFTER DELETE ON objection BEGIN"
	"  DELETE FROM search WHERE rowid IN (old.id * 8 + 1, old.id * 8 + 2);"
	"  END;" },
	{ 3,
	"CREATE TRIGGER search_action_insert AFTER INSERT ON action"
	"  WHEN new.deleted_at IS NULL BEGIN"
	"  INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  VALUES (new.id * 8 + 3, new.title, 'action', new.meeting_id,"
	"    new.item_id, 0);"
	"  END;" },
	{ 3,
	"CREATE TRIGGER search_action_update AFTER UPDATE OF title, deleted_at"
	"  ON action BEGIN"
	"  DELETE FROM search WHERE rowid = old.id * 8 + 3;"
	"  INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  SELECT new.id * 8 + 3, new.title, 'action', new.meeting_id,"
	"    new.item_id, 0 WHERE new.deleted_at IS NULL;"
	"  END;" },
	{ 3,
	"CREATE TRIGGER search_action_delete AFTER DELETE ON action BEGIN"
	"  DELETE FROM search WHERE rowid = old.id * 8 + 3;"
	"  END;" },
	/* What an existing database already holds goes into the index. */
	{ 3,
	"INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  SELECT id * 8, text, kind, meeting_id, item_id, kind = 'private'"
	"  FROM entry WHERE deleted_at IS NULL;" },
	{ 3,
	"INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  SELECT id * 8 + 1, statement || char(10) || coalesce(question, '')"
	"    || char(10) || coalesce(answer, ''), 'statement', meeting_id,"
	"    item_id, 0 FROM objection WHERE deleted_at IS NULL;" },
	{ 3,
	"INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  SELECT id * 8 + 2, followup, 'followup', meeting_id, item_id, 1"
	"  FROM objection WHERE followup IS NOT NULL AND deleted_at IS NULL;" },
	{ 3,
	"INSERT INTO search (rowid, body, kind, meeting_id, item_id, private)"
	"  SELECT id * 8 + 3, title, 'action', meeting_id, item_id, 0"
	"  FROM action WHERE deleted_at IS NULL;" },
	/*
	 * 5: who agreed to each version of the MQL definition, not only when,
	 * and whether it came from an agenda's criteria (version 1, in force
	 * from the start, agreed by nobody) or was proposed in Parley.
	 */
	{ 5,
	"ALTER TABLE mql_version ADD COLUMN origin TEXT NOT NULL"
	"  DEFAULT 'proposed' CHECK (origin IN ('proposed', 'agenda'));" },
	{ 5,
	"ALTER TABLE mql_version ADD COLUMN sales_agreed_by INTEGER"
	"  REFERENCES person;" },
	{ 5,
	"ALTER TABLE mql_version ADD COLUMN marketing_agreed_by INTEGER"
	"  REFERENCES person;" },
	/*
	 * 6: the objections item and the requests item. A prospect objection
	 * heard (one row a hearing, its topic the objection's name) belongs
	 * to the item it was captured under and, taken back, is kept marked
	 * deleted. A content request names its asset and who needs it; the
	 * action it became holds the objection it answers
	 * (action.prospect_objection_id), and its owner and due date.
	 */
	{ 6,
	"ALTER TABLE prospect_objection ADD COLUMN item_id INTEGER"
	"  REFERENCES item ON DELETE SET NULL;" },
	{ 6, "ALTER TABLE prospect_objection ADD COLUMN deleted_at TEXT;" },
	{ 6,
	"CREATE INDEX prospect_objection_meeting ON prospect_objection"
	"  (meeting_id);" },
	{ 6,
	"CREATE INDEX prospect_objection_item ON prospect_objection (item_id);" },
	{ 6,
	"CREATE TABLE content_request ("
	"  id INTEGER PRIMARY KEY,"
	"  meeting_id INTEGER NOT NULL REFERENCES meeting ON DELETE CASCADE,"
	"  item_id INTEGER REFERENCES item ON DELETE SET NULL,"
	"  action_id INTEGER NOT NULL UNIQUE REFERENCES action ON DELETE CASCADE,"
	"  asset TEXT NOT NULL,"
	"  needed_by_id INTEGER REFERENCES person,"
	"  created_at TEXT NOT NULL"
	");" },
	{ 6,
	"CREATE INDEX content_request_meeting ON content_request (meeting_id);" },
	{ 6,
	"CREATE INDEX action_prospect ON action (prospect_objection_id)"
	"  WHERE prospect_objection_id IS NOT NULL;" },
	/*
	 * 7: the pulse's short reason; a newly won customer's lead source
	 * (entry kind 'customer'); and the parking lot carried forward: a
	 * parked topic is closed once closed_at is set, and until then stays
	 * on every following meeting's review (unless a later agenda took it
	 * up as a topic). The partial indexes find the lot, and the lead
	 * sources customers came from, without reading every entry.
	 */
	{ 7, "ALTER TABLE pulse ADD COLUMN reason TEXT;" },
	{ 7, "ALTER TABLE entry ADD COLUMN lead_source TEXT;" },
	{ 7, "ALTER TABLE entry ADD COLUMN closed_at TEXT;" },
	{ 7,
	"CREATE INDEX entry_parking ON entry (meeting_id)"
	"  WHERE kind = 'parking';" },
	{ 7,
	"CREATE INDEX entry_customer ON entry (lead_source)"
	"  WHERE kind = 'customer';" },
	/*
	 * 8: the commitment the facilitator has selected in the action list,
	 * for the room to show what is on the table (never anything private).
	 */
	{ 8, "ALTER TABLE meeting ADD COLUMN room_action INTEGER;" },
	/*
	 * 9: the order captures were taken in, across notes, statements and
	 * action items: created_at is to the second, and two captures in one
	 * second must still list in the order made. One counter, stepped by a
	 * trigger on each insert.
	 */
	{ 9, "CREATE TABLE capture_seq (n INTEGER NOT NULL);" },
	{ 9, "INSERT INTO capture_seq VALUES (0);" },
	{ 9, "ALTER TABLE entry ADD COLUMN seq INTEGER;" },
	{ 9, "ALTER TABLE objection ADD COLUMN seq INTEGER;" },
	{ 9, "ALTER TABLE action ADD COLUMN seq INTEGER;" },
	{ 9,
	"CREATE TRIGGER entry_seq AFTER INSERT ON entry BEGIN"
	"  UPDATE capture_seq SET n = n + 1;"
	"  UPDATE entry SET seq = (SELECT n FROM capture_seq) WHERE id = new.id;"
	"  END;" },
	{ 9,
	"CREATE TRIGGER objection_seq AFTER INSERT ON objection BEGIN"
	"  UPDATE capture_seq SET n = n + 1;"
	"  UPDATE objection SET seq = (SELECT n FROM capture_seq)"
	"  WHERE id = new.id;"
	"  END;" },
	{ 9,
	"CREATE TRIGGER action_seq AFTER INSERT ON action BEGIN"
	"  UPDATE capture_seq SET n = n + 1;"
	"  UPDATE action SET seq = (SELECT n FROM capture_seq) WHERE id = new.id;"
	"  END;" },
	/*
	 * 10: the review's open commitments, a screenful at a time. The
	 * index holds the open ones in the review's order within each owner
	 * (undated last), so that a page is read from it, not sorted out of
	 * years of history. action_open counts them per owner and meeting
	 * (0: none), kept by triggers, so that the review says how many
	 * there are, per owner, without counting years of them each time.
	 * And an item's notes and statements are found by the item: loading
	 * a meeting counted each item's by reading every one ever taken.
	 */
	{ 10, "CREATE INDEX entry_item ON entry (item_id);" },
	{ 10, "CREATE INDEX objection_item ON objection (item_id);" },
	{ 10,
	"CREATE INDEX action_backlog ON action"
	"  (owner_id, due IS NULL, due, id, meeting_id)"
	"  WHERE status = 'open' AND deleted_at IS NULL;" },
	{ 10,
	"CREATE TABLE action_open ("
	"  owner_id INTEGER NOT NULL,"
	"  meeting_id INTEGER NOT NULL,"
	"  n INTEGER NOT NULL,"
	"  PRIMARY KEY (owner_id, meeting_id)"
	") WITHOUT ROWID;" },
	{ 10,
	"INSERT INTO action_open (owner_id, meeting_id, n)"
	"  SELECT coalesce(owner_id, 0), coalesce(meeting_id, 0), count(*)"
	"  FROM action WHERE status = 'open' AND deleted_at IS NULL"
	"  GROUP BY 1, 2;" },
	{ 10,
	"CREATE TRIGGER action_open_insert AFTER INSERT ON action"
	"  WHEN new.status = 'open' AND new.deleted_at IS NULL BEGIN"
	"  INSERT INTO action_open (owner_id, meeting_id, n)"
	"  VALUES (coalesce(new.owner_id, 0), coalesce(new.meeting_id, 0), 1)"
	"  ON CONFLICT (owner_id, meeting_id) DO UPDATE SET n = n + 1;"
	"  END;" },
	{ 10,
	"CREATE TRIGGER action_open_update AFTER UPDATE OF status, deleted_at,"
	"  owner_id, meeting_id ON action BEGIN"
	"  UPDATE action_open SET n = n - 1"
	"  WHERE old.status = 'open' AND old.deleted_at IS NULL"
	"  AND owner_id = coalesce(old.owner_id, 0)"
	"  AND meeting_id = coalesce(old.meeting_id, 0);"
	"  INSERT INTO action_open (owner_id, meeting_id, n)"
	"  SELECT coalesce(new.owner_id, 0), coalesce(new.meeting_id, 0), 1"
	"  WHERE new.status = 'open' AND new.deleted_at IS NULL"
	"  ON CONFLICT (owner_id, meeting_id) DO UPDATE SET n = n + 1;"
	"  END;" },
	{ 10,
	"CREATE TRIGGER action_open_delete AFTER DELETE ON action"
	"  WHEN old.status = 'open' AND old.deleted_at IS NULL BEGIN"
	"  UPDATE action_open SET n = n - 1"
	"  WHERE owner_id = coalesce(old.owner_id, 0)"
	"  AND meeting_id = coalesce(old.meeting_id, 0);"
	"  END;" },
	/*
	 * 11: parley actions costs what it prints. Each action keeps how many
	 * meetings it was carried through (the meetings other than the one
	 * that made it that kept or escalated it), counted by a trigger as
	 * the history grows, instead of counted again for every row of every
	 * listing. Two indexes give the listing's order, by owner then due
	 * date with none last, without a sort: the open items (status first,
	 * so the planner prefers it whenever status is fixed), and all.
	 */
	{ 11, "ALTER TABLE action ADD COLUMN carried INTEGER NOT NULL DEFAULT 0;" },
	{ 11,
	"UPDATE action SET carried = (SELECT count(DISTINCT e.meeting_id)"
	"  FROM action_event e WHERE e.action_id = action.id"
	"  AND e.what IN ('kept', 'escalated')"
	"  AND e.meeting_id IS NOT action.meeting_id);" },
	{ 11,
	"CREATE TRIGGER action_carried AFTER INSERT ON action_event"
	"  WHEN new.what IN ('kept', 'escalated') AND new.meeting_id IS NOT NULL"
	"  BEGIN"
	"  UPDATE action SET carried = carried + 1"
	"  WHERE id = new.action_id AND meeting_id IS NOT new.meeting_id"
	"  AND NOT EXISTS (SELECT 1 FROM action_event e"
	"    WHERE e.action_id = new.action_id AND e.id <> new.id"
	"    AND e.meeting_id = new.meeting_id"
	"    AND e.what IN ('kept', 'escalated'));"
	"  END;" },
	{ 11,
	"CREATE INDEX action_open_list ON action"
	"  (status, owner_id, due IS NULL, due) WHERE deleted_at IS NULL;" },
	{ 11,
	"CREATE INDEX action_list ON action (owner_id, due IS NULL, due)"
	"  WHERE deleted_at IS NULL;" },
	/*
	 * 12: the two indexes of parley actions hold every column it prints,
	 * so a listing reads the index alone, never a row of the table: a
	 * quarter less time at 10,000 items, for a third more file. An edit
	 * of a title now rewrites the action's entries in both, as a change
	 * of status, owner or due date always did.
	 */
	{ 12, "DROP INDEX action_open_list;" },
	{ 12,
	"CREATE INDEX action_open_list ON action"
	"  (status, owner_id, due IS NULL, due, id, title, meeting_id,"
	"  created_at, carried, deleted_at) WHERE deleted_at IS NULL;" },
	{ 12, "DROP INDEX action_list;" },
	{ 12,
	"CREATE INDEX action_list ON action"
	"  (owner_id, due IS NULL, due, id, status, title, meeting_id,"
	"  created_at, carried, deleted_at) WHERE deleted_at IS NULL;" },
};

#endif
