package jsonschema_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"

	"github.com/sswkit/ssw/jsonschema"
)

// Look up a published schema by name.
func ExampleSchema() {
	b, ok := jsonschema.Schema("worker")
	var head struct {
		ID    string `json:"$id"`
		Title string `json:"title"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		panic(err)
	}
	fmt.Println(ok, head.Title)
	fmt.Println(head.ID)
	// Output:
	// true Worker
	// https://sswkit.github.io/ssw/schemas/v1/worker.schema.json
}

func ExampleNames() {
	fmt.Println(jsonschema.Names())
	// Output: [registry worker post employer admin-area]
}

func ExampleID() {
	fmt.Println(jsonschema.ID("admin-area"))
	// Output: https://sswkit.github.io/ssw/schemas/v1/admin-area.schema.json
}

// Serve or copy the schemas from the embedded file system.
func ExampleFS() {
	names, err := fs.Glob(jsonschema.FS(), "*.schema.json")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		fmt.Println(n)
	}
	// Output:
	// admin-area.schema.json
	// employer.schema.json
	// post.schema.json
	// registry.schema.json
	// worker.schema.json
}

func ExampleDocuments() {
	for _, d := range jsonschema.Documents() {
		fmt.Printf("%-10s %-9s %s\n", d.Name, d.Title, d.Type)
	}
	// Output:
	// registry   Registry  workforce.Registry
	// worker     Worker    workforce.Worker
	// post       Post      workforce.Post
	// employer   Employer  workforce.Employer
	// admin-area AdminArea workforce.AdminArea
}

// Regenerate the schemas from the Go source; ".." is the module directory
// seen from this package's directory (a program run from the module root
// passes ".").
func ExampleGenerate() {
	files, err := jsonschema.Generate("..")
	if err != nil {
		panic(err)
	}
	var names []string
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	committed, _ := jsonschema.Schema("registry")
	fmt.Println(names)
	fmt.Println(string(files["registry.schema.json"]) == string(committed))
	// Output:
	// [admin-area.schema.json employer.schema.json post.schema.json registry.schema.json worker.schema.json]
	// true
}
