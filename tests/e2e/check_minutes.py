#!/usr/bin/python3
# check_minutes.py: read Parley's json, csv and ics minutes back with
# independent parsers (json + jsonschema, csv, icalendar) and compare them
# field by field with the database. Run by t_export_data.sh.
#
#   check_minutes.py json SCHEMA DB FILE MEETING PRIVATE(0|1)
#   check_minutes.py csv DB FILE MEETING
#   check_minutes.py ics DB FILE MEETING
#
# Prints one "#   ..." line per problem and exits 1 when there is any.
import csv
import io
import json
import re
import sqlite3
import sys

PRIVATE_WORDS = ("QUOKKAPRIVATE", "ZEBRAFOLLOW")
problems = []


def problem(msg):
    problems.append(msg)


def expect(what, want, got):
    if want != got:
        problem("%s: want %r, got %r" % (what, want, got))


def db_open(path):
    con = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    con.row_factory = sqlite3.Row
    return con


def db_actions(con, meeting):
    """The actions made in the meeting, then those it reviewed, by id."""
    cols = ("SELECT a.id, a.title, p.name AS owner, p.side, a.due, a.status,"
            " a.meeting_id, a.created_at FROM action a"
            " LEFT JOIN person p ON p.id = a.owner_id"
            " WHERE a.deleted_at IS NULL")
    made = con.execute(cols + " AND a.meeting_id = ?", (meeting,)).fetchall()
    reviewed = con.execute(
        cols + " AND a.meeting_id IS NOT ? AND EXISTS (SELECT 1 FROM"
        " action_event e WHERE e.action_id = a.id AND e.meeting_id = ?"
        " AND e.what IN ('kept', 'escalated', 'status'))",
        (meeting, meeting)).fetchall()
    return ({r["id"]: r for r in made}, {r["id"]: r for r in reviewed})


def item_positions(con, meeting):
    return {r["id"]: r["pos"] + 1 for r in con.execute(
        "SELECT id, pos FROM item WHERE meeting_id = ?", (meeting,))}


def walk_private(node, marked, path):
    """Every string holding a private word sits in an object marked so."""
    if isinstance(node, dict):
        here = marked or node.get("private") is True
        for k, v in node.items():
            walk_private(v, here, path + [k])
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk_private(v, marked, path + [i])
    elif isinstance(node, str):
        for w in PRIVATE_WORDS:
            if w in node and not marked:
                problem("%s at %s is not marked private" % (w, path))


def check_json_actions(doc, made, reviewed):
    expect("action ids", sorted(made), sorted(a["id"] for a in doc["actions"]))
    expect("reviewed ids", sorted(reviewed),
           sorted(a["id"] for a in doc["reviewed"]))
    for a in doc["actions"] + doc["reviewed"]:
        row = made.get(a["id"]) or reviewed.get(a["id"])
        if row is None:
            continue
        for k in ("title", "owner", "side", "due", "status", "created_at"):
            expect("action %d %s" % (a["id"], k), row[k], a[k])
        expect("action %d meeting" % a["id"], row["meeting_id"], a["meeting"])


def check_json_entries(con, doc, meeting, private):
    pos = item_positions(con, meeting)
    captures = {}
    for item in doc["items"]:
        ats = [c["at"] for c in item["captures"]]
        if ats != sorted(ats):
            problem("item %d: captures out of order" % item["position"])
        for c in item["captures"]:
            key = (c["kind"] if c["kind"] in ("objection", "action")
                   else "entry", c["id"])
            if key in captures:
                problem("capture %s twice" % (key,))
            captures[key] = (item["position"], c)
    rows = con.execute("SELECT * FROM entry WHERE meeting_id = ? AND"
                       " deleted_at IS NULL", (meeting,)).fetchall()
    for r in rows:
        got = captures.get(("entry", r["id"]))
        if r["kind"] in ("win", "customer"):
            if got is not None:
                problem("%s %d is a capture, not under wins" % (r["kind"],
                                                              r["id"]))
            continue
        if r["kind"] == "private" and not private:
            if got is not None:
                problem("private note %d in shared minutes" % r["id"])
            continue
        if got is None:
            problem("entry %d (%s) is not a capture" % (r["id"], r["kind"]))
            continue
        expect("entry %d item" % r["id"], pos[r["item_id"]], got[0])
        expect("entry %d kind" % r["id"], r["kind"], got[1]["kind"])
        expect("entry %d text" % r["id"], r["text"], got[1]["text"])
        expect("entry %d at" % r["id"], r["created_at"], got[1]["at"])
        expect("entry %d private mark" % r["id"], r["kind"] == "private",
               got[1].get("private", False))
    for kind, key in (("decision", "decisions"), ("parking", "parking_lot")):
        want = [(r["id"], pos[r["item_id"]], r["text"]) for r in rows
                if r["kind"] == kind]
        expect(key, want, [(e["id"], e["item"], e["text"])
                           for e in doc[key]])
    return captures


