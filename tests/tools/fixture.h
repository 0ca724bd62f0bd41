/* fixture.h: databases with known content, built through the store for the tests. */
#ifndef PARLEY_FIXTURE_H
#define PARLEY_FIXTURE_H

/*
 * Build at db (replacing it) two meetings from the agenda at agenda_path:
 * meeting 1 on 2026-10-26 with four action items (ids 1-4; 2 a content
 * request answering the objection "Too expensive for a team our size"),
 * two objections heard, two parked topics, a pulse (sales 2/2, marketing
 * 2/1) and four ratings (average 7.0); meeting 2 on 2026-11-23 reviewing
 * them (1 done, 2 kept to 2026-12-04, 3 escalated to Priya Natarajan, 4
 * dropped), with notes (hostile text among them), a decision, a parked
 * topic, a private note holding QUOKKAPRIVATE, three parroted statements
 * (an action, a private follow-up holding ZEBRAFOLLOW, resolved),
 * objections heard under Q1 (three, one of them twice, one hostile; "No
 * budget this quarter" heard again with no request) and action items 5-8;
 * two wins and two new customers (one with a lead source), a pulse (sales
 * 4/2, a rise of 2: an early warning; marketing 2/3), three ratings
 * (average 8.0), and meeting 1's first parked topic closed; its Q2 item is
 * not covered and Q1 ran over time; its Q4 brings version 2 of the MQL
 * definition into force (version 1: meeting 1's agenda) and leaves version
 * 3, hostile, agreed by marketing only. Both have lead-source figures
 * (meeting 2's: a source to nurture, one with markup in its name, one with
 * every rate null). Exits the program on failure.
 */
void fixture_minutes(const char *db, const char *agenda_path);

#endif
