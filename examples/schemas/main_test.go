package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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

// TestMain runs the program itself when TestHelp starts the test binary
// as the program.
func TestMain(m *testing.M) {
	if os.Getenv("SSW_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestHelp: -h opens with one line saying what the program does.
func TestHelp(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-h")
	cmd.Env = append(os.Environ(), "SSW_RUN_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("-h: %v", err)
	}
	if first, _, _ := strings.Cut(stderr.String(), "\n"); first != summary {
		t.Errorf("-h starts with %q, want %q", first, summary)
	}
}
