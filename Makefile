# Thin front end over CMake (STYLE.md section 8). Every target that builds
# first installs what it needs (scripts/install-deps.sh is idempotent).
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE ?= cmake
DEPS = ./scripts/install-deps.sh
FUZZ_SECONDS ?= 10

.PHONY: all deps build demo test unit asan ubsan fuzz fuzz-smoke bench eval lint format clean

all: build

deps:
	@$(DEPS)

# The release build is optimised with a profile of a training run
# (scripts/pgo.sh, GCC), made again when a source is newer than it (the
# code's; the lexicons move no hot path the profile could not follow).
PGO_DIR = build/pgo-profile
PGO_INPUTS := $(shell find src include -type f 2>/dev/null) CMakeLists.txt scripts/pgo.sh bench/gen_corpus.py

$(PGO_DIR)/.stamp: $(PGO_INPUTS) | deps
	@echo "pgo: training the release build's profile (scripts/pgo.sh)"
	@JOBS=$(JOBS) ./scripts/pgo.sh $(PGO_DIR)

build: deps $(PGO_DIR)/.stamp
	@$(CMAKE) -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DVIGIL_PGO=use \
		-DVIGIL_PGO_DIR=$(CURDIR)/$(PGO_DIR) >/dev/null
	@env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL $(CMAKE) --build build/release -j $(JOBS)

# The quick start: run Vigil on the bundled sample reports and print what it found.
demo: build
	@./scripts/demo.sh build/release/vigil

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer with
# -Werror, then every fuzz target briefly.
test: deps
	@$(CMAKE) -S . -B build/test -DCMAKE_BUILD_TYPE=Debug -DVIGIL_SANITIZE=ON -DVIGIL_WERROR=ON >/dev/null
	@env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL $(CMAKE) --build build/test -j $(JOBS)
	@cd build/test && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory fuzz-smoke

asan ubsan: test

fuzz-build: deps
	@CC=clang $(CMAKE) -S . -B build/fuzz -DCMAKE_BUILD_TYPE=Debug -DVIGIL_FUZZ=ON >/dev/null
	@env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL $(CMAKE) --build build/fuzz -j $(JOBS)

# Each fuzz target for FUZZ_SECONDS, seeded from tests/ fixtures.
fuzz-smoke: fuzz-build
	@./scripts/fuzz.sh build/fuzz $(FUZZ_SECONDS)

fuzz: FUZZ_SECONDS = 120
fuzz: fuzz-build
	@./scripts/fuzz.sh build/fuzz $(FUZZ_SECONDS)

bench: build
	@./bench/run.sh build/release

eval: build
	@./scripts/eval-muc4.sh build/release/vigil

lint:
	@$(CMAKE) -S . -B build/release -DCMAKE_BUILD_TYPE=Release >/dev/null
	clang-tidy -p build/release src/*/*.c

format:
	clang-format -i include/vigil/*.h src/*/*.c src/*/*.h tests/unit/*.c fuzz/*.c bench/*.c

clean:
	rm -rf build
