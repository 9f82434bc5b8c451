package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/sswkit/ssw/jsonschema"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	n, err := write(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(jsonschema.Names()) || n < 10 {
		t.Fatalf("wrote %d schemas", n)
	}
	for _, name := range jsonschema.Names() {
		got, err := os.ReadFile(filepath.Join(dir, jsonschema.FileName(name)))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := jsonschema.Schema(name)
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the embedded schema", name)
		}
	}
}
