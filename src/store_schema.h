/* store_schema.h: the ordered migrations of Parley's database (see store.c). */
#ifndef PARLEY_STORE_SCHEMA_H
#define PARLEY_STORE_SCHEMA_H

/* 'PRLY': marks a SQLite file as Parley's (PRAGMA application_id). */
#define STORE_APPLICATION_ID 0x50524c59

/*
 * The statements of each migration, in order: the ones marked N bring a
 * database from user_version N-1 to N, in one transaction. Append only:
 * never edit a migration that has shipped.
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
};

#endif
