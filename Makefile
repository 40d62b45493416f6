# songdedup. `make run` starts the service, `make test` runs every test.
# Both install and start what they need (MariaDB, Go modules) when missing.

GO        ?= go
BIN       := bin
DSN       ?= $(SONGDEDUP_MYSQL_DSN)
export PATH := /usr/local/go/bin:$(PATH)

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
	./$(BIN)/songdedup serve

test: db chromium deps lint
	$(GO) test -race -count=1 ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf $(BIN)
