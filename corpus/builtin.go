package corpus

import (
	"embed"
	"io/fs"
)

// articles holds the built-in corpus, corpus/articles.
//
//go:embed articles
var articles embed.FS

// Builtin returns the built-in corpus: the article files shipped in the
// binary, rooted at the articles directory. Load(Builtin()) reads them.
func Builtin() fs.FS {
	sub, err := fs.Sub(articles, "articles")
	if err != nil {
		// fs.Sub fails only for an invalid path, and "articles" is valid.
		panic("corpus: built-in articles: " + err.Error())
	}
	return sub
}
