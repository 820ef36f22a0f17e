package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"
)

// TestLoadDir loads a directory tree with good, bad, duplicate and
// ignored files, and checks the articles and problems, named with the dir.
func TestLoadDir(t *testing.T) {
	dir := filepath.Join("testdata", "load")
	articles, problems := LoadDir(dir)
	checkLoad(t, articles, problems, func(p string) string { return filepath.Join(dir, p) })
}

// TestLoad loads the same tree through an fs.FS: files are named by their
// path in it.
func TestLoad(t *testing.T) {
	articles, problems := Load(os.DirFS(filepath.Join("testdata", "load")))
	checkLoad(t, articles, problems, func(p string) string { return p })
}

// checkLoad checks the result of loading testdata/load, whose files are
// named by name(path).
func checkLoad(t *testing.T, articles []*Article, problems []Problem, name func(string) string) {
	t.Helper()
	var files []string
	for _, a := range articles {
		files = append(files, a.File)
	}
	wantFiles := []string{
		name("a-z.md"), name("a.md"), name("b.txt"), name("sub-x.md"),
		name("sub/c.markdown"), name("sub/deeper/D.TXT"),
	}
	if !slices.Equal(files, wantFiles) {
		t.Errorf("articles:\n got %q\nwant %q", files, wantFiles)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	want := []string{
		name("bad.md") + `:3: front matter key "publisehd" is unknown (known keys: author, language, outlet, published, title, url)`,
		name("sub/a.txt") + `:1: duplicate article ID "a": ` + name("a.md") + ` has it already; rename one of the files`,
		name("sub/deeper/e.txt") + ":1: invalid UTF-8 at byte 8 of the line: save the file as UTF-8",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
	for _, p := range problems {
		var pe *ParseError
		if !errors.As(p, &pe) || pe.File != p.File || pe.Line != p.Line {
			t.Errorf("problem %v does not carry its *ParseError with the same file and line", p)
		}
	}
}

// failingFS is a file system in which one file cannot be read. It offers
// only Open, so that every read goes through it.
type failingFS struct {
	files  fstest.MapFS
	broken string
}

// errBroken is the error reading failingFS's broken file returns.
var errBroken = errors.New("disk on fire")

// Open opens a file, failing for the broken one.
func (f failingFS) Open(name string) (fs.File, error) {
	if name == f.broken {
		return nil, &fs.PathError{Op: "open", Path: name, Err: errBroken}
	}
	return f.files.Open(name)
}

// TestLoadUnreadable checks that a file that cannot be read is a problem
// without a line, and that the others still load.
func TestLoadUnreadable(t *testing.T) {
	fsys := failingFS{
		files: fstest.MapFS{
			"a.txt":       {Data: []byte("Readable.\n")},
			"b.txt":       {Data: []byte("Unreadable.\n")},
			"c/d.md":      {Data: []byte("---\ntitle: D\n---\nReadable.\n")},
			"notes.json":  {Data: []byte("{}")},
			"c/README.md": {Data: []byte("Not an article.\n")},
		},
		broken: "b.txt",
	}
	articles, problems := Load(fsys)
	if len(articles) != 2 || articles[0].ID != "a" || articles[1].ID != "d" {
		t.Errorf("got %d articles, want a and d", len(articles))
	}
	if len(problems) != 1 {
		t.Fatalf("got problems %v, want one", problems)
	}
	p := problems[0]
	if p.File != "b.txt" || p.Line != 0 || !errors.Is(p, errBroken) {
		t.Errorf("got problem %#v, want b.txt, line 0, wrapping the read error", p)
	}
	if want := "b.txt: cannot read: open b.txt: disk on fire"; p.Error() != want {
		t.Errorf("Error() = %q, want %q", p.Error(), want)
	}
}

// TestLoadDirMissing checks that a missing directory is a problem, not a
// panic or an empty success.
func TestLoadDirMissing(t *testing.T) {
	dir := filepath.Join("testdata", "no such dir")
	articles, problems := LoadDir(dir)
	if len(articles) != 0 || len(problems) != 1 || problems[0].File != dir || !errors.Is(problems[0], fs.ErrNotExist) {
		t.Errorf("got %d articles and problems %v, want one problem for %s", len(articles), problems, dir)
	}
}

// TestProblemError checks the "file:line: message" form of a Problem.
func TestProblemError(t *testing.T) {
	tests := []struct {
		problem Problem
		want    string
	}{
		{Problem{File: "a.md", Line: 3, Err: &ParseError{File: "a.md", Line: 3, Msg: "bad date"}}, "a.md:3: bad date"},
		{Problem{File: "a.md", Line: 3, Err: errors.New("plain")}, "a.md:3: plain"},
		{Problem{File: "a.md", Err: errors.New("cannot read")}, "a.md: cannot read"},
		{Problem{File: "a.md", Line: 1}, "a.md:1: unknown error"},
	}
	for _, tt := range tests {
		if got := tt.problem.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}
