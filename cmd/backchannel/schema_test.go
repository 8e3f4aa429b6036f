//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"backchannel/game/scenario"
)

func TestSchemaCommand(t *testing.T) {
	code, out, _ := scenarioTool("schema")
	if code != 0 || !bytes.Equal([]byte(out), scenario.Schema()) {
		t.Fatalf("exit %d; output differs from scenario.Schema()", code)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v", doc["$schema"])
	}
	if code, _, _ := scenarioTool("schema", "extra"); code != 2 {
		t.Errorf("extra argument: exit %d, want 2", code)
	}
}
