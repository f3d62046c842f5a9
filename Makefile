# Cairn: the two commands are `make run` (build what changed, start on http://localhost:8080)
# and `make test` (everything CI runs). `make` alone lists the targets.
#
# Java 17+, Node 20.19+ with npm and make are all it needs (scripts/prerequisites.sh checks).
# PostgreSQL comes from scripts/ensure-postgres.sh: a server on 127.0.0.1:5432 when one
# answers, else a private cluster in .data/pg (port 54329) with the installed server binaries,
# else docker compose's `db`, else a private cluster with PostgreSQL 17 binaries it downloads
# from Maven Central. The connection it picked is in .data/db.env.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# Steps share the database, the ports and the build output: run them one at a time.
.NOTPARALLEL:
.DELETE_ON_ERROR:

PORT ?= $(or $(CAIRN_HTTP_PORT),8080)
# The backend tests' database, recreated for each run (TEST_DB=... to run several checkouts side by side).
TEST_DB ?= cairn_test
MVN := ./mvnw -B -ntp
ENSURE_DB := scripts/ensure-postgres.sh
BATS := frontend/node_modules/bats/bin/bats
OPENAPI_GENERATOR := org.openapitools:openapi-generator-maven-plugin:7.25.0

# Playwright drives the system Chromium (scripts/e2e.sh); never download browsers.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

# Build outputs and what they are made from. npm writes node_modules/.package-lock.json on
# every install, so it tells when node_modules is older than package-lock.json (npm ci
# itself fails when package.json and the lock disagree).
NODE_MODULES := frontend/node_modules/.package-lock.json
FRONTEND_DIST := frontend/dist/index.html
FRONTEND_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
	$(wildcard frontend/index.html frontend/vite.config.* frontend/tsconfig*.json frontend/package.json)
JAR := backend/target/quarkus-app/quarkus-run.jar
BACKEND_SOURCES := backend/pom.xml $(shell find backend/src/main -type f 2>/dev/null)

.PHONY: help prerequisites test-prerequisites run dev build db db-stop test lint test-frontend test-scripts test-backend e2e test-instances bench bench-start load load-cluster openapi format clean

help: ## List the targets
	@echo "Cairn — make targets:"
	@awk 'BEGIN { FS = ":.*## " } /^[a-z][a-z0-9-]*:.*## / { printf "  %-14s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)
	@echo "Variables: PORT=8080 (run), E2E_PORT=8081 (e2e). Database settings: .data/db.env"

# --- running ------------------------------------------------------------------------------------

prerequisites: ## Check Java 17+, Node 20.19+ with npm and curl; say how to get what is missing
	@scripts/prerequisites.sh

run: prerequisites db $(JAR) ## Build what changed, start Cairn on http://localhost:8080 (PORT=...; Ctrl-C stops)
	PORT=$(PORT) scripts/run.sh

dev: prerequisites db $(NODE_MODULES) ## Quarkus dev mode (:8080) and the Vite dev server (:5173) together
	scripts/dev.sh

build: prerequisites $(JAR) ## Build the frontend and package the backend jar (serving the SPA)

db: ## Ensure PostgreSQL is running and the `cairn` database exists
	$(ENSURE_DB) cairn

db-stop: ## Stop the private PostgreSQL cluster (.data/pg), if it runs
	$(ENSURE_DB) --stop

# --- testing ------------------------------------------------------------------------------------

test: test-prerequisites lint test-frontend test-scripts test-backend e2e test-instances ## Everything CI runs: lint, unit, script, API, browser and two-instance tests

test-prerequisites:
	@scripts/prerequisites.sh --browser

lint: $(NODE_MODULES) ## ESLint + Prettier, API client drift, Spotless, openapi.yaml (Spectral, Redocly, openapi-generator)
	cd frontend && npm run lint
	cd frontend && npm run check:api
	cd frontend && npm run -s lint:api
	cd backend && $(MVN) spotless:check
	@# openapi-generator validates openapi.yaml and generates a TypeScript client from it (thrown away)
	cd backend && $(MVN) -q $(OPENAPI_GENERATOR):generate -Dopenapi.generator.maven.plugin.inputSpec=../openapi.yaml \
		-Dopenapi.generator.maven.plugin.generatorName=typescript-fetch \
		-Dopenapi.generator.maven.plugin.output=target/openapi-client

test-frontend: $(NODE_MODULES) ## Vitest, then the production build and its script budget
	cd frontend && npm run test
	cd frontend && npm run build
	cd frontend && npm run -s check:bundle

test-scripts: $(NODE_MODULES) ## Shell tests (bats) of scripts/: ensure-postgres.sh's steps, and its downloaded PostgreSQL for real
	$(BATS) scripts/tests

test-backend: ## Backend unit and API tests (mvn verify) against the cairn_test database
	$(ENSURE_DB) --recreate $(TEST_DB)
	source .data/db.env && cd backend && \
		CAIRN_TEST_DB_URL="jdbc:postgresql://$$CAIRN_DB_HOST:$$CAIRN_DB_PORT/$(TEST_DB)" \
		CAIRN_DB_USER="$$CAIRN_DB_USER" CAIRN_DB_PASSWORD="$$CAIRN_DB_PASSWORD" \
		$(MVN) verify
	@# verify packaged the jar too; mark it current so e2e does not package it again.
	touch -c $(JAR)

e2e: $(JAR) $(NODE_MODULES) ## Playwright browser tests against the packaged app on port 8081
	scripts/e2e.sh

test-instances: $(JAR) ## Two instances on one database: live events cross over within 1 s, a reminder fires once (~1 min)
	scripts/two-instances.sh

bench: prerequisites db $(FRONTEND_DIST) $(JAR) ## Benchmarks: cascade at 1k/10k/100k objectives, check-in roll-up, Cascade page (BENCH_SIZES=...), notifications, 1,000 SSE streams, then load
	scripts/bench.sh
	scripts/bench-live.sh
	scripts/bench-http.sh

load: prerequisites db $(JAR) ## HTTP throughput (ratios to the readiness probe), start, 60 s load mix with a database restart, memory (needs wrk)
	scripts/bench-http.sh

bench-start: prerequisites db $(JAR) ## Start time: `make run` unchanged and the jar alone to ready, 3 runs each, CPU and warnings
	scripts/bench-start.sh

load-cluster: prerequisites $(JAR) ## Two instances on one database behind nginx: the load mix, 0 errors, scheduled work once (needs wrk, nginx)
	scripts/load-cluster.sh

# --- code generation and housekeeping -----------------------------------------------------------

openapi: $(JAR) $(NODE_MODULES) ## Refresh ./openapi.yaml from the backend build and regenerate the client
	cp backend/target/openapi/openapi.yaml openapi.yaml
	cd frontend && npm run gen:api

format: $(NODE_MODULES) ## Format Java (Spotless) and TypeScript (Prettier)
	cd backend && $(MVN) spotless:apply
	cd frontend && npx --no-install prettier --write .

clean: ## Remove build output (keeps node_modules and the database in .data/pg)
	rm -rf backend/target frontend/dist frontend/test-results frontend/playwright-report .data/e2e

# --- build steps, each redone only when its inputs changed --------------------------------------

$(NODE_MODULES): frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

$(FRONTEND_DIST): $(NODE_MODULES) $(FRONTEND_SOURCES)
	cd frontend && npm run build

$(JAR): $(FRONTEND_DIST) $(BACKEND_SOURCES)
	cd backend && $(MVN) package -DskipTests
	touch $@
