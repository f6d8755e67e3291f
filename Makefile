# Entente's build. The README's two commands are `make run` and `make test`.
GO      ?= go
BIN     ?= ./out/entente
WEB     := web

.PHONY: all build run test test-go test-web web-deps browser-deps vet fmt bench reliability clean

all: build

## build: compile the entente binary into ./out/
build:
	$(GO) build -o $(BIN) ./cmd/entente

## web-deps: install the offline GraphQL playground (GraphiQL) from npm, pinned by the lockfile
web-deps:
	@if [ -f $(WEB)/package-lock.json ]; then npm ci --prefix $(WEB) --no-audit --no-fund --loglevel=error; fi

## browser-deps: Debian's Chromium for the playground's browser test (root installs it)
browser-deps:
	@command -v chromium >/dev/null 2>&1 || ./scripts/install-chromium

## run: serve the embedded default corpus on http://127.0.0.1:8080 (playground at /)
run: web-deps build
	$(BIN) serve

## test: everything CI runs — vet, race-enabled Go tests, the playground's client and browser tests
test: web-deps browser-deps vet test-go test-web

vet:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...

test-go:
	$(GO) test -race -count=1 ./...

test-web: build
	@if [ -f $(WEB)/package.json ]; then ENTENTE_BIN=$(abspath $(BIN)) npm test --prefix $(WEB); fi

## bench: Go benchmarks (store, pipeline, server)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## reliability: kill-loops (25 rounds), faults, 50 readers during an ingest (serve built with -race),
## the abuse set and the bad-input catalogue; prints the figures, full log in out/reliability.log
reliability:
	@mkdir -p out
	@echo "running the reliability tests (about 3 minutes)..."
	@ENTENTE_RELIABILITY=full $(GO) test -count=1 -v -timeout 30m ./reliability/ > out/reliability.log 2>&1; rc=$$?; \
	  grep -E 'FIGURE|known bug|^--- FAIL|^FAIL|^ok' out/reliability.log | sed -E 's/^ +[a-z_]+_test\.go:[0-9]+: (FIGURE )?/  /'; \
	  echo "full log: out/reliability.log"; exit $$rc

clean:
	rm -rf out