def check_json_objections(con, doc, meeting, private, captures):
    pos = item_positions(con, meeting)
    rows = con.execute("SELECT o.*, (SELECT a.id FROM action a WHERE"
                       " a.objection_id = o.id) AS action_id FROM objection o"
                       " WHERE o.meeting_id = ? AND o.deleted_at IS NULL"
                       " ORDER BY o.id", (meeting,)).fetchall()
    expect("objection ids", [r["id"] for r in rows],
           [o["id"] for o in doc["objections"]])
    for r, o in zip(rows, doc["objections"]):
        for k in ("side", "statement", "question", "answer"):
            expect("objection %d %s" % (r["id"], k), r[k], o[k])
        expect("objection %d item" % r["id"], pos[r["item_id"]], o["item"])
        outcome = r["outcome"]
        if not private and outcome in ("followup", "resolved"):
            outcome = "closed"
        expect("objection %d outcome" % r["id"], outcome, o["outcome"])
        expect("objection %d action" % r["id"], r["action_id"], o["action"])
        if private and r["followup"] is not None:
            expect("objection %d followup" % r["id"],
                   {"text": r["followup"], "private": True},
                   o.get("followup"))
        elif "followup" in o:
            problem("objection %d has a followup key" % r["id"])
        if ("objection", r["id"]) not in captures:
            problem("objection %d is not a capture" % r["id"])


def ratio(num, den):
    return None if den == 0 else num / den


def metrics_figures(r):
    """SPEC section 5, computed again here, apart from Parley's C."""
    win = ratio(r["won"], r["won"] + r["lost"])
    deal = ratio(r["revenue"], r["won"])
    if win is None:
        velocity = None
    elif r["won"] == 0:
        velocity = 0.0   # nothing won: no revenue moves (win rate 0)
    else:
        velocity = ratio(r["opportunities"] * win * deal, r["cycle_days"])
    return {"lead_to_mql": ratio(r["mqls"], r["leads"]),
            "mql_to_sql": ratio(r["sqls"], r["mqls"]),
            "sql_to_opp": ratio(r["opportunities"], r["sqls"]),
            "lead_to_sql": ratio(r["sqls"], r["leads"]),
            "win_rate": win, "avg_deal": deal, "velocity": velocity}


def close(want, got):
    if want is None or got is None:
        return want is got
    return abs(want - got) <= 1e-9 * max(1.0, abs(want))


