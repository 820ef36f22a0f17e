package attribution

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden compares the full statement lists of the built-in corpus and
// of the own articles, in the `bot extract --json` line format, with
// testdata/builtin.golden and testdata/own.golden.
func TestGolden(t *testing.T) {
	for _, c := range []struct {
		file   string
		result func() *Result
	}{
		{"builtin.golden", func() *Result { return Extract(builtinArticles(t), builtinRegistry(t)) }},
		{"own.golden", func() *Result { return Extract(ownArticles(t), builtinRegistry(t)) }},
	} {
		t.Run(c.file, func(t *testing.T) {
			var got bytes.Buffer
			enc := json.NewEncoder(&got)
			enc.SetEscapeHTML(false)
			for _, st := range c.result().Statements {
				if err := enc.Encode(st); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join("testdata", c.file)
			if *update {
				if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./attribution -run Golden -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				gotLines, wantLines := bytes.Split(got.Bytes(), []byte("\n")), bytes.Split(want, []byte("\n"))
				for i := 0; i < len(gotLines) || i < len(wantLines); i++ {
					var g, w []byte
					if i < len(gotLines) {
						g = gotLines[i]
					}
					if i < len(wantLines) {
						w = wantLines[i]
					}
					if !bytes.Equal(g, w) {
						t.Fatalf("%s differs at line %d:\n got %s\nwant %s\n(if the change is right, run go test ./attribution -run Golden -update)", path, i+1, g, w)
					}
				}
			}
		})
	}
}
