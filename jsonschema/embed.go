package jsonschema

import (
	"embed"
	"io/fs"
)

//go:embed schemas/*.schema.json
var schemaFiles embed.FS

// FS returns the committed schemas as a read-only file system whose root
// holds one <name>.schema.json file per root document, ready to serve
// (for example with http.FileServerFS).
func FS() fs.FS {
	sub, err := fs.Sub(schemaFiles, "schemas")
	if err != nil {
		panic("jsonschema: embedded schemas missing: " + err.Error()) // impossible: the directory is embedded
	}
	return sub
}

// Schema returns a copy of the committed schema with the given name
// ("registry", "worker", …) and true, or nil and false when there is no
// such schema.
func Schema(name string) ([]byte, bool) {
	for _, n := range Names() {
		if n == name {
			b, err := fs.ReadFile(schemaFiles, "schemas/"+FileName(name))
			if err != nil {
				return nil, false
			}
			return b, true
		}
	}
	return nil, false
}
