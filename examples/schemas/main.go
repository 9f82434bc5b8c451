// Command schemas writes the published JSON Schemas of every ssw exchange
// document to a folder, one self-contained file per document type, so
// teams in other languages can validate documents and generate types:
//
//	go run ./examples/schemas -out ./schemas
//	npx json2ts schemas/registry.schema.json > registry.ts
//
// The files are the ones embedded in package jsonschema (jsonschema.FS),
// byte for byte; their $id is https://sswkit.github.io/ssw/schemas/v1/<name>.schema.json.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/sswkit/ssw/jsonschema"
)

// summary is the first line of -h: what the program does.
const summary = "schemas: write the published JSON Schema of every ssw exchange document to a folder"

func main() {
	out := flag.String("out", "schemas", "`folder` to write the schemas to (created if needed)")
	flag.Usage = func() {
		w := flag.CommandLine.Output()
		fmt.Fprintln(w, summary)
		fmt.Fprintln(w)
		fmt.Fprintln(w, "usage: schemas [-out folder]")
		fmt.Fprintln(w)
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "schemas: unexpected argument %q; the folder is given with -out\n", flag.Arg(0))
		os.Exit(2)
	}
	n, err := write(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "schemas:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d schemas to %s\n", n, *out)
}

// write copies every embedded schema into dir and returns how many.
func write(dir string) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	n := 0
	for _, name := range jsonschema.Names() {
		file := jsonschema.FileName(name)
		data, err := fs.ReadFile(jsonschema.FS(), file)
		if err != nil {
			return n, fmt.Errorf("reading embedded %s: %w", file, err)
		}
		if err := os.WriteFile(filepath.Join(dir, file), data, 0o644); err != nil {
			return n, err
		}
		fmt.Printf("%-40s %s\n", file, jsonschema.ID(name))
		n++
	}
	return n, nil
}
