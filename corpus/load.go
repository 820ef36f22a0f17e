package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Load parses every article file in fsys: the files named *.md, *.markdown
// or *.txt, in any directory, in order of their paths. Other files, and
// README files of any extension, are ignored. A file that cannot be read or
// parsed, or whose article ID another file already has, is skipped and
// reported as a Problem; Load never stops at the first one.
func Load(fsys fs.FS) ([]*Article, []Problem) {
	return load(fsys, func(p string) string { return p })
}

// LoadDir is Load of the directory dir on disk, with files named by their
// path including dir ("articles/000.md").
func LoadDir(dir string) ([]*Article, []Problem) {
	return load(os.DirFS(dir), func(p string) string {
		return filepath.Join(dir, filepath.FromSlash(p))
	})
}

// load parses the article files of fsys, naming each file by display(path).
func load(fsys fs.FS, display func(string) string) ([]*Article, []Problem) {
	var problems []Problem
	var paths []string
	// The walk goes on past a directory it cannot list, so it never fails.
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			problems = append(problems, Problem{File: display(p), Err: fmt.Errorf("cannot list: %w", err)})
			return nil
		}
		if !d.IsDir() && isArticleFile(p) {
			paths = append(paths, p)
		}
		return nil
	})
	// WalkDir's order puts "a/b.md" before "a-c.md"; sort by the whole path.
	sort.Strings(paths)
	var articles []*Article
	byID := make(map[string]string)
	for _, p := range paths {
		name := display(p)
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			problems = append(problems, Problem{File: name, Err: fmt.Errorf("cannot read: %w", err)})
			continue
		}
		a, err := Parse(name, data)
		if err != nil {
			problems = append(problems, problemFrom(name, err))
			continue
		}
		if first, dup := byID[a.ID]; dup {
			problems = append(problems, problemFrom(name, &ParseError{File: name, Line: 1,
				Msg: fmt.Sprintf("duplicate article ID %q: %s has it already; rename one of the files", a.ID, first)}))
			continue
		}
		byID[a.ID] = name
		articles = append(articles, a)
	}
	return articles, problems
}

// isArticleFile reports whether a path names an article file: an extension
// Parse reads, and not a README.
func isArticleFile(p string) bool {
	base := path.Base(p)
	ext := path.Ext(base)
	if _, ok := formatOf(ext); !ok {
		return false
	}
	return !strings.EqualFold(strings.TrimSuffix(base, ext), "README")
}
