# Backchannel: `make play` to play, `make test` to run every test tier.
.PHONY: play test bench web site dist build

# build compiles the program with the browser build inside, which
# `backchannel host` serves to students: the site first, then the program
# that embeds it.
build: site
	bash scripts/setup.sh
	go build -o build/backchannel ./cmd/backchannel

# site builds the browser build where the program embeds it.
site:
	OUT=server/play/site bash scripts/build-web.sh

play:
	bash scripts/setup.sh
	go run ./cmd/backchannel

test:
	bash scripts/test.sh

bench:
	bash scripts/bench.sh

web:
	bash scripts/build-web.sh

dist:
	bash scripts/dist.sh
