package jsonschema

import (
	"reflect"

	"github.com/sswkit/ssw/workforce"
)

// BaseID is the base of every published schema's $id. The major version
// of the schemas is part of it: see "Compatibility" in the package
// documentation for what changes need a new one.
const BaseID = "https://sswkit.github.io/ssw/schemas/v1"

// Document describes one root document type and its published schema.
type Document struct {
	// Name is the schema's short name, such as "registry"; the file is
	// <Name>.schema.json.
	Name string
	// Title is the schema's root title. It is the Go type's name, so
	// that code generators name the root type as Go does.
	Title string
	// Description says what the document is, for the schema's root
	// description.
	Description string
	// ID is the schema's $id: [BaseID]/<Name>.schema.json.
	ID string
	// Type is the Go type the schema describes.
	Type reflect.Type
}

// document is one entry of the list of root documents.
type document struct {
	name        string
	typ         reflect.Type
	title       string
	description string
}

// documents lists the root documents, one line each, in the order of the
// published list. Adding a document is one line here plus its testdata
// under testdata/documents/<name>/.
func documents() []document {
	return []document{
		{"registry", reflect.TypeFor[workforce.Registry](), "Registry", "One country's social service workforce dataset as of a date: administrative areas with population figures, employers, posts and workers."},
		{"worker", reflect.TypeFor[workforce.Worker](), "Worker", "One member of the social service workforce, identified pseudonymously, with qualifications, credentials, employments and CPD."},
		{"post", reflect.TypeFor[workforce.Post](), "Post", "An established position: cadre, level of government, area served, employer, status and FTE."},
		{"employer", reflect.TypeFor[workforce.Employer](), "Employer", "An organisation that employs social service workers."},
		{"admin-area", reflect.TypeFor[workforce.AdminArea](), "AdminArea", "An administrative area with its dated population figures."},
	}
}

// Documents returns the root documents with published schemas, in a fresh
// slice.
func Documents() []Document {
	ds := documents()
	out := make([]Document, len(ds))
	for i, d := range ds {
		out[i] = Document{Name: d.name, Title: d.title, Description: d.description, ID: ID(d.name), Type: d.typ}
	}
	return out
}

// Names returns the schema names ("registry", "worker", …) in the order
// of [Documents].
func Names() []string {
	ds := documents()
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.name
	}
	return out
}

// ID returns the $id of the schema with the given name:
// [BaseID]/<name>.schema.json. It does not check that the name exists.
func ID(name string) string { return BaseID + "/" + FileName(name) }

// FileName returns the file name of the schema with the given name,
// "<name>.schema.json".
func FileName(name string) string { return name + ".schema.json" }
