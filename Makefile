# Khaldun: the README's commands.
#   make demo   installs what is missing, builds, codes data/samples/*.txt
#   make test   builds and runs every test (ctest)
#   make bench  builds and runs the benchmarks (not part of make test)
#   make train  retrains the tagger and parser from ../shared/data/ud

BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
SHARED ?= $(abspath ../shared)

.PHONY: all setup configure build test demo bench train format format-check clean

all: build

setup:
	@bash scripts/setup.sh

configure:
	@cmake -S . -B $(BUILD) -DKHALDUN_BUILD_TESTS=ON $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

test: setup build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: setup build
	@echo "== khaldun code data/samples/sample_article.txt"
	@$(BUILD)/khaldun code --date 2026-03-02 data/samples/sample_article.txt

bench: setup
	@cmake -S . -B $(BUILD) -DKHALDUN_BUILD_BENCHMARKS=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
	@bash scripts/bench.sh $(BUILD) $(SHARED)

train: setup build
	$(BUILD)/khaldun train --ud $(SHARED)/data/ud --out data/models

format:
	@find include src tools tests bench -name '*.h' -o -name '*.cc' | xargs clang-format -i

format-check:
	@find include src tools tests bench -name '*.h' -o -name '*.cc' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD)
