# Backchannel: `make play` to play, `make test` to run every test tier.
.PHONY: play test bench web dist build

build:
	go build -o build/backchannel ./cmd/backchannel

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