def check_json_metrics(con, doc, meeting):
    """The scorecard against the metric table, every figure recomputed."""
    kinds = [r["kind"] for r in con.execute(
        "SELECT kind FROM item WHERE meeting_id = ?", (meeting,))]
    if "metrics" not in kinds:
        if "metrics" in doc:
            problem("a metrics key without a metrics item")
        return
    mt = doc.get("metrics")
    if mt is None:
        problem("no metrics key")
        return
    cols = ("leads", "mqls", "sqls", "opportunities", "won", "lost",
            "revenue", "cycle_days")
    rows = con.execute("SELECT * FROM metric WHERE meeting_id = ?"
                       " ORDER BY rowid", (meeting,)).fetchall()
    prev = con.execute(
        "SELECT m.id, substr(m.started_at, 1, 10) AS day FROM meeting m,"
        " meeting cur WHERE cur.id = ? AND (m.started_at < cur.started_at"
        " OR (m.started_at = cur.started_at AND m.id < cur.id)) AND EXISTS"
        " (SELECT 1 FROM metric x WHERE x.meeting_id = m.id)"
        " ORDER BY m.started_at DESC, m.id DESC LIMIT 1",
        (meeting,)).fetchone()
    expect("metrics previous_meeting",
           {"id": prev["id"], "date": prev["day"]} if prev else None,
           mt["previous_meeting"])
    before = {}
    if prev:
        for b in con.execute("SELECT * FROM metric WHERE meeting_id = ?",
                             (prev["id"],)):
            before[b["source"].lower()] = b
    expect("metrics sources", [r["source"] for r in rows],
           [s["source"] for s in mt["sources"]])
    for r, s in zip(rows, mt["sources"]):
        name = r["source"]
        for k in cols:
            expect("metrics %s %s" % (name, k), r[k], s[k])
        now = metrics_figures(r)
        for k, v in now.items():
            if not close(v, s[k]):
                problem("metrics %s %s: want %r, got %r" % (name, k, v, s[k]))
        b = before.get(name.lower())
        if b is None:
            expect("metrics %s change" % name, None, s["change"])
        else:
            then = metrics_figures(b)
            for k in now:
                want = (None if now[k] is None or then[k] is None
                        else now[k] - then[k])
                if not close(want, s["change"][k]):
                    problem("metrics %s change %s: want %r, got %r"
                            % (name, k, want, s["change"][k]))
        flag = (mt["nurture_below"] is not None and
                now["lead_to_sql"] is not None and
                now["lead_to_sql"] < mt["nurture_below"])
        expect("metrics %s nurture" % name, flag, s["nurture"])


def objection_key(name):
    """How Parley matches objection names: spaces and case aside."""
    return "".join(name.split()).lower()


def check_json_heard(con, doc, meeting):
    """objections_heard, counted again from the hearings and statements."""
    if "objections_heard" not in doc:
        return
    start = con.execute("SELECT started_at FROM meeting WHERE id = ?",
                        (meeting,)).fetchone()[0]
    rows = con.execute(
        "SELECT p.meeting_id, substr(m.started_at, 1, 10) AS day,"
        " p.topic AS name, 0 AS parroted FROM prospect_objection p"
        " JOIN meeting m ON m.id = p.meeting_id"
        " WHERE p.deleted_at IS NULL AND m.started_at <= ?"
        " UNION ALL SELECT o.meeting_id, substr(m.started_at, 1, 10),"
        " o.statement, 1 FROM objection o JOIN item i ON i.id = o.item_id"
        " JOIN meeting m ON m.id = o.meeting_id WHERE o.deleted_at IS NULL"
        " AND i.kind = 'objections' AND m.started_at <= ?",
        (start, start)).fetchall()
    want = {}
    for r in rows:
        if r["meeting_id"] == meeting:
            w = want.setdefault(objection_key(r["name"]), [0, 0])
            w[r["parroted"]] += 1
    got = {objection_key(o["name"]): o for o in doc["objections_heard"]}
    expect("objections heard", sorted(want), sorted(got))
    for key, (heard, parroted) in want.items():
        o = got.get(key)
        if o is None:
            continue
        expect("%s heard" % key, (heard, parroted, heard + parroted),
               (o["heard"], o["parroted"], o["times"]))
        days = [r["day"] for r in rows if objection_key(r["name"]) == key]
        before = [r["day"] for r in rows if objection_key(r["name"]) == key
                  and r["meeting_id"] != meeting]
        expect("%s first heard" % key, min(days), o["first_heard"])
        expect("%s last heard before" % key, max(before) if before else None,
               o["last_heard_before"])
    times = [o["times"] for o in doc["objections_heard"]]
    expect("objections heard, most first", sorted(times, reverse=True), times)


def check_json_requests(con, doc, meeting):
    """requests, read again from content_request and their actions."""
    if "requests" not in doc:
        return
    rows = con.execute(
        "SELECT r.id, r.asset, p.topic, n.name AS needed_by, a.id AS action,"
        " o.name AS owner, a.due, a.status FROM content_request r"
        " JOIN action a ON a.id = r.action_id"
        " LEFT JOIN prospect_objection p ON p.id = a.prospect_objection_id"
        " LEFT JOIN person n ON n.id = r.needed_by_id"
        " LEFT JOIN person o ON o.id = a.owner_id"
        " WHERE r.meeting_id = ? AND a.deleted_at IS NULL ORDER BY r.id",
        (meeting,)).fetchall()
    expect("requests", [tuple(r) for r in rows],
           [(q["id"], q["asset"], q["objection"], q["needed_by"],
             q["action_id"], q["owner"], q["due"], q["status"])
            for q in doc["requests"]])
    actions = {a["id"] for a in doc["actions"]}
    for q in doc["requests"]:
        if q["action_id"] not in actions:
            problem("request %d: action %d is not in actions"
                    % (q["id"], q["action_id"]))


