# Parley: a terminal meeting facilitator for Sales & Marketing alignment.
# `make run` and `make test` install what is missing, build, then run or test.

VERSION = 0.1.0
PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
CC ?= cc
CFLAGS ?= -O2 -g

PKGS = ncursesw sqlite3 yaml-0.1
CORE_PKGS = sqlite3 yaml-0.1
WARN = -Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wformat=2 -Wvla -Wwrite-strings \
       -Wpointer-arith -Wimplicit-fallthrough -Wundef
DEFS = -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600 \
       -DPARLEY_VERSION='"$(VERSION)"' \
       -DPARLEY_DATADIR='"$(PREFIX)/share/parley"'
ALL_CFLAGS = -std=c17 $(WARN) $(DEFS) -Isrc $(CFLAGS)

# The pure core: no curses. Unit tests link against it without ncurses.
CORE = util sink format date lineedit kind agenda agenda_yaml agenda_file parrot parrot_words bigtext \
       backlog \
       json entry objection view view_kind outfile export export_kind export_md \
       export_html export_kind_objections export_kind_requests \
       export_json export_csv ics export_ics \
       meeting \
       action owner store store_meeting store_entry store_objection \
       store_action store_capture store_owner search store_search \
       session \
       metrics metrics_csv metrics_write store_metrics view_kind_metrics \
       export_kind_metrics session_metrics \
       prospect request store_prospect store_request view_kind_objections \
       view_kind_requests \
       mql store_mql view_kind_definition session_mql \
       export_kind_definition \
       spark pulse rating win store_pulse store_rating store_win store_parking \
       view_kind_pulse view_kind_wins view_kind_wrapup \
       export_kind_pulse export_kind_wins export_kind_wrapup
# The terminal layer and the command line.
UI = ui ui_term ui_parts ui_prompt ui_meeting ui_actions ui_help ui_home ui_keys ui_parrot \
     ui_list ui_edit ui_search ui_kind ui_kind_review ui_kind_definition \
     ui_kind_wrapup ui_kind_metrics ui_kind_objections ui_kind_requests \
     ui_kind_wins ui_kind_pulse \
     ui_room
APP = main cmd cmd_screen cmd_agenda cmd_meeting cmd_action cmd_owner \
      cmd_parrot cmd_followup cmd_search cmd_metrics cmd_mql cmd_parking
TESTS = test_agenda test_date test_lineedit test_parrot test_bigtext \
        test_format test_store test_meeting test_session test_action \
        test_view test_json test_ics test_search test_owner test_export \
        test_metrics test_metrics_csv test_prospect test_request test_mql \
        test_spark test_pulse test_rating test_win test_parking test_backlog \
        test_store_action

# Clocks and parsing; damaged, unwritable and misplaced databases.
TESTS += test_util test_damage test_store_open

CORE_OBJ = $(CORE:%=$(BUILD)/obj/%.o)
UI_OBJ = $(UI:%=$(BUILD)/obj/%.o)
APP_OBJ = $(APP:%=$(BUILD)/obj/%.o)
LIB = $(BUILD)/libparley.a
BIN = $(BUILD)/parley
TEST_BIN = $(TESTS:%=$(BUILD)/tests/%)

# libcsv (lead-source reports, metrics_csv.c) ships no pkg-config file.
CSV_LIBS = -lcsv
# parley links its small libraries (ncursesw, libyaml, libcsv) statically:
# each shared one costs every start its mapping and relocation, and
# parley actions, start to finish, is a few milliseconds. SQLite and the
# C library stay shared.
STATIC_LIBS = -Wl,-Bstatic $$(pkg-config --libs ncursesw yaml-0.1) \
              $(CSV_LIBS) -Wl,-Bdynamic

# Debian packages: to build and run, and to test.
RUN_DEBS = gcc make pkg-config libncurses-dev libsqlite3-dev libyaml-dev \
           libcsv-dev
TEST_DEBS = $(RUN_DEBS) libcmocka-dev tmux mandoc sqlite3 valgrind \
            python3-jsonschema python3-icalendar calcurse chromium \
            poppler-utils cmark-gfm clang
