/* ui_keys.c: every key of every screen, in one table with its help. */
#include <curses.h>

#include "ui.h"

#define N(a) (sizeof (a) / sizeof (a)[0])

static const struct ui_keydef meeting_keys[] = {
	{ CMD_NEXT, 'n', UI_FN + KEY_RIGHT, "n, Right", "next agenda item" },
	{ CMD_PREV, 'b', UI_FN + KEY_LEFT, "b, Left", "previous agenda item" },
	{ CMD_NOTE, 'c', 0, "c", "add a note to this item" },
	{ CMD_ACTION, 'a', 0, "a", "add an action item: Action, Owner, Due" },
	{ CMD_PARROT, 'o', 0, "o", "parrot a statement back as a question" },
	{ CMD_DECISION, 'd', 0, "d", "record a decision" },
	{ CMD_PARKING, 'l', 0, "l", "add a topic to the parking lot" },
	{ CMD_PRIVATE, 'p', 0, "p", "private note, typed blind: never shown" },
	{ CMD_ACTIONS, 'A', 0, "A", "review open action items" },
	{ CMD_EDIT, 'E', 0, "E", "change or delete a capture of this item" },
	{ CMD_UNDO, 'u', 0, "u", "undo the last capture or change" },
	{ CMD_EXPORT, 'e', 0, "e", "export the minutes (Markdown)" },
	{ CMD_SEARCH, '/', 0, "/", "search what every meeting said" },
	{ CMD_UP, UI_FN + KEY_UP, 0, "Up, Down", "scroll what the item holds" },
	{ CMD_DOWN, UI_FN + KEY_DOWN, 0, NULL, NULL },
	{ CMD_PGUP, UI_FN + KEY_PPAGE, 0, "PgUp, PgDn", "scroll a page" },
	{ CMD_PGDN, UI_FN + KEY_NPAGE, 0, NULL, NULL },
	{ CMD_END, 'x', 0, "x", "end the meeting (asks y to confirm)" },
	{ CMD_LEAVE, 'q', 0, "q", "leave; 'parley resume' comes back" },
	{ CMD_HELP, '?', 0, "?", "this help" },
};

/* Q4, the MQL definition: keys of its own, beside the meeting's. */
static const struct ui_keydef definition_keys[] = {
	{ CMD_MQL_CHANGE, 'C', 0, "C", "change or add a criterion: proposes a new version" },
	{ CMD_MQL_REMOVE, 'R', 0, "R", "remove a criterion: proposes a new version" },
	{ CMD_MQL_SALES, 'S', 0, "S", "sales agrees to the proposed version" },
	{ CMD_MQL_MARKETING, 'M', 0, "M", "marketing agrees to the proposed version" },
};

static const struct ui_keydef actions_keys[] = {
	{ CMD_UP, UI_FN + KEY_UP, 0, "Up", "previous action item" },
	{ CMD_DOWN, UI_FN + KEY_DOWN, 0, "Down", "next action item" },
	{ CMD_PGUP, UI_FN + KEY_PPAGE, 0, "PgUp, PgDn", "a page up or down" },
	{ CMD_PGDN, UI_FN + KEY_NPAGE, 0, NULL, NULL },
	{ CMD_HOME, UI_FN + KEY_HOME, 0, "Home, End", "first or last item" },
	{ CMD_END_OF_LIST, UI_FN + KEY_END, 0, NULL, NULL },
	{ CMD_DONE, 'd', 0, "d", "mark it done" },
	{ CMD_KEEP, 'k', 0, "k", "keep it, with a new due date" },
	{ CMD_DROP, 'x', 0, "x", "drop it (asks y to confirm)" },
	{ CMD_ESCALATE, 'e', 0, "e", "escalate it: a new owner and due date" },
	{ CMD_BACK, UI_ESC, 'q', "Esc", "back to the meeting, or home" },
	{ CMD_HELP, '?', 0, "?", "this help" },
};

static const struct ui_keydef edit_keys[] = {
	{ CMD_UP, UI_FN + KEY_UP, 0, "Up, Down", "choose a capture" },
	{ CMD_DOWN, UI_FN + KEY_DOWN, 0, NULL, NULL },
	{ CMD_EDIT, '\r', 'e', "Enter", "change it (a private note: replace it, blind)" },
	{ CMD_DELETE, 'x', UI_FN + KEY_DC, "x, Delete", "delete it (asks y)" },
	{ CMD_BACK, UI_ESC, 'q', "Esc", "back to the meeting" },
	{ CMD_HELP, '?', 0, "?", "this help" },
};

