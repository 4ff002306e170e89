# AOB Settlement: the commands of the README.
JAR := target/aob-settlement.jar
APP := target/app
DEMO_DIR := data/demo
DEMO_DATE := 2026-11-26
MVN := mvn -B -q
SOURCES := $(shell find src/main sql -type f) pom.xml

.PHONY: run test unit build bench clean

# The single jar, and the layout jobs/aob starts from (jar unpacked + class-data sharing archive).
build: $(JAR) $(APP)/aob-settlement.jsa

$(JAR): $(SOURCES)
	$(MVN) -DskipTests package

$(APP)/aob-settlement.jsa: $(JAR) jobs/package-app
	jobs/package-app $(JAR) $(APP)

# The demo: a fresh embedded database, generated data, imports and one end-of-day settlement.
run: $(JAR)
	@rm -rf data/aob.mv.db data/aob.trace.db $(DEMO_DIR) reports/daily/$(DEMO_DATE)
	@java -jar $(JAR) demo-data $(DEMO_DIR)
	@for kind in providers payers fee-schedule assignments remittances; do \
	  file=$(DEMO_DIR)/$$(echo $$kind | tr - _).csv; \
	  java -jar $(JAR) import $$kind $$file || exit $$?; echo; \
	done
	@java -jar $(JAR) settle --date $(DEMO_DATE)

# The whole test suite: unit tests (surefire), then the *IT integration tests (failsafe) on MariaDB,
# child processes, headless Chromium and a Prometheus Pushgateway, after making sure MariaDB answers and
# Chromium and the Pushgateway are installed.
test:
	@.ci/ensure-db
	@.ci/ensure-chromium
	@.ci/ensure-pushgateway
	@.ci/ensure-tools
	mvn -B verify

# The unit tests alone (surefire, no database): the quick signal.
unit:
	mvn -B test

clean:
	rm -rf target data reports logs

# The benchmark of README "Performance" (not part of make test): BENCH_N claims (default 1,000,000).
bench: $(JAR) $(APP)/aob-settlement.jsa
	.ci/bench/run