def db_mql_agreed(v, until):
    """Each side's agreement to version row v as it stood at until."""
    out = {}
    for side in ("sales", "marketing"):
        at = v[side + "_agreed_at"]
        out[side] = ({"at": at, "by": v[side + "_by"]}
                     if at is not None and at <= until else None)
    return out


def db_mql_criteria(con, v):
    return [{"key": r["key"], "value": r["value"]} for r in con.execute(
        "SELECT key, value FROM mql_criterion WHERE version_id = ?"
        " ORDER BY pos", (v["id"],))]


def check_json_mql(con, doc, meeting):
    """The version in force at the meeting's end, and the proposal open."""
    kinds = [i["kind"] for i in doc["items"]]
    if "definition" not in kinds:
        if "mql" in doc:
            problem("mql without a definition item")
        return
    if "mql" not in doc:
        problem("no mql key though the agenda has a definition item")
        return
    m = con.execute("SELECT ended_at FROM meeting WHERE id = ?",
                    (meeting,)).fetchone()
    until = m["ended_at"] or "9999-12-31T23:59:59"
    versions = con.execute(
        "SELECT v.*, ps.name AS sales_by, pm.name AS marketing_by"
        " FROM mql_version v"
        " LEFT JOIN person ps ON ps.id = v.sales_agreed_by"
        " LEFT JOIN person pm ON pm.id = v.marketing_agreed_by"
        " WHERE v.proposed_at <= ? ORDER BY v.version", (until,)).fetchall()
    force = None
    for v in versions:
        if all(db_mql_agreed(v, until).values()):
            force = v
    mql = doc["mql"]
    expect("mql version", force["version"] if force else None,
           mql["version"])
    if force is not None:
        expect("mql origin", force["origin"], mql["origin"])
        expect("mql agreed", db_mql_agreed(force, until), mql["agreed"])
        expect("mql criteria", db_mql_criteria(con, force), mql["criteria"])
    last = versions[-1] if versions else None
    open_one = (last if last is not None and last is not force and
                (force is None or last["version"] > force["version"])
                else None)
    got = mql["proposal"]
    expect("mql proposal", open_one["version"] if open_one else None,
           got["version"] if got else None)
    if open_one is not None and got is not None:
        expect("mql proposal agreed", db_mql_agreed(open_one, until),
               got["agreed"])
        expect("mql proposal criteria", db_mql_criteria(con, open_one),
               got["criteria"])
        expect("mql proposal at", open_one["proposed_at"],
               got["proposed_at"])


