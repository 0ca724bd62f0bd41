/*
 * metrics.h: lead-source figures (SPEC section 5) and what they mean. Per
 * source, as a CRM report gives them: leads, MQLs, SQLs, opportunities,
 * won and lost deals, won revenue and the average sales cycle in days;
 * from them the conversion rates, the win rate, the average deal, the
 * sales velocity, their change since the previous meeting with figures,
 * and the sources to nurture longer. Pure: no SQL, no terminal, no clock.
 * metrics_csv.h reads the figures from a CRM export, metrics_write.h
 * prints them.
 */
#ifndef PARLEY_METRICS_H
#define PARLEY_METRICS_H

#include <stddef.h>
#include <stdio.h>

struct json;

/* The columns of a CRM report, in the order of SPEC section 5. */
enum metrics_field {
	METRICS_SOURCE,
	METRICS_LEADS,
	METRICS_MQLS,
	METRICS_SQLS,
	METRICS_OPPORTUNITIES,
	METRICS_WON,
	METRICS_LOST,
	METRICS_REVENUE,         /* won revenue in the period */
	METRICS_CYCLE_DAYS,      /* average days from lead to close, won deals */
	METRICS_NFIELDS
};

/* What Parley computes from them. */
enum metrics_figure {
	METRICS_LEAD_TO_MQL,     /* mqls / leads */
	METRICS_MQL_TO_SQL,      /* sqls / mqls */
	METRICS_SQL_TO_OPP,      /* opportunities / sqls */
	METRICS_LEAD_TO_SQL,     /* sqls / leads: what nurture_below judges */
	METRICS_WIN_RATE,        /* won / (won + lost) */
	METRICS_AVG_DEAL,        /* revenue / won */
	METRICS_VELOCITY,        /* opportunities x win rate x average deal /
	                            cycle days: revenue per day */
	METRICS_NFIGURES
};

/* Counts beyond this are a typo, not a funnel (and stay exact as doubles). */
#define METRICS_MAX_COUNT 1000000000000L
/* Amounts beyond this too: a thousand trillion. */
#define METRICS_MAX_AMOUNT 1e15

/* One lead source's figures for one meeting. */
struct metrics_row {
	char *source;            /* owned; trimmed, never empty once parsed */
	long leads;
	long mqls;
	long sqls;
	long opportunities;
	long won;
	long lost;
	double revenue;
	double cycle_days;
};

/* The sources of one meeting, in the order they were given. */
struct metrics_table {
	struct metrics_row *v;
	size_t n;
};

/*
 * A figure that may not exist: ok is 0 when a denominator was zero (the
 * figure is null in JSON, a dash on screen), never an infinity or a NaN.
 */
struct metrics_value {
	int ok;
	double v;
};

/*
 * What the scorecard of a meeting shows: its figures, those of the
 * previous meeting that has any, and the agenda's nurture threshold.
 */
struct metrics_card {
	struct metrics_table now;
	struct metrics_table before;  /* empty when no earlier meeting has any */
	long before_meeting;          /* its id, 0 for none */
	char before_date[11];         /* its day, YYYY-MM-DD, "" for none */
	double nurture_below;         /* a fraction; 0: flag nothing */
};

/* "source", "leads", ... "cycle_days": the CSV names. */
const char *metrics_field_name(enum metrics_field f);
/* "lead_to_mql", ... "velocity": the JSON and CSV names. */
const char *metrics_figure_name(enum metrics_figure f);
/* "Lead→MQL", "Win rate", "Velocity/day": for people. */
const char *metrics_figure_label(enum metrics_figure f);

/* Figure f of row r. */
struct metrics_value metrics_figure(const struct metrics_row *r,
    enum metrics_figure f);

/*
 * Set field f of r from text as a report writes it: 0, or -1 with *cause
 * naming the field and the text. The source is trimmed and may be neither
 * empty nor hold a control character or invalid UTF-8. Counts are whole
 * and not negative ("1,204" is taken). Revenue is an amount, with a
 * currency sign or code ("$", "€", "£", "¥", "USD") and thousands
 * separators taken ("$48,000.00", "USD 48,000"). Cycle days is a number
 * of days, decimals taken. An empty revenue or cycle_days is 0.
 */
int metrics_field_parse(struct metrics_row *r, enum metrics_field f,
    const char *text, char **cause);
/*
 * What no one cell shows: revenue without a deal won. 0, or -1 with
 * *cause.
 */
int metrics_row_check(const struct metrics_row *r, char **cause);

/*
 * A line typed in the meeting: the source (words, spaces and all), then
 * its eight figures, "Paid search 860 215 52 20 5 11 $61,250 44". Returns
 * 0 with every field of *out set; 1 when the line holds no figure at all
 * (out->source is the line: a source to look up); -1 with *cause. *out
 * is zeroed first; free it with metrics_row_fini whatever the result.
 */
int metrics_line_parse(const char *line, struct metrics_row *out,
    char **cause);
/* r as a line metrics_line_parse reads back. Caller frees. */
char *metrics_line_format(const struct metrics_row *r);

/*
 * Text from a file or a prompt as a message may quote it: through the
 * terminal filter (format_safe_cp), cut after 40 bytes (on a character)
 * with "…". At most size bytes.
 */
void metrics_quote(const char *s, char *buf, size_t size);

void metrics_row_fini(struct metrics_row *r);
/* Copy r into to (a new source string). */
void metrics_row_copy(struct metrics_row *to, const struct metrics_row *r);
/* Append r to t; t takes ownership of r's source. */
void metrics_table_add(struct metrics_table *t, struct metrics_row *r);
void metrics_table_fini(struct metrics_table *t);
/* The row of t for source (case and surrounding spaces aside), or NULL. */
const struct metrics_row *metrics_table_find(const struct metrics_table *t,
    const char *source);

