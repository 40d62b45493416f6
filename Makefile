# songdedup. `make run` starts the service, `make test` runs every test.
# Both install and start what they need (MariaDB, Go modules) when missing.

GO        ?= go
BIN       := bin
export PATH := /usr/local/go/bin:$(PATH)

# Development API keys for `make run` when SONGDEDUP_API_KEYS is not set.
DEV_KEYS  := dev-submitter-key:submitter,dev-curator-key:curator:dev,dev-admin-key:admin

# Fuzzers run this long each in `make fuzz`.
FUZZTIME  ?= 15s

.PHONY: all build run test check lint bench bench-go fuzz results db chromium deps clean

all: lint build test

deps:
	$(GO) mod download

db:
	@./.ci/ensure-mariadb

chromium:
	@./.ci/ensure-chromium

build: deps
	@mkdir -p $(BIN)
	$(GO) build -o $(BIN)/songdedup ./cmd/songdedup

run: db build
	@if [ -z "$$SONGDEDUP_API_KEYS" ]; then \
	  echo "development API keys (set SONGDEDUP_API_KEYS to use your own):"; \
	  echo "  submitter: dev-submitter-key   curator: dev-curator-key   admin: dev-admin-key"; \
	  echo "  try: curl -H 'Authorization: Bearer dev-submitter-key' -d '{\"url\":\"https://youtu.be/YQHsXMglC9A\",\"title\":\"Adele - Hello\"}' localhost:8080/v1/submissions"; \
	  echo "  review page: http://localhost:8080/ui/ (sign in with dev-curator-key)"; \
	fi
	SONGDEDUP_API_KEYS="$${SONGDEDUP_API_KEYS:-$(DEV_KEYS)}" ./$(BIN)/songdedup serve

# bench: BENCH_SONGS (default 1000000) songs; see cmd/songbench.
# BENCH_RECORD=cmd/songbench/results.jsonl (with BENCH_NOTE) keeps the run;
# `make results` then renders cmd/songbench/RESULTS.md.
bench: db build
	$(GO) build -o $(BIN)/songbench ./cmd/songbench
	BENCH_BINARY=$(BIN)/songdedup ./$(BIN)/songbench

# test: everything, as CI runs it: the race detector, the real database
# and the browser.
test: db chromium deps lint
	$(GO) test -race -count=1 ./...

# check: what a maintainer runs before a commit, in under a minute and
# without a database or a browser (their tests skip with -short).
check: lint
	$(GO) test -short -count=1 ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...

# bench-go: the Go benchmarks (normalizing, scoring, deciding).
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# results: cmd/songbench/RESULTS.md from the recorded runs.
results:
	$(GO) run ./cmd/songbench -results

# fuzz: every fuzzer of the module for FUZZTIME each.
fuzz:
	@set -e; for dir in $$($(GO) list -f '{{.Dir}}' ./...); do \
	  for f in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$dir/*_test.go 2>/dev/null); do \
	    echo "== $$f ($$dir)"; $(GO) test -run '^$$' -fuzz "^$$f\$$" -fuzztime $(FUZZTIME) $$dir; \
	  done; \
	done

clean:
	rm -rf $(BIN)
