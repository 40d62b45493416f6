# songdedup. `make run` starts the service, `make test` runs every test.
# Both install and start what they need (MariaDB, Go modules) when missing.

GO        ?= go
BIN       := bin
export PATH := /usr/local/go/bin:$(PATH)

# Development API keys for `make run` when SONGDEDUP_API_KEYS is not set.
DEV_KEYS  := dev-submitter-key:submitter,dev-curator-key:curator:dev,dev-admin-key:admin

.PHONY: all build run test bench lint db chromium deps clean

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
bench: db build
	$(GO) build -o $(BIN)/songbench ./cmd/songbench
	BENCH_BINARY=$(BIN)/songdedup ./$(BIN)/songbench

test: db chromium deps lint
	$(GO) test -race -count=1 ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf $(BIN)
