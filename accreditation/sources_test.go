package accreditation_test

import (
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sswkit/ssw/accreditation"
	"github.com/sswkit/ssw/workforce"
)

// walkStrings calls fn for every RuleSource and every string reachable
// from v, with the path of the member.
func walk(v reflect.Value, path string, src func(path string, s accreditation.RuleSource), str func(path, s string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), path, src, str)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walk(v.Index(i), path+"/"+strconv.Itoa(i), src, str)
		}
	case reflect.String:
		str(path, v.String())
	case reflect.Struct:
		if s, ok := v.Interface().(accreditation.RuleSource); ok {
			src(path, s)
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.IsExported() {
				walk(v.Field(i), path+"/"+strings.Split(f.Tag.Get("json"), ",")[0], src, str)
			}
		}
	}
}

var keyRef = regexp.MustCompile(`\[(S[0-9]+[a-z]?)\]`)

// TestShippedSourcesResolve: every source key of the shipped data, and
// every key cited in brackets in a note, is in the source table; keys are
// unique and every table entry has a title and an address.
func TestShippedSourcesResolve(t *testing.T) {
	var keys []string
	for _, s := range accreditation.Sources() {
		if slices.Contains(keys, s.Ref) {
			t.Errorf("source key %s listed twice", s.Ref)
		}
		keys = append(keys, s.Ref)
		if s.Title == "" || !strings.HasPrefix(s.URL, "http") {
			t.Errorf("source %s: title %q, address %q", s.Ref, s.Title, s.URL)
		}
	}
	used := 0
	walk(reflect.ValueOf(accreditation.Catalogue()), "", func(path string, s accreditation.RuleSource) {
		if s.Ref == "" {
			return
		}
		used++
		if !slices.Contains(keys, s.Ref) || strings.HasPrefix(s.Title, "unknown source") {
			t.Errorf("%s: source key %s is not in the source table", path, s.Ref)
		}
	}, func(path, s string) {
		for _, m := range keyRef.FindAllStringSubmatch(s, -1) {
			if !slices.Contains(keys, m[1]) {
				t.Errorf("%s cites [%s], which is not in the source table", path, m[1])
			}
		}
	})
	if used == 0 {
		t.Fatal("no source keys found in the shipped data")
	}
}

// secondaryHosts are document-sharing sites and blog hosts: a source
// there is a copy or a blog, never primary.
var secondaryHosts = []string{"scribd.com", "pdfslide", "documents.pub", "slideplayer", "coursehero", "123dok", "brainscape", "rssing.com",
	"ebrary.net", "blogspot.", "wixsite.", "pages.dev"}

// TestConfidencePolicy: a secondary copy (a document-sharing upload, a
// blog) — or any secondary source — never backs "confirmed". Every
// source of the table states its kind, kinds agree with the hosts known
// to serve copies and blogs, every source the shipped data cites has a
// kind, and Validate finds no rule marked confirmed on a secondary
// source.
func TestConfidencePolicy(t *testing.T) {
	for _, s := range accreditation.Sources() {
		if !s.Kind.IsValid() {
			t.Errorf("source %s has no kind", s.Ref)
			continue
		}
		for _, h := range secondaryHosts {
			if strings.Contains(s.URL, h) && s.Kind != accreditation.SourceCopy && s.Kind != accreditation.SourceBlog {
				t.Errorf("source %s (%s) is on %s but marked %s", s.Ref, s.URL, h, s.Kind)
			}
		}
	}
	confirmed, checked := 0, 0
	var visit func(v reflect.Value, path string)
	visit = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				visit(v.Elem(), path)
			}
		case reflect.Slice:
			for i := range v.Len() {
				visit(v.Index(i), path+"/"+strconv.Itoa(i))
			}
		case reflect.Struct:
			if f := v.FieldByName("Source"); f.IsValid() && f.Type() == reflect.TypeFor[accreditation.RuleSource]() {
				src := f.Interface().(accreditation.RuleSource)
				var conf accreditation.RuleConfidence
				if c := v.FieldByName("Confidence"); c.IsValid() {
					conf, _ = c.Interface().(accreditation.RuleConfidence)
				}
				if !src.IsZero() && (src.Ref != "" || conf == accreditation.ConfidenceConfirmed) {
					checked++
					if !src.Kind.IsValid() {
						t.Errorf("%s/source: no kind", path)
					}
				}
				if conf == accreditation.ConfidenceConfirmed {
					confirmed++
				}
			}
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() && f.Name != "Source" {
					visit(v.Field(i), path+"/"+strings.Split(f.Tag.Get("json"), ",")[0])
				}
			}
		}
	}
	cat := accreditation.Catalogue()
	visit(reflect.ValueOf(cat), "")
	if confirmed == 0 || checked == 0 {
		t.Fatalf("walked %d sources and %d confirmed marks", checked, confirmed)
	}
	for _, p := range workforce.AsProblems(cat.Validate()) {
		if p.Code == accreditation.CodeUnbackedConfidence {
			t.Errorf("%s: %s", p.Path, p.Message)
		}
	}
	// The rule itself: a Scribd copy cannot back confirmed, inherited or not.
	s := minimalScheme()
	s.Versions[0].Requirements[0].Source = accreditation.RuleSource{Title: "RA 10847 (copy)", URL: "https://scribd.com/document/632866239", Kind: accreditation.SourceCopy}
	ps := workforce.AsProblems(s.Validate())
	if len(ps) != 0 {
		t.Fatalf("partial on a copy is allowed: %v", ps)
	}
	s.Versions[0].Confidence = accreditation.ConfidenceConfirmed
	if ps := workforce.AsProblems(s.Validate()); len(ps.At("/versions/0/requirements/0/source/kind")) != 1 || !ps.HasCode(accreditation.CodeUnbackedConfidence) {
		t.Errorf("confirmed inherited onto a copy: %v", ps)
	}
	s.Versions[0].Requirements[0].Confidence = accreditation.ConfidenceConfirmed
	if ps := workforce.AsProblems(s.Validate()); len(ps.At("/versions/0/requirements/0/confidence")) != 1 {
		t.Errorf("confirmed on a copy: %v", ps)
	}
	s.Versions[0].Requirements[0].Source.Kind = accreditation.SourceInstrument
	if err := s.Validate(); err != nil {
		t.Errorf("confirmed on the instrument: %v", err)
	}
}