static const struct ui_keydef search_keys[] = {
	{ CMD_UP, UI_FN + KEY_UP, 0, "Up, Down", "choose a hit: where it was said shows below" },
	{ CMD_DOWN, UI_FN + KEY_DOWN, 0, NULL, NULL },
	{ CMD_SEARCH, '/', 0, "/", "search for other words" },
	{ CMD_BACK, UI_ESC, 'q', "Esc", "back" },
	{ CMD_HELP, '?', 0, "?", "this help" },
};

static const struct ui_keydef objections_keys[] = {
	{ CMD_HEARD, 'h', 0, "h", "an objection heard: Tab offers those heard before" },
	{ CMD_UNHEARD, 'H', 0, "H", "take back one count of an objection heard today" },
};

static const struct ui_keydef requests_keys[] = {
	{ CMD_REQUEST, 'r', 0, "r", "a content request, which becomes an action item" },
};

static const struct ui_keydef home_keys[] = {
	{ CMD_START, 'r', 0, "r", "run a meeting from the default agenda" },
	{ CMD_RESUME, 's', 0, "s", "resume the meeting in progress" },
	{ CMD_ACTIONS, 'A', 0, "A", "review open action items" },
	{ CMD_SEARCH, '/', 0, "/", "search what every meeting said" },
	{ CMD_LEAVE, 'q', 0, "q", "quit" },
	{ CMD_HELP, '?', 0, "?", "this help" },
};

static const struct ui_keydef metrics_keys[] = {
	{ CMD_FIGURES, 'f', 0, "f", "enter or correct one source's figures" },
	{ CMD_FIGURES_REMOVE, 'r', 0, "r", "remove one source's figures (asks y)" },
};

/* The keys of agenda items of some kinds, beside the meeting's. */
static const struct ui_keydef review_keys[] = {
	{ CMD_CLOSE_PARKED, 'C', 0, "C", "close a parked topic, or reopen it" },
};

static const struct ui_keydef wins_keys[] = {
	{ CMD_WIN, 'w', 0, "w", "what a side did well" },
	{ CMD_CUSTOMER, 'N', 0, "N", "a newly won customer, with its lead source" },
};

static const struct ui_keydef pulse_keys[] = {
	{ CMD_RATE, 'r', 0, "r", "a side rates tension and friction, 1 to 5" },
};

static const struct ui_keydef wrapup_keys[] = {
	{ CMD_RATE, 'r', 0, "r", "an attendee rates the meeting, 1 to 10" },
};

static const struct ui_keydef room_keys[] = {
	{ CMD_LEAVE, 'q', 0, "q", "leave the room view" },
};

const struct ui_keymap ui_keys_meeting = {
	"Meeting", meeting_keys, N(meeting_keys)
};
const struct ui_keymap ui_keys_actions = {
	"Open action items", actions_keys, N(actions_keys)
};
const struct ui_keymap ui_keys_edit = {
	"Change or delete a capture", edit_keys, N(edit_keys)
};
const struct ui_keymap ui_keys_search = {
	"Search", search_keys, N(search_keys)
};
const struct ui_keymap ui_keys_objections = {
	"Q1 · objections", objections_keys, N(objections_keys)
};
const struct ui_keymap ui_keys_requests = {
	"Q2 · content requests", requests_keys, N(requests_keys)
};
const struct ui_keymap ui_keys_definition = {
	"Q4 · MQL definition", definition_keys, N(definition_keys)
};
const struct ui_keymap ui_keys_review = {
	"Last month's commitments", review_keys, N(review_keys)
};
const struct ui_keymap ui_keys_wins = {
	"Olive branch", wins_keys, N(wins_keys)
};
const struct ui_keymap ui_keys_pulse = {
	"Tension & friction", pulse_keys, N(pulse_keys)
};
const struct ui_keymap ui_keys_wrapup = {
	"Wrap-up", wrapup_keys, N(wrapup_keys)
};
const struct ui_keymap ui_keys_home = { "Parley", home_keys, N(home_keys) };
const struct ui_keymap ui_keys_room = { "Room view", room_keys, N(room_keys) };
const struct ui_keymap ui_keys_metrics = {
	"Q3 · lead sources", metrics_keys, N(metrics_keys)
};

/* The command bound to key in map, or CMD_NONE. */
enum ui_cmd
ui_keys_lookup(const struct ui_keymap *map, int key)
{
	size_t i;

	for (i = 0; i < map->n; i++) {
		if (map->keys[i].key == key ||
		    (map->keys[i].key2 != 0 && map->keys[i].key2 == key))
			return map->keys[i].cmd;
	}
	return CMD_NONE;
}