def check_json_kinds(con, doc, meeting):
    """wins, pulse, rating and the parking lot carried, from the tables."""
    wins = con.execute("SELECT * FROM entry WHERE meeting_id = ? AND kind IN"
                       " ('win', 'customer') AND deleted_at IS NULL"
                       " ORDER BY id", (meeting,)).fetchall()
    expect("wins did_well",
           [(r["id"], r["side"], r["text"], r["created_at"]) for r in wins
            if r["kind"] == "win"],
           [(w["id"], w["side"], w["text"], w["at"])
            for w in doc["wins"]["did_well"]])
    expect("wins customers",
           [(r["id"], r["text"], r["lead_source"], r["created_at"])
            for r in wins if r["kind"] == "customer"],
           [(c["id"], c["name"], c["source"], c["at"])
            for c in doc["wins"]["customers"]])
    pulse = con.execute("SELECT * FROM pulse WHERE meeting_id = ?"
                        " ORDER BY side DESC", (meeting,)).fetchall()
    expect("pulse ratings",
           [(r["side"], r["tension"], r["friction"], r["reason"])
            for r in pulse],
           [(r["side"], r["tension"], r["friction"], r["reason"])
            for r in doc["pulse"]["ratings"]])
    for h in doc["pulse"]["history"]:
        row = con.execute("SELECT * FROM pulse WHERE meeting_id = ? AND"
                          " side = ?", (h["meeting"], h["side"])).fetchone()
        expect("pulse history %d %s" % (h["meeting"], h["side"]),
               (row["tension"], row["friction"]) if row else None,
               (h["tension"], h["friction"]))
    for w in doc["pulse"]["warnings"]:
        now = [r for r in pulse if r["side"] == w["side"]][0][w["measure"]]
        expect("warning %s %s to" % (w["side"], w["measure"]), now, w["to"])
        if w["to"] - w["from"] < 2:
            problem("warning %s %s: a rise under 2" % (w["side"],
                                                      w["measure"]))
    rated = con.execute("SELECT p.name, a.rating FROM attendee a JOIN person"
                        " p ON p.id = a.person_id WHERE a.meeting_id = ?",
                        (meeting,)).fetchall()
    expect("ratings", sorted((r["name"], r["rating"]) for r in rated),
           sorted((r["name"], r["rating"]) for r in doc["rating"]["ratings"]))
    given = [r["rating"] for r in rated if r["rating"] is not None]
    expect("rating average", sum(given) / len(given) if given else None,
           doc["rating"]["average"])
    for e in doc["parking_before"]:
        row = con.execute("SELECT * FROM entry WHERE id = ?",
                          (e["id"],)).fetchone()
        expect("parked %d" % e["id"], (row["kind"], row["text"],
                                       row["created_at"]),
               ("parking", e["text"], e["parked_at"]))
        if row["meeting_id"] == meeting:
            problem("parked %d: parked in this meeting" % e["id"])