/* A new empty card. Free with metrics_card_free (NULL is a no-op). */
struct metrics_card *metrics_card_new(void);
void metrics_card_free(struct metrics_card *c);
/*
 * The figures the previous meeting had for r's source, or NULL (a new
 * source, or no previous meeting with figures).
 */
const struct metrics_row *metrics_before(const struct metrics_card *c,
    const struct metrics_row *r);
/*
 * How figure f of r changed since the previous meeting: not ok when the
 * source is new there or the figure is null in either meeting.
 */
struct metrics_value metrics_change(const struct metrics_card *c,
    const struct metrics_row *r, enum metrics_figure f);
/*
 * 1 when r is to be nurtured longer: its lead-to-SQL rate exists and is
 * under the card's threshold (none when the threshold is 0).
 */
int metrics_nurture(const struct metrics_card *c, const struct metrics_row *r);

/*
 * The scorecard's columns, for every table that shows it: the report's
 * fields, the figures, and the change of velocity since last time.
 */
enum metrics_col {
	METRICS_COL_SOURCE,
	METRICS_COL_LEADS,
	METRICS_COL_MQLS,
	METRICS_COL_SQLS,
	METRICS_COL_OPPORTUNITIES,
	METRICS_COL_WON,
	METRICS_COL_LOST,
	METRICS_COL_REVENUE,
	METRICS_COL_CYCLE_DAYS,
	METRICS_COL_LEAD_TO_MQL,
	METRICS_COL_MQL_TO_SQL,
	METRICS_COL_SQL_TO_OPP,
	METRICS_COL_LEAD_TO_SQL,
	METRICS_COL_WIN_RATE,
	METRICS_COL_AVG_DEAL,
	METRICS_COL_VELOCITY,
	METRICS_COL_CHANGE,
	METRICS_NCOLS
};

/* A column's heading: "SOURCE", "L→SQL", "VEL/DAY", "CHANGE". */
const char *metrics_col_head(enum metrics_col c);
/*
 * Which columns a narrow table keeps first: 0 for the source, higher for
 * those dropped sooner.
 */
int metrics_col_priority(enum metrics_col c);
/* 1 for a column of numbers (right-aligned). */
int metrics_col_numeric(enum metrics_col c);
/*
 * The text of column c for row r of card (a borrowed row of c->now), as
 * every scorecard shows it: "30.0%", "12,000", "—" for a null figure,
 * "▲ +52", "▼ -30", "= 0" or "new" for the change. At most size bytes.
 */
void metrics_col_text(const struct metrics_card *card,
    const struct metrics_row *r, enum metrics_col c, char *buf, size_t size);

/* The blank columns between two columns of a scorecard. */
#define METRICS_GAP 2
/*
 * Which columns of card fit in width columns of text (a negative width:
 * all): widths[c] is each column's width, 0 for one left out. The source
 * is always in, at most 30 columns or a quarter of the width (12 at
 * least), cut to the width, never under 6; the others come in by
 * priority while they fit, whole, up to the first that does not; CHANGE
 * only when an earlier meeting has figures. Returns the width used.
 */
int metrics_layout(const struct metrics_card *card, int width,
    int widths[METRICS_NCOLS]);

/*
 * The order of a velocity chart: indexes into c->now, the fastest first,
 * null velocities last, ties in the table's order. order holds c->now.n.
 */
void metrics_by_velocity(const struct metrics_card *c, size_t *order);
/*
 * A bar of block characters for share (0 to 1) of width columns, in
 * eighths ("███▍"): at least a sliver for any share above 0. At most
 * size bytes (3 a column, and the NUL).
 */
void metrics_bar(double share, int width, char *buf, size_t size);
/* The largest velocity of the card (0 when none is above 0). */
double metrics_top_velocity(const struct metrics_card *c);

/* A rate as "30.0%", or "—" when it is null. */
void metrics_format_rate(struct metrics_value v, char *buf, size_t size);
/*
 * An amount of money or a velocity: whole with thousands separators from
 * 100 on ("48,000"), one decimal below ("7.5"); "—" when null.
 */
void metrics_format_amount(struct metrics_value v, char *buf, size_t size);
/*
 * A change of a figure with its direction in words and sign, not in
 * colour: "▲ +52", "▼ -4.0%", "= 0". rate: formatted as percentage points.
 */
void metrics_format_change(struct metrics_value d, int rate, char *buf,
    size_t size);

/*
 * Printing the scorecard (metrics_write.c), for parley metrics and the
 * minutes. What is user text (a source) is made safe for each output.
 */
/*
 * The scorecard as a text table, every column, then what the change
 * compares with and the sources to nurture longer.
 */
void metrics_write_table(FILE *f, const struct metrics_card *c);
/* One CSV row a source, header first (RFC 4180); null figures empty. */
void metrics_write_csv(FILE *f, const struct metrics_card *c);
/*
 * The scorecard as one JSON object: nurture_below, previous_meeting and
 * the sources, each with its figures, rates (null when undefined), the
 * change of each since the previous meeting (null for a new source) and
 * whether to nurture it longer. See parley-minutes.schema.json.
 */
void metrics_write_json(struct json *j, const struct metrics_card *c);
/*
 * The sources to nurture longer, as a sentence: "Webinar (4.0%), Events
 * (6.2%)". A new string, or NULL when none is. Caller frees.
 */
char *metrics_nurture_list(const struct metrics_card *c);

#endif