# Only make bench: what parley actions is measured against.
BENCH_DEBS = taskwarrior
AGENDA = agendas/monthly-alignment.yaml

.PHONY: all run test deps-run deps-test deps-bench unit asan valgrind e2e e2e-asan lint-man \
        check-layers bench fuzz fuzz-short fuzz-build install uninstall clean

all: $(BIN)

# Install missing Debian packages; apt-get runs only when one is missing.
define install_debs
	@missing=; for p in $(1); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
	    grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  command -v apt-get >/dev/null || { echo "parley: please install:$$missing" >&2; exit 1; }; \
	  sudo=; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  echo "installing:$$missing"; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq \
	    --no-install-recommends $$missing </dev/null; \
	fi
endef

deps-run:
	$(call install_debs,$(RUN_DEBS))

deps-test:
	$(call install_debs,$(TEST_DEBS))

deps-bench:
	$(call install_debs,$(BENCH_DEBS))

run: deps-run
	@$(MAKE) --no-print-directory all
	@if $(BIN) meetings | grep -q 'in progress'; then $(BIN) resume; \
	  else $(BIN) run $(AGENDA); fi

test: deps-test
	@$(MAKE) --no-print-directory all check-layers lint-man unit asan \
	  valgrind e2e e2e-asan fuzz-short