def check_json(schema_path, db, path, meeting, private):
    import jsonschema
    schema = json.load(open(schema_path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    raw = open(path, "rb").read()
    doc = json.loads(raw.decode("utf-8"))
    for e in jsonschema.Draft202012Validator(schema).iter_errors(doc):
        problem("schema: %s: %s" % (list(e.absolute_path), e.message))
    if problems:
        return
    con = db_open(db)
    m = con.execute("SELECT * FROM meeting WHERE id = ?", (meeting,)).fetchone()
    for k in ("id", "title", "started_at", "ended_at", "status",
              "planned_minutes"):
        expect("meeting " + k, m[k], doc["meeting"][k])
    expect("private", bool(private), doc["private"])
    people = con.execute("SELECT p.name, a.side FROM attendee a JOIN person p"
                         " ON p.id = a.person_id WHERE a.meeting_id = ?",
                         (meeting,)).fetchall()
    expect("attendees", sorted((p["name"], p["side"]) for p in people),
           sorted((a["name"], a["side"]) for a in doc["attendees"]))
    items = con.execute("SELECT * FROM item WHERE meeting_id = ? ORDER BY pos",
                        (meeting,)).fetchall()
    expect("items", [(r["pos"] + 1, r["kind"], r["title"], r["minutes"],
                      r["elapsed_s"]) for r in items],
           [(i["position"], i["kind"], i["title"], i["minutes"], i["elapsed"])
            for i in doc["items"]])
    expect("elapsed", sum(r["elapsed_s"] for r in items),
           doc["meeting"]["elapsed"])
    captures = check_json_entries(con, doc, meeting, private)
    check_json_objections(con, doc, meeting, private, captures)
    check_json_kinds(con, doc, meeting)
    made, reviewed = db_actions(con, meeting)
    check_json_actions(doc, made, reviewed)
    check_json_metrics(con, doc, meeting)
    check_json_heard(con, doc, meeting)
    check_json_requests(con, doc, meeting)
    check_json_mql(con, doc, meeting)
    walk_private(doc, False, [])
    if not private:
        for w in PRIVATE_WORDS:
            if w.encode() in raw:
                problem("%s in shared minutes" % w)


def check_crlf(text):
    """Outside quotes every line ends in CRLF, and nothing else does."""
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "\n" and (i == 0 or text[i - 1] != "\r"):
            problem("a record ends in a bare LF at octet %d" % i)
            return
        elif not quoted and ch == "\r" and text[i + 1:i + 2] != "\n":
            problem("a bare CR at octet %d" % i)
            return
    if not text.endswith("\r\n"):
        problem("the last record does not end in CRLF")


def check_csv(db, path, meeting):
    text = open(path, "rb").read().decode("utf-8")
    check_crlf(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    header = ["id", "title", "owner", "side", "due", "status", "meeting",
              "item", "review", "created_at", "carried"]
    expect("header", header, rows[0])
    con = db_open(db)
    made, reviewed = db_actions(con, meeting)
    ids = [int(r[0]) for r in rows[1:]]
    expect("rows: made here, then reviewed", sorted(made),
           sorted(ids[:len(made)]))
    expect("reviewed rows", sorted(reviewed), sorted(ids[len(made):]))
    for r in rows[1:]:
        if len(r) != len(header):
            problem("row %s has %d fields" % (r[0], len(r)))
            continue
        f = dict(zip(header, r))
        a = made.get(int(f["id"])) or reviewed.get(int(f["id"]))
        if a is None:
            continue
        for k in ("title", "owner", "side", "due", "status", "created_at"):
            expect("action %s %s" % (f["id"], k), a[k] or "", f[k])
        expect("action %s meeting" % f["id"], str(a["meeting_id"] or ""),
               f["meeting"])


def check_ics(db, path, meeting):
    import icalendar
    raw = open(path, "rb").read()
    if not raw.endswith(b"\r\n"):
        problem("the file does not end in CRLF")
    for n, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            problem("line %d holds a bare line break" % n)
        if len(line) > 75:
            problem("line %d is %d octets" % (n, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problem("line %d splits a UTF-8 character" % n)
    cal = icalendar.Calendar.from_ical(raw)
    expect("VERSION", "2.0", str(cal.get("VERSION")))
    expect("CALSCALE", "GREGORIAN", str(cal.get("CALSCALE")))
    if not cal.get("PRODID"):
        problem("no PRODID")
    con = db_open(db)
    m = con.execute("SELECT * FROM meeting WHERE id = ?", (meeting,)).fetchone()
    made, reviewed = db_actions(con, meeting)
    want = {i: a for i, a in list(made.items()) + list(reviewed.items())
            if a["status"] == "open"}
    todos = list(cal.walk("VTODO"))
    got = {}
    for t in todos:
        uid = str(t.get("UID"))
        mt = re.fullmatch(r"parley-action-(\d+)-(\d{8}T\d{6})", uid)
        if mt is None:
            problem("UID %r" % uid)
            continue
        got[int(mt.group(1))] = t
        a = want.get(int(mt.group(1)))
        if a is None:
            continue
        expect("UID time of %d" % a["id"],
               re.sub(r"[-:]", "", a["created_at"]), mt.group(2))
        title = a["title"].replace("\r\n", "\n").replace("\r", "\n")
        expect("SUMMARY of %d" % a["id"], title, str(t.get("SUMMARY")))
        expect("STATUS of %d" % a["id"], "NEEDS-ACTION", str(t.get("STATUS")))
        due = t.get("DUE")
        expect("DUE of %d" % a["id"], a["due"],
               due.dt.isoformat() if due is not None else None)
        stamp = t.get("DTSTAMP")
        if stamp is None or stamp.dt.utcoffset() is None or \
                stamp.dt.utcoffset().total_seconds() != 0:
            problem("DTSTAMP of %d is not UTC" % a["id"])
        if "ATTENDEE" in t:
            problem("VTODO %d has an ATTENDEE" % a["id"])
        desc = str(t.get("DESCRIPTION"))
        for part in (a["owner"] or "nobody yet", m["title"],
                     m["started_at"][:10]):
            if part not in desc:
                problem("DESCRIPTION of %d lacks %r" % (a["id"], part))
    expect("VTODO ids (the open actions)", sorted(want), sorted(got))
    expect("UIDs are unique", len(todos), len(got))


def main(argv):
    kind = argv[1]
    if kind == "json":
        check_json(argv[2], argv[3], argv[4], int(argv[5]), argv[6] == "1")
    elif kind == "csv":
        check_csv(argv[2], argv[3], int(argv[4]))
    elif kind == "ics":
        check_ics(argv[2], argv[3], int(argv[4]))
    else:
        sys.exit("usage: check_minutes.py json|csv|ics ...")
    for p in problems:
        print("#   " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