$(BUILD)/obj/%.o: src/%.c src/*.h | $(BUILD)/obj
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) $$(pkg-config --cflags $(CORE_PKGS)) -c -o $@ $<

# Only the terminal layer sees curses.
$(UI_OBJ): $(BUILD)/obj/%.o: src/%.c src/*.h | $(BUILD)/obj
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) $$(pkg-config --cflags $(PKGS)) -c -o $@ $<

$(LIB): $(CORE_OBJ)
	@rm -f $@
	@ar rcs $@ $(CORE_OBJ)

$(BIN): $(APP_OBJ) $(UI_OBJ) $(LIB)
	@echo "  LINK    $@"
	@$(CC) $(CFLAGS) -o $@ $(APP_OBJ) $(UI_OBJ) $(LIB) \
	  $(STATIC_LIBS) $$(pkg-config --libs sqlite3)

# Unit tests link the core without ncurses: a curses call would not link.
$(BUILD)/tests/%: tests/unit/%.c tests/unit/testlib.c tests/unit/testlib.h \
    tests/tools/fixture.c tests/tools/fixture.h $(LIB) | $(BUILD)/tests
	@echo "  TEST    $@"
	@$(CC) $(ALL_CFLAGS) -Itests/tools $$(pkg-config --cflags $(CORE_PKGS)) \
	  -o $@ $< tests/unit/testlib.c tests/tools/fixture.c \
	  $(LIB) $$(pkg-config --libs $(CORE_PKGS)) $(TEST_LIBS) -lcmocka

# Only the tests that read CSV link libcsv.
$(BUILD)/tests/test_metrics_csv: TEST_LIBS = $(CSV_LIBS)

# Test tools: programs the tests run to build their data (not tests).
$(BUILD)/tests/mkminutes: tests/tools/mkminutes.c tests/tools/fixture.c \
    tests/tools/fixture.h $(LIB) | $(BUILD)/tests
	@echo "  TOOL    $@"
	@$(CC) $(ALL_CFLAGS) -Itests/tools $$(pkg-config --cflags $(CORE_PKGS)) \
	  -o $@ tests/tools/mkminutes.c tests/tools/fixture.c \
	  $(LIB) $$(pkg-config --libs $(CORE_PKGS))

$(BUILD)/obj $(BUILD)/tests:
	@mkdir -p $@

unit: $(TEST_BIN)
	@fail=0; for t in $(TEST_BIN); do \
	  PARLEY_SRCDIR=. $$t || fail=1; done; exit $$fail

# The unit tests again under AddressSanitizer and UBSan.
asan:
	@$(MAKE) --no-print-directory BUILD=build/asan \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	  unit

valgrind: $(TEST_BIN)
	@fail=0; for t in $(TEST_BIN); do \
	  PARLEY_SRCDIR=. valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect \
	    --error-exitcode=1 $$t >/dev/null || { echo "valgrind: $$t failed"; fail=1; }; \
	done; [ $$fail -eq 0 ] && echo "valgrind: $(words $(TEST_BIN)) unit test programs clean"; exit $$fail

# Tests that need a database of past meetings build it with mkminutes.
e2e: $(BIN) $(BUILD)/tests/mkminutes
	@PARLEY=$(CURDIR)/$(BIN) MKMINUTES=$(CURDIR)/$(BUILD)/tests/mkminutes \
	  sh tests/e2e/run.sh

# The screens again, built with AddressSanitizer and UBSan, in tmux.
e2e-asan:
	@$(MAKE) --no-print-directory BUILD=build/asan \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
	  build/asan/parley build/asan/tests/mkminutes
	@E2E_ASAN=1 PARLEY=$(CURDIR)/build/asan/parley \
	  MKMINUTES=$(CURDIR)/build/asan/tests/mkminutes sh tests/e2e/run.sh

# The man page and the README say every key's help as the key table does.
lint-man:
	@out=$$(mandoc -Tlint -W warning man/parley.1 man/parley-agenda.5); \
	  [ -z "$$out" ] || { echo "$$out"; exit 1; }; echo "man pages lint clean"
	@grep -o '"[^"]*" },$$' src/ui_keys.c | sed 's/" },$$//; s/^"//' | \
	  { bad=0; while read -r h; do for f in man/parley.1 README.md; do \
	    grep -qF -- "$$h" $$f || { echo "$$f lacks the key help: $$h"; bad=1; }; \
	  done; done; exit $$bad; } && echo "every key's help is in parley.1 and README.md"

# STYLE.md's layers: curses only in ui*, SQL only in store*, yaml only in
# agenda_yaml, and the minutes writers know only the meeting view.
check-layers:
	@bad=$$(grep -l -E '#include <(n?curses|ncursesw/)' src/*.[ch] | grep -v '^src/ui'); \
	  [ -z "$$bad" ] || { echo "curses outside ui: $$bad"; exit 1; }; \
	  bad=$$(grep -l -E '#include <sqlite3.h>|sqlite3_' src/*.[ch] | grep -v '^src/store'); \
	  [ -z "$$bad" ] || { echo "SQL outside store: $$bad"; exit 1; }; \
	  bad=$$(grep -l -E '#include <yaml.h>' src/*.[ch] | grep -v '^src/agenda_yaml.c'); \
	  [ -z "$$bad" ] || { echo "libyaml outside agenda_yaml.c: $$bad"; exit 1; }; \
	  bad=$$(grep -l -E '#include "(store|session)\.h"' src/export*.[ch] src/view.h); \
	  [ -z "$$bad" ] || { echo "minutes writers must read the view, not the store: $$bad"; exit 1; }; \
	  echo "layers hold"

# libFuzzer harnesses (tests/fuzz): the core built again by clang with the
# fuzzer's coverage, AddressSanitizer and UBSan, in build/fuzz.
FUZZERS = agenda metrics_csv parrot date lineedit
FUZZ_SECONDS ?= 300
# gcc's build holds the warnings; clang's own (a va_list format, a string
# list) stay warnings here, so a new one cannot stop the fuzzers in CI.
FUZZ_CFLAGS = -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
	-fno-omit-frame-pointer -fno-sanitize-recover=all -Wno-error \
	-Wno-format-nonliteral -Wno-string-concatenation

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.c tests/fuzz/fuzz.h \
    $(LIB)
	@echo "  FUZZ    $@"
	@$(CC) $(ALL_CFLAGS) -Itests/fuzz -fsanitize=fuzzer \
	  $$(pkg-config --cflags $(CORE_PKGS)) -o $@ $< tests/fuzz/fuzz.c \
	  $(LIB) $$(pkg-config --libs $(CORE_PKGS)) $(CSV_LIBS) -lm

fuzz-build:
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang \
	  CFLAGS='$(FUZZ_CFLAGS)' $(FUZZERS:%=build/fuzz/fuzz_%)

# Each harness for FUZZ_SECONDS from its seeds; what it finds stays in
# build/fuzz/corpus. make test runs each for 12 seconds.
fuzz: deps-test fuzz-build
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZERS)

fuzz-short: fuzz-build
	@sh tests/fuzz/run.sh 12 $(FUZZERS)

$(BUILD)/bench: tests/bench/bench.c tests/bench/clock.h $(LIB)
	@echo "  BENCH   $@"
	@$(CC) $(ALL_CFLAGS) $$(pkg-config --cflags $(CORE_PKGS)) -o $@ $< \
	  $(LIB) $$(pkg-config --libs $(CORE_PKGS))

# What a hostile agenda costs to check.
$(BUILD)/bench_agenda: tests/bench/bench_agenda.c tests/bench/clock.h $(LIB)
	@echo "  BENCH   $@"
	@$(CC) $(ALL_CFLAGS) $$(pkg-config --cflags $(CORE_PKGS)) -o $@ $< \
	  $(LIB) $$(pkg-config --libs $(CORE_PKGS))

# parley actions' bench: the same items for Parley and task, the floor it
# is held to (SQLite alone, no libparley), and a timer of whole processes.
$(BUILD)/actions_data: tests/bench/actions_data.c $(LIB)
	@echo "  BENCH   $@"
	@$(CC) $(ALL_CFLAGS) $$(pkg-config --cflags $(CORE_PKGS)) -o $@ $< \
	  $(LIB) $$(pkg-config --libs $(CORE_PKGS))

# The screens' figures need databases of 1k, 10k and 100k open items.
$(BUILD)/mkhistory: tests/bench/mkhistory.c $(LIB)
	@echo "  TOOL    $@"
	@$(CC) $(ALL_CFLAGS) $$(pkg-config --cflags $(CORE_PKGS)) -o $@ $< \
	  $(LIB) $$(pkg-config --libs $(CORE_PKGS))

$(BUILD)/actions_floor: tests/bench/actions_floor.c
	@echo "  BENCH   $@"
	@$(CC) $(ALL_CFLAGS) $$(pkg-config --cflags sqlite3) -o $@ $< \
	  $$(pkg-config --libs sqlite3)

$(BUILD)/runtime: tests/bench/runtime.c tests/bench/clock.h
	@echo "  BENCH   $@"
	@$(CC) $(ALL_CFLAGS) -o $@ $<

bench: deps-test deps-bench $(BIN) $(BUILD)/bench $(BUILD)/bench_agenda \
    $(BUILD)/mkhistory $(BUILD)/actions_data $(BUILD)/actions_floor \
    $(BUILD)/runtime
	@sh tests/bench.sh $(BIN)

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/man/man5 $(DESTDIR)$(PREFIX)/share/parley/agendas
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/parley
	install -m 644 man/parley.1 $(DESTDIR)$(PREFIX)/share/man/man1/parley.1
	install -m 644 man/parley-agenda.5 $(DESTDIR)$(PREFIX)/share/man/man5/parley-agenda.5
	install -d $(DESTDIR)$(PREFIX)/share/doc/parley
	install -m 644 man/parley-minutes.schema.json \
	  $(DESTDIR)$(PREFIX)/share/doc/parley/parley-minutes.schema.json
	install -m 644 agendas/*.yaml $(DESTDIR)$(PREFIX)/share/parley/agendas/
	install -d $(DESTDIR)$(PREFIX)/share/parley/data
	install -m 644 data/*.csv $(DESTDIR)$(PREFIX)/share/parley/data/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/parley \
	  $(DESTDIR)$(PREFIX)/share/man/man1/parley.1 \
	  $(DESTDIR)$(PREFIX)/share/man/man5/parley-agenda.5
	rm -rf $(DESTDIR)$(PREFIX)/share/parley $(DESTDIR)$(PREFIX)/share/doc/parley

clean:
	rm -rf build
